/**
 * Syntax tree of a sync rule. Every node carries `start`/`end` UTF-16 offsets
 * (end exclusive) into the rule text. Nodes are plain data so that the
 * checker, the compiler and the language server can share them.
 */

export interface NodeBase {
  start: number;
  end: number;
}

// ---------------------------------------------------------------- types

/** A type reference such as `String`, `java.util.List<String>` or `int[]`. */
export interface TypeRef extends NodeBase {
  kind: "TypeRef";
  /** Name as written, possibly qualified (`java.text.SimpleDateFormat`). */
  name: string;
  typeArguments: TypeRef[];
  arrayDimensions: number;
}

// ---------------------------------------------------------------- statements

export type Statement =
  | ExpressionStatement
  | VariableDeclaration
  | MultipleDeclaration
  | Block
  | IfStatement
  | ForInStatement
  | ForStatement
  | WhileStatement
  | DoWhileStatement
  | SwitchStatement
  | BreakStatement
  | ContinueStatement
  | ReturnStatement
  | TryStatement
  | ThrowStatement
  | AssertStatement
  | LabeledStatement
  | MethodDeclaration
  | ImportDeclaration
  | UnsupportedStatement;

export interface Script extends NodeBase {
  kind: "Script";
  body: Statement[];
}

export interface ExpressionStatement extends NodeBase {
  kind: "ExpressionStatement";
  expression: Expression;
}

export interface VariableDeclarator extends NodeBase {
  name: string;
  /** Range of the name alone, for navigation and rename. */
  nameStart: number;
  nameEnd: number;
  init: Expression | null;
}

/** `def a = 1`, `String s`, `final x = 1, y = 2`. `type` is null for `def`/`var`. */
export interface VariableDeclaration extends NodeBase {
  kind: "VariableDeclaration";
  type: TypeRef | null;
  declarators: VariableDeclarator[];
}

/** `def (a, b) = [1, 2]`. */
export interface MultipleDeclaration extends NodeBase {
  kind: "MultipleDeclaration";
  targets: { name: string; type: TypeRef | null; start: number; end: number }[];
  init: Expression;
}

export interface Block extends NodeBase {
  kind: "Block";
  body: Statement[];
}

export interface IfStatement extends NodeBase {
  kind: "IfStatement";
  test: Expression;
  consequent: Statement;
  alternate: Statement | null;
}

/** `for (x in items)` and `for (Type x : items)`. */
export interface ForInStatement extends NodeBase {
  kind: "ForInStatement";
  variable: string;
  variableStart: number;
  variableEnd: number;
  variableType: TypeRef | null;
  iterable: Expression;
  body: Statement;
}

/** `for (init; test; update)`. */
export interface ForStatement extends NodeBase {
  kind: "ForStatement";
  init: Statement[];
  test: Expression | null;
  update: Expression[];
  body: Statement;
}

export interface WhileStatement extends NodeBase {
  kind: "WhileStatement";
  test: Expression;
  body: Statement;
}

export interface DoWhileStatement extends NodeBase {
  kind: "DoWhileStatement";
  body: Statement;
  test: Expression;
}

export interface SwitchCase extends NodeBase {
  /** Case values; empty for `default`. */
  tests: Expression[];
  isDefault: boolean;
  body: Statement[];
}

export interface SwitchStatement extends NodeBase {
  kind: "SwitchStatement";
  discriminant: Expression;
  cases: SwitchCase[];
}

export interface BreakStatement extends NodeBase {
  kind: "BreakStatement";
  label: string | null;
}

export interface ContinueStatement extends NodeBase {
  kind: "ContinueStatement";
  label: string | null;
}

export interface ReturnStatement extends NodeBase {
  kind: "ReturnStatement";
  argument: Expression | null;
}

export interface CatchClause extends NodeBase {
  /** Caught types; `catch (e)` and `catch (def e)` catch `Exception`. */
  types: TypeRef[];
  param: string;
  paramStart: number;
  paramEnd: number;
  body: Block;
}

export interface TryStatement extends NodeBase {
  kind: "TryStatement";
  block: Block;
  handlers: CatchClause[];
  finalizer: Block | null;
}

export interface ThrowStatement extends NodeBase {
  kind: "ThrowStatement";
  argument: Expression;
}

export interface AssertStatement extends NodeBase {
  kind: "AssertStatement";
  test: Expression;
  message: Expression | null;
}

/** `label: statement`. A URL pasted on its own line parses as a label and a comment, with no statement. */
export interface LabeledStatement extends NodeBase {
  kind: "LabeledStatement";
  label: string;
  body: Statement | null;
}

export interface Parameter extends NodeBase {
  name: string;
  type: TypeRef | null;
  defaultValue: Expression | null;
  /** Set for `Type... name`: the parameter collects the remaining arguments as an array. */
  varargs?: true;
}

/** A script-level method: `def name(a, b = 1) { ... }` or `String name(String a) { ... }`. */
export interface MethodDeclaration extends NodeBase {
  kind: "MethodDeclaration";
  name: string;
  nameStart: number;
  nameEnd: number;
  returnType: TypeRef | null;
  params: Parameter[];
  body: Block;
}

/** `import a.b.C`, `import a.b.*`, `import a.b.C as D`, `import static a.b.C.m`. */
export interface ImportDeclaration extends NodeBase {
  kind: "ImportDeclaration";
  path: string;
  star: boolean;
  isStatic: boolean;
  alias: string | null;
}

/** A construct the parser recognised but sync rules do not support (a class declaration, say). */
export interface UnsupportedStatement extends NodeBase {
  kind: "UnsupportedStatement";
  what: string;
}

// ---------------------------------------------------------------- expressions

export type Expression =
  | NumberLiteral
  | StringLiteral
  | GStringExpression
  | BooleanLiteral
  | NullLiteral
  | Identifier
  | ThisExpression
  | ListExpression
  | MapExpression
  | ClosureExpression
  | PropertyExpression
  | MethodPointerExpression
  | MethodCallExpression
  | CallExpression
  | IndexExpression
  | BinaryExpression
  | LogicalExpression
  | UnaryExpression
  | UpdateExpression
  | AssignmentExpression
  | ConditionalExpression
  | ElvisExpression
  | CastExpression
  | InstanceofExpression
  | NewExpression
  | SpreadExpression
  | ParenthesizedExpression
  | ErrorExpression;

export interface NumberLiteral extends NodeBase {
  kind: "NumberLiteral";
  numberKind: "int" | "long" | "bigInteger" | "bigDecimal" | "double" | "float";
  /** Digits without underscores, prefix or suffix. */
  text: string;
  radix: number;
}

export interface StringLiteral extends NodeBase {
  kind: "StringLiteral";
  value: string;
}

/** `"a ${b} c"`: `strings` has one more element than `expressions`. */
export interface GStringExpression extends NodeBase {
  kind: "GStringExpression";
  strings: string[];
  expressions: Expression[];
}

export interface BooleanLiteral extends NodeBase {
  kind: "BooleanLiteral";
  value: boolean;
}

export interface NullLiteral extends NodeBase {
  kind: "NullLiteral";
}

export interface Identifier extends NodeBase {
  kind: "Identifier";
  name: string;
}

export interface ThisExpression extends NodeBase {
  kind: "ThisExpression";
}

export interface ListExpression extends NodeBase {
  kind: "ListExpression";
  elements: Expression[];
}

export interface MapEntry extends NodeBase {
  /** The key: a plain name or string becomes a StringLiteral; `(expr)` any expression; null for `*: map`. */
  key: Expression | null;
  value: Expression;
}

export interface MapExpression extends NodeBase {
  kind: "MapExpression";
  entries: MapEntry[];
}

export interface ClosureExpression extends NodeBase {
  kind: "ClosureExpression";
  /** Null when the closure has no `->` and takes the implicit `it`. */
  params: Parameter[] | null;
  body: Statement[];
}

/** Member operators: `.`, `?.`, `*.` and `.@` (direct field access, treated like `.`). */
export type MemberOperator = "." | "?." | "*." | ".@";

export interface PropertyExpression extends NodeBase {
  kind: "PropertyExpression";
  object: Expression;
  operator: MemberOperator;
  /** The name: a string for `a.b` and `a."b"`, an expression for `a."${b}"` and `a.(b)`. */
  property: string | Expression;
  propertyStart: number;
  propertyEnd: number;
}

/** `object.&name`. */
export interface MethodPointerExpression extends NodeBase {
  kind: "MethodPointerExpression";
  object: Expression;
  name: string;
}

/** Named arguments `f(a: 1)` collected as one map; Groovy passes it as the first argument. */
export interface Arguments {
  positional: Expression[];
  named: MapEntry[];
  /** Whether the arguments were written in parentheses (false for command expressions and closure-only calls). */
  parenthesized: boolean;
}

/**
 * `object.name(args)`, or `name(args)` when `object` is null (a script method,
 * a closure variable or a binding). Trailing closures are the last positional arguments.
 */
export interface MethodCallExpression extends NodeBase {
  kind: "MethodCallExpression";
  object: Expression | null;
  operator: MemberOperator;
  name: string | Expression;
  nameStart: number;
  nameEnd: number;
  args: Arguments;
}

/** Calling the value of an expression: `(closure)(1)`, `list[0](x)`. */
export interface CallExpression extends NodeBase {
  kind: "CallExpression";
  callee: Expression;
  args: Arguments;
}

export interface IndexExpression extends NodeBase {
  kind: "IndexExpression";
  object: Expression;
  /** Several indexes (`list[0, 2]`) become one ListExpression. */
  index: Expression;
  safe: boolean;
}

export type BinaryOperatorText =
  | "+" | "-" | "*" | "/" | "%" | "**"
  | "<<" | ">>" | ">>>" | "&" | "|" | "^"
  | "<" | "<=" | ">" | ">=" | "==" | "!=" | "<=>" | "===" | "!=="
  | "in" | "!in" | "=~" | "==~" | ".." | "..<";

export interface BinaryExpression extends NodeBase {
  kind: "BinaryExpression";
  operator: BinaryOperatorText;
  left: Expression;
  right: Expression;
  operatorStart: number;
}

export interface LogicalExpression extends NodeBase {
  kind: "LogicalExpression";
  operator: "&&" | "||";
  left: Expression;
  right: Expression;
  operatorStart: number;
}

export interface UnaryExpression extends NodeBase {
  kind: "UnaryExpression";
  operator: "-" | "+" | "!" | "~";
  argument: Expression;
}

export interface UpdateExpression extends NodeBase {
  kind: "UpdateExpression";
  operator: "++" | "--";
  prefix: boolean;
  argument: Expression;
}

export type AssignmentOperatorText =
  | "=" | "+=" | "-=" | "*=" | "/=" | "%=" | "**=" | "<<=" | ">>=" | ">>>=" | "&=" | "|=" | "^=" | "?=";

export interface AssignmentExpression extends NodeBase {
  kind: "AssignmentExpression";
  operator: AssignmentOperatorText;
  target: Expression;
  value: Expression;
}

export interface ConditionalExpression extends NodeBase {
  kind: "ConditionalExpression";
  test: Expression;
  consequent: Expression;
  alternate: Expression;
}

export interface ElvisExpression extends NodeBase {
  kind: "ElvisExpression";
  left: Expression;
  right: Expression;
}

/** `(Type) expr` and `expr as Type`. */
export interface CastExpression extends NodeBase {
  kind: "CastExpression";
  expression: Expression;
  type: TypeRef;
  style: "cast" | "as";
}

export interface InstanceofExpression extends NodeBase {
  kind: "InstanceofExpression";
  expression: Expression;
  type: TypeRef;
  negated: boolean;
}

export interface NewExpression extends NodeBase {
  kind: "NewExpression";
  type: TypeRef;
  args: Arguments;
}

/** `*list` inside a list literal or an argument list. */
export interface SpreadExpression extends NodeBase {
  kind: "SpreadExpression";
  argument: Expression;
}

/** Parentheses are kept so that `(a.b)()` and `(x) in y` stay distinguishable for tools. */
export interface ParenthesizedExpression extends NodeBase {
  kind: "ParenthesizedExpression";
  expression: Expression;
}

/** Placeholder where the parser recovered from a syntax error. */
export interface ErrorExpression extends NodeBase {
  kind: "ErrorExpression";
}

export type Node = Script | Statement | Expression | TypeRef;
