export * from "./diagnostics.ts";
export * from "./line-map.ts";
export { parse, type ParseResult } from "./syntax/parse.ts";
export type * as AST from "./syntax/ast.ts";
export type { Comment } from "./syntax/lexer.ts";
export { printTree, printNode } from "./syntax/print.ts";
export { compileRule, formatRunError, type CompiledRule, type CompileOptions, type RuleRunError } from "./compile/index.ts";
