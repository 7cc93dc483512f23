/**
 * `compileRule`: rule text to a runnable rule. The rule compiles once and runs
 * many times; each run gets its own ExecutionContext and bindings.
 */

import * as R from "@twinsync/runtime";
import type { ExecutionContext, Value } from "@twinsync/runtime";
import { diagnostic, type Diagnostic } from "../diagnostics.ts";
import { parse, type ParseResult } from "../syntax/parse.ts";
import type { Comment } from "../syntax/lexer.ts";
import type * as A from "../syntax/ast.ts";
import type { LineMap } from "../line-map.ts";
import { RuleRuntime } from "./rule-runtime.ts";
import { RuleCompiler } from "./statements.ts";

export interface CompileOptions {
  /** File name used in error positions (`outgoing.groovy:12:7`). */
  fileName?: string;
  /** Names the runtime binds for the rule (`issue`, `replica`...); other names resolve as classes first. */
  bindingNames?: Iterable<string>;
  /** The parse of `source` when the caller has it already (an editor's incremental reparse), to skip parsing again. */
  parsed?: ParseResult;
}

/** The error that ended a run early. */
export interface RuleRunError {
  kind: "exception" | "limit" | "abort" | "internal";
  /** Simple Java class of a rule exception (`NullPointerException`), or the limit kind. */
  javaClass: string | null;
  message: string;
  file: string;
  line: number | null;
  column: number | null;
  frames: R.RuleFrame[];
}

export interface CompiledRule {
  fileName: string;
  script: A.Script;
  comments: Comment[];
  lineMap: LineMap;
  /** Syntax and compile diagnostics. */
  diagnostics: Diagnostic[];
  hasErrors: boolean;
  /** Runs the rule with the given binding variables. Every error is caught and returned, so this does not throw. */
  run(ctx: ExecutionContext, bindings: Map<string, Value>): { error: RuleRunError | null };
}

export const NESTING_MESSAGE = "the rule nests expressions or blocks too deeply to compile; split long expressions with local variables";

export function compileRule(source: string, options: CompileOptions = {}): CompiledRule {
  const fileName = options.fileName ?? "rule.groovy";
  const parsed = options.parsed ?? parse(source);
  const runtime = new RuleRuntime(fileName, parsed.lineMap);
  const compiler = new RuleCompiler(runtime, new Set(options.bindingNames ?? []), source);
  let body: (ctx: ExecutionContext) => void;
  try {
    body = compiler.compileScript(parsed.script);
  } catch (err) {
    // The compiler recurses over the tree; thousands of nested operands exhaust the JS stack.
    if (!(err instanceof RangeError)) throw err;
    compiler.diagnostics.push(diagnostic("nesting-too-deep", NESTING_MESSAGE, 0, Math.min(source.length, 1)));
    body = () => undefined;
  }
  const diagnostics = [...parsed.diagnostics, ...compiler.diagnostics].sort((a, b) => a.start - b.start);
  const hasErrors = diagnostics.some((d) => d.severity === "error");
  return {
    fileName,
    script: parsed.script,
    comments: parsed.comments,
    lineMap: parsed.lineMap,
    diagnostics,
    hasErrors,
    run(ctx, bindings) {
      if (hasErrors) {
        const first = diagnostics.find((d) => d.severity === "error")!;
        const { line, column } = parsed.lineMap.position(first.start);
        return { error: { kind: "exception", javaClass: "CompilationError", message: `the rule does not compile: ${first.message}`, file: fileName, line, column, frames: [] } };
      }
      runtime.attach(ctx, bindings);
      try {
        body(ctx);
        return { error: null };
      } catch (err) {
        return { error: describeError(err, fileName) };
      } finally {
        runtime.release(ctx);
      }
    },
  };
}

function describeError(err: unknown, fileName: string): RuleRunError {
  const located = err as { position?: R.RulePosition; frames?: R.RuleFrame[] };
  const position = located.position;
  const base = { file: position?.file ?? fileName, line: position?.line ?? null, column: position?.column ?? null, frames: located.frames ?? [] };
  if (err instanceof R.RuleException) return { kind: "exception", javaClass: err.javaClass, message: err.ruleMessage ?? err.javaClass, ...base };
  if (err instanceof R.LimitError) return { kind: "limit", javaClass: err.limit, message: err.message, ...base };
  if (err instanceof R.RuleAbort) return { kind: "abort", javaClass: null, message: err.message, ...base };
  if (err instanceof RangeError && /call stack/i.test(err.message)) {
    return { kind: "limit", javaClass: "depth", message: "rule exceeded the call depth the host stack allows; reduce recursion", ...base };
  }
  const message = err instanceof Error ? err.message : String(err);
  return { kind: "internal", javaClass: null, message: `internal error in Twinsync: ${message}`, ...base };
}

/** Renders an error as `file:line:col: message` followed by the rule frames, folding repeated frames. */
export function formatRunError(error: RuleRunError): string {
  const where = error.line === null ? error.file : `${error.file}:${error.line}:${error.column}`;
  const head = `${where}: ${error.javaClass && error.kind === "exception" ? error.javaClass + ": " : ""}${error.message}`;
  const lines = [head];
  for (let i = 0; i < error.frames.length; ) {
    const f = error.frames[i]!;
    const line = `    at ${f.name} (${f.file}:${f.line}:${f.column})`;
    let repeats = 1;
    while (i + repeats < error.frames.length && sameFrame(error.frames[i + repeats]!, f)) repeats++;
    lines.push(repeats > 1 ? `${line}, ${repeats} times` : line);
    i += repeats;
  }
  return lines.join("\n");
}

function sameFrame(a: R.RuleFrame, b: R.RuleFrame): boolean {
  return a.name === b.name && a.file === b.file && a.line === b.line && a.column === b.column;
}
