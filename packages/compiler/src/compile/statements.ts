/**
 * Compiles statements into closures `(ctx, frame) => Signal`. Loops, switch
 * and functions consume the break, continue and return signals meant for them.
 */

import * as R from "@twinsync/runtime";
import type { ExecutionContext, Value } from "@twinsync/runtime";
import { diagnostic, type Diagnostic, type DiagnosticCode } from "../diagnostics.ts";
import type * as A from "../syntax/ast.ts";
import { ExpressionCompiler, type AssertRecorder, type CompiledMethod } from "./expressions.ts";
import { Frame, FunctionScope, Signal, type ExpressionCode, type StatementCode } from "./frame.ts";
import type { RuleRuntime } from "./rule-runtime.ts";

const NORMAL: StatementCode = () => Signal.Normal;

/** Declared types that convert an assigned value, as a typed Groovy variable does. */
const CONVERTING_TYPES = new Set([
  "String", "int", "Integer", "long", "Long", "double", "Double", "float", "Float", "boolean", "Boolean",
  "BigDecimal", "BigInteger", "short", "byte", "Short", "Byte",
]);

export class RuleCompiler extends ExpressionCompiler {
  readonly diagnostics: Diagnostic[] = [];

  constructor(
    sites: RuleRuntime,
    bindingNames: ReadonlySet<string>,
    /** The rule text, for the source shown in assertion messages. */
    private readonly source: string,
  ) {
    super(sites, bindingNames);
  }

  protected report(node: A.NodeBase, code: DiagnosticCode, message: string): void {
    this.diagnostics.push(diagnostic(code, message, node.start, node.end));
  }

  /** Compiles a whole script; the result runs the script body in a fresh frame. */
  compileScript(script: A.Script): (ctx: ExecutionContext) => void {
    this.collectImports(script.body);
    this.declareMethods(script.body);
    const body = this.compileBlockBody(script.body, false);
    const scope = this.scope;
    return (ctx) => {
      body(ctx, new Frame(scope.size, null));
    };
  }

  private collectImports(body: A.Statement[]): void {
    for (const statement of body) {
      if (statement.kind !== "ImportDeclaration" || statement.star) continue;
      const path = statement.isStatic ? statement.path.slice(0, statement.path.lastIndexOf(".")) : statement.path;
      if (R.resolveClass(path) === null) {
        this.report(statement, "unknown-class", `class '${path}' is not available in sync rules; remove the import`);
        continue;
      }
      const simple = path.slice(path.lastIndexOf(".") + 1);
      this.importAliases.set(statement.alias ?? simple, path);
    }
  }

  /** Script methods are visible everywhere in the script, before and after their declaration. */
  private declareMethods(body: A.Statement[]): void {
    const declarations = body.filter((s): s is A.MethodDeclaration => s.kind === "MethodDeclaration");
    for (const decl of declarations) {
      const varargs = decl.params.length > 0 && decl.params[decl.params.length - 1]!.varargs === true;
      const required = decl.params.filter((p) => p.defaultValue === null).length - (varargs ? 1 : 0);
      const maxArgs = varargs ? Number.POSITIVE_INFINITY : decl.params.length;
      const method: CompiledMethod = { name: decl.name, minArgs: required, maxArgs, invoke: () => null };
      const overloads = this.methods.get(decl.name) ?? [];
      if (overloads.some((m) => m.minArgs <= method.maxArgs && method.minArgs <= m.maxArgs)) {
        this.diagnostics.push(diagnostic("duplicate-method", `method '${decl.name}' is already declared with a matching number of parameters`, decl.nameStart, decl.nameEnd));
      }
      overloads.push(method);
      this.methods.set(decl.name, overloads);
    }
    for (const decl of declarations) {
      const varargs = decl.params[decl.params.length - 1]?.varargs === true;
      const method = this.methods.get(decl.name)!.find((m) => (varargs ? m.maxArgs === Number.POSITIVE_INFINITY : m.maxArgs === decl.params.length) && m.invoke.length === 0);
      if (method !== undefined) method.invoke = this.compileMethod(decl);
    }
  }

  private compileMethod(decl: A.MethodDeclaration): CompiledMethod["invoke"] {
    const outer = this.scope;
    this.scope = new FunctionScope(outer, true);
    const slots = decl.params.map((p) => this.scope.declare(p.name));
    const defaults = decl.params.map((p) => (p.defaultValue ? this.compileExpression(p.defaultValue) : null));
    const types = decl.params.map((p) => (p.type && !p.varargs && p.type.arrayDimensions === 0 && CONVERTING_TYPES.has(p.type.name) ? p.type.name : null));
    const body = this.compileFunctionBody(decl.body.body);
    const scope = this.scope;
    this.scope = outer;
    const varargs = decl.params[decl.params.length - 1]?.varargs === true;
    return (ctx: ExecutionContext, args: Value[]) => {
      const frame = new Frame(scope.size, null);
      if (varargs) {
        // `String... rest` collects the trailing arguments into a list.
        const fixed = slots.length - 1;
        args = [...args.slice(0, fixed), args.slice(fixed)];
      }
      for (let i = 0; i < slots.length; i++) {
        let value: Value = null;
        if (i < args.length) value = args[i]!;
        else if (defaults[i]) value = defaults[i]!(ctx, frame);
        frame.vars[slots[i]!] = types[i] !== null && value !== null ? R.castTo(ctx, value, types[i]!) : value;
      }
      body(ctx, frame);
      return frame.returnValue;
    };
  }

  /** A method or closure body: the value of the last statement is returned when no `return` ran. */
  protected compileFunctionBody(body: A.Statement[]): StatementCode {
    return this.compileBlockBody(body, true);
  }

  private compileBlockBody(body: A.Statement[], implicitReturn: boolean): StatementCode {
    this.scope.pushBlock();
    const code = this.compileStatements(body, implicitReturn);
    this.scope.popBlock();
    return code;
  }

  /** Compiles statements to run in order, each counted as a step, with the failing statement's position on errors. */
  private compileStatements(body: A.Statement[], implicitReturn: boolean): StatementCode {
    const runnable = body.filter((s) => s.kind !== "MethodDeclaration" && s.kind !== "ImportDeclaration");
    const codes = runnable.map((s, i) => this.statement(s, implicitReturn && s === body[body.length - 1] && i === runnable.length - 1));
    return this.steppedSequence(codes, runnable.map((s) => s.start));
  }

  private compileStatement(node: A.Statement, tail: boolean): StatementCode {
    return this.compileStatements([node], tail);
  }

  /**
   * Runs statement codes in order. One try/catch around the loop attaches the
   * position of the statement that failed, which costs less than a wrapper
   * closure per statement.
   */
  private steppedSequence(codes: StatementCode[], starts: number[]): StatementCode {
    const count = codes.length;
    if (count === 0) return NORMAL;
    if (count === 1) {
      const code = codes[0]!;
      const at = starts[0]!;
      return (c, f) => {
        c.step();
        try {
          return code(c, f);
        } catch (err) {
          return this.sites.rethrow(err, at);
        }
      };
    }
    return (c, f) => {
      let i = 0;
      try {
        for (; i < count; i++) {
          c.step();
          const signal = codes[i]!(c, f);
          if (signal !== Signal.Normal) return signal;
        }
        return Signal.Normal;
      } catch (err) {
        return this.sites.rethrow(err, starts[i]!);
      }
    };
  }

  private statement(node: A.Statement, tail: boolean): StatementCode {
    switch (node.kind) {
      case "ExpressionStatement": {
        const expression = this.compileExpression(node.expression);
        if (tail) {
          return (c, f) => {
            f.returnValue = expression(c, f);
            return Signal.Normal;
          };
        }
        return (c, f) => {
          expression(c, f);
          return Signal.Normal;
        };
      }
      case "VariableDeclaration":
        return this.declaration(node);
      case "MultipleDeclaration": {
        const init = this.compileExpression(node.init);
        const slots = node.targets.map((t) => this.scope.declare(t.name));
        return (c, f) => {
          const value = init(c, f);
          slots.forEach((slot, i) => {
            f.vars[slot] = R.getAt(c, value, i);
          });
          return Signal.Normal;
        };
      }
      case "Block":
        return this.compileBlockBody(node.body, tail);
      case "IfStatement":
        return this.ifStatement(node, tail);
      case "ForInStatement":
        return this.forIn(node, null);
      case "ForStatement":
        return this.classicFor(node, null);
      case "WhileStatement":
        return this.whileLoop(node, null);
      case "DoWhileStatement":
        return this.doWhile(node, null);
      case "SwitchStatement":
        return this.switchStatement(node);
      case "BreakStatement": {
        const label = node.label;
        return (_c, f) => {
          f.label = label;
          return Signal.Break;
        };
      }
      case "ContinueStatement": {
        const label = node.label;
        return (_c, f) => {
          f.label = label;
          return Signal.Continue;
        };
      }
      case "ReturnStatement": {
        const argument = node.argument === null ? null : this.compileExpression(node.argument);
        return (c, f) => {
          f.returnValue = argument === null ? null : argument(c, f);
          return Signal.Return;
        };
      }
      case "TryStatement":
        return this.tryStatement(node, tail);
      case "ThrowStatement": {
        const argument = this.compileExpression(node.argument);
        const at = node.argument.start;
        return (c, f) => {
          const value = argument(c, f);
          let exception: R.RuleException;
          try {
            exception = R.toThrowable(c, value);
          } catch (err) {
            return this.sites.rethrow(err, at);
          }
          return this.sites.rethrow(exception, node.start);
        };
      }
      case "AssertStatement":
        return this.assertStatement(node);
      case "LabeledStatement":
        return this.labeled(node);
      case "MethodDeclaration":
      case "ImportDeclaration":
      case "UnsupportedStatement":
        return NORMAL;
    }
  }

  private declaration(node: A.VariableDeclaration): StatementCode {
    const typeName = node.type !== null && CONVERTING_TYPES.has(node.type.name) && node.type.arrayDimensions === 0 ? node.type.name : null;
    const codes = node.declarators.map((d) => {
      this.checkRedeclaration(d.name, d.nameStart, d.nameEnd);
      const init = d.init === null ? null : this.compileExpression(d.init);
      // The slot is declared after the initializer compiles: `def x = x` reads the outer x.
      const slot = this.scope.declare(d.name);
      return { init, slot };
    });
    if (codes.length === 1 && typeName === null && codes[0]!.init !== null) {
      // `def x = value` with one declarator and no converting type skips the loop.
      const { init, slot } = codes[0]!;
      return (c, f) => {
        f.vars[slot] = init!(c, f);
        return Signal.Normal;
      };
    }
    return (c, f) => {
      for (const { init, slot } of codes) {
        let value = init === null ? null : init(c, f);
        if (typeName !== null && value !== null) value = R.castTo(c, value, typeName);
        f.vars[slot] = value;
      }
      return Signal.Normal;
    };
  }

  /** Groovy rejects a local that repeats the name of a local of the same method, script body or closure chain. */
  private checkRedeclaration(name: string, start: number, end: number): void {
    if (this.scope.resolve(name) !== null) {
      this.diagnostics.push(diagnostic("duplicate-variable", `a variable named '${name}' is already declared in this scope; rename it or drop 'def' to assign the existing one`, start, end));
    }
  }

  private ifStatement(node: A.IfStatement, tail: boolean): StatementCode {
    const test = this.compileExpression(node.test);
    const consequent = this.scoped(node.consequent, tail);
    const alternate = node.alternate === null ? NORMAL : this.scoped(node.alternate, tail);
    return (c, f) => (R.truthy(test(c, f)) ? consequent(c, f) : alternate(c, f));
  }

  /** Compiles a statement in its own block scope (the body of `if`, a loop or a case). */
  private scoped(node: A.Statement, tail = false): StatementCode {
    this.scope.pushBlock();
    const code = this.compileStatement(node, tail);
    this.scope.popBlock();
    return code;
  }

  private forIn(node: A.ForInStatement, label: string | null): StatementCode {
    const iterable = this.compileExpression(node.iterable);
    this.scope.pushBlock();
    const slot = this.scope.declare(node.variable);
    const body = this.scoped(node.body);
    this.scope.popBlock();
    const at = node.iterable.start;
    return (c, f) => {
      const value = iterable(c, f);
      if (value instanceof R.GRange && typeof value.from === "number" && typeof value.to === "number") {
        // Integer ranges loop without the generic iterator; the order and bounds are the same.
        const step = value.from <= value.to ? 1 : -1;
        const last = value.exclusive ? value.to - step : value.to;
        if (value.exclusive && value.from === value.to) return Signal.Normal;
        for (let i = value.from; step > 0 ? i <= last : i >= last; i += step) {
          c.step();
          f.vars[slot] = i;
          const signal = body(c, f);
          if (signal !== Signal.Normal) {
            const exit = loopExit(f, signal, label);
            if (exit === LOOP_CONTINUE) continue;
            return exit;
          }
        }
        return Signal.Normal;
      }
      let items: Iterable<Value>;
      try {
        items = R.iterate(c, value);
      } catch (err) {
        return this.sites.rethrow(err, at);
      }
      for (const item of items) {
        c.step();
        f.vars[slot] = item;
        const signal = body(c, f);
        if (signal !== Signal.Normal) {
          const exit = loopExit(f, signal, label);
          if (exit === LOOP_CONTINUE) continue;
          return exit;
        }
      }
      return Signal.Normal;
    };
  }

  private classicFor(node: A.ForStatement, label: string | null): StatementCode {
    this.scope.pushBlock();
    const init = this.compileStatements(node.init, false);
    const test = node.test === null ? null : this.compileExpression(node.test);
    const update = node.update.map((e) => this.compileExpression(e));
    const body = this.scoped(node.body);
    this.scope.popBlock();
    return (c, f) => {
      init(c, f);
      while (test === null || R.truthy(test(c, f))) {
        c.step();
        const signal = body(c, f);
        if (signal !== Signal.Normal) {
          const exit = loopExit(f, signal, label);
          if (exit !== LOOP_CONTINUE) return exit;
        }
        for (const u of update) u(c, f);
      }
      return Signal.Normal;
    };
  }

  private whileLoop(node: A.WhileStatement, label: string | null): StatementCode {
    const test = this.compileExpression(node.test);
    const body = this.scoped(node.body);
    return (c, f) => {
      while (R.truthy(test(c, f))) {
        c.step();
        const signal = body(c, f);
        if (signal !== Signal.Normal) {
          const exit = loopExit(f, signal, label);
          if (exit !== LOOP_CONTINUE) return exit;
        }
      }
      return Signal.Normal;
    };
  }

  private doWhile(node: A.DoWhileStatement, label: string | null): StatementCode {
    const body = this.scoped(node.body);
    const test = this.compileExpression(node.test);
    return (c, f) => {
      do {
        c.step();
        const signal = body(c, f);
        if (signal !== Signal.Normal) {
          const exit = loopExit(f, signal, label);
          if (exit !== LOOP_CONTINUE) return exit;
        }
      } while (R.truthy(test(c, f)));
      return Signal.Normal;
    };
  }

  private labeled(node: A.LabeledStatement): StatementCode {
    const body = node.body;
    if (body === null) return NORMAL;
    const label = node.label;
    switch (body.kind) {
      case "ForInStatement": return this.forIn(body, label);
      case "ForStatement": return this.classicFor(body, label);
      case "WhileStatement": return this.whileLoop(body, label);
      case "DoWhileStatement": return this.doWhile(body, label);
    }
    const code = this.compileStatement(body, false);
    return (c, f) => {
      const signal = code(c, f);
      if (signal === Signal.Break && f.label === label) {
        f.label = null;
        return Signal.Normal;
      }
      return signal;
    };
  }

  private switchStatement(node: A.SwitchStatement): StatementCode {
    const discriminant = this.compileExpression(node.discriminant);
    this.scope.pushBlock();
    const cases = node.cases.map((c) => ({
      tests: c.tests.map((t) => this.compileExpression(t)),
      isDefault: c.isDefault,
      body: this.compileStatements(c.body, false),
    }));
    this.scope.popBlock();
    const defaultIndex = cases.findIndex((c) => c.isDefault);
    const at = node.discriminant.start;
    return (c, f) => {
      const value = discriminant(c, f);
      let start = -1;
      try {
        outer: for (let i = 0; i < cases.length; i++) {
          for (const test of cases[i]!.tests) {
            if (R.isCase(c, test(c, f), value)) {
              start = i;
              break outer;
            }
          }
        }
      } catch (err) {
        return this.sites.rethrow(err, at);
      }
      if (start < 0) start = defaultIndex;
      if (start < 0) return Signal.Normal;
      // Execution falls through the following cases until a break, as in Groovy.
      for (let i = start; i < cases.length; i++) {
        const signal = cases[i]!.body(c, f);
        if (signal === Signal.Break && f.label === null) return Signal.Normal;
        if (signal !== Signal.Normal) return signal;
      }
      return Signal.Normal;
    };
  }

  private tryStatement(node: A.TryStatement, tail: boolean): StatementCode {
    const block = this.compileBlockBody(node.block.body, tail);
    const handlers = node.handlers.map((h) => {
      this.scope.pushBlock();
      const slot = this.scope.declare(h.param);
      const body = this.compileBlockBody(h.body.body, tail);
      this.scope.popBlock();
      const types = h.types.length === 0 ? ["Exception"] : h.types.map((t) => this.className(t.name));
      return { slot, body, types };
    });
    const finalizer = node.finalizer === null ? null : this.compileBlockBody(node.finalizer.body, false);
    return (c, f) => {
      let signal: Signal = Signal.Normal;
      try {
        signal = block(c, f);
      } catch (err) {
        // Limits and debug.error end the rule; no catch clause may stop them.
        if (!(err instanceof R.RuleException)) throw err;
        const handler = handlers.find((h) => h.types.some((t) => R.exceptionMatches(err, t)));
        if (handler === undefined) throw err;
        f.vars[handler.slot] = R.exceptionValue(err);
        signal = handler.body(c, f);
      } finally {
        if (finalizer !== null) {
          const savedReturn = f.returnValue;
          const finalSignal = finalizer(c, f);
          if (finalSignal !== Signal.Normal) {
            // A return or break in `finally` replaces whatever the try block did, as in Java.
            // eslint-disable-next-line no-unsafe-finally
            return finalSignal;
          }
          f.returnValue = savedReturn;
        }
      }
      return signal;
    };
  }

  /**
   * `assert test` fails with Groovy's PowerAssertionError, whose message shows the
   * condition with the values of its parts; `assert test : message` fails with
   * AssertionError and "message. Expression: (test)". Both are Errors, so
   * `catch (Exception e)` does not catch them.
   */
  private assertStatement(node: A.AssertStatement): StatementCode {
    const recorder: AssertRecorder = { values: [], locals: new Set() };
    const outer = this.assertRecorder;
    this.assertRecorder = recorder;
    const test = this.compileExpression(node.test);
    this.assertRecorder = outer;
    const message = node.message === null ? null : this.compileExpression(node.message);
    const text = this.source.slice(node.test.start, node.test.end).replace(/\s*\n\s*/g, " ");
    const testStart = node.test.start;
    return (c, f) => {
      recorder.values = [];
      if (R.truthy(test(c, f))) return Signal.Normal;
      const values = recorder.values;
      if (message !== null) {
        const listed = identifierValues(this.source, node.test, values.filter(([offset]) => recorder.locals.has(offset)));
        const suffix = listed.length > 0 ? `. Values: ${listed.join(", ")}` : "";
        const error = new R.RuleException("AssertionError", `${R.toGroovyString(message(c, f))}. Expression: (${text})${suffix}`);
        return this.sites.rethrow(error, node.start);
      }
      const rendered = renderPowerAssert(text, values.map(([offset, value]) => [offset - testStart + "assert ".length, R.toGroovyString(value)]));
      return this.sites.rethrow(new R.RuleException("PowerAssertionError", rendered), node.start);
    };
  }
}

/** `name = value` for each plain variable in an assert condition, in source order, as Groovy lists them. */
function identifierValues(source: string, test: A.Expression, recorded: [number, Value][]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const [offset, value] of [...recorded].sort((a, b) => a[0] - b[0])) {
    const name = /^[A-Za-z_$][\w$]*/.exec(source.slice(offset))?.[0];
    if (name === undefined || offset < test.start || offset >= test.end || seen.has(name)) continue;
    const before = source[offset - 1];
    if (before === ".") continue;
    seen.add(name);
    out.push(`${name} = ${R.toGroovyString(value)}`);
  }
  return out;
}

/**
 * Renders a power assertion: the condition, a line of bars under each
 * recorded part, and the values placed from the right so that they do not overlap.
 */
function renderPowerAssert(text: string, values: [number, string][]): string {
  const head = `assert ${text}`;
  if (values.length === 0) return head;
  const sorted = [...values].sort((a, b) => b[0] - a[0]);
  const rows: string[][] = [];
  const rowOf: number[] = [];
  for (const [column, valueText] of sorted) {
    let row = 0;
    while (rows[row] !== undefined && !fits(rows[row]!, column, valueText.length)) row++;
    rows[row] ??= [];
    for (let i = 0; i < valueText.length; i++) rows[row]![column + i] = valueText[i]!;
    rowOf.push(row);
  }
  const bars: string[] = [];
  for (const [column] of sorted) bars[column] = "|";
  sorted.forEach(([column], i) => {
    for (let r = 0; r < rowOf[i]!; r++) if (rows[r]![column] === undefined) rows[r]![column] = "|";
  });
  const line = (cells: string[]) => Array.from(cells, (ch) => ch ?? " ").join("").trimEnd();
  return [head, line(bars), ...rows.map(line)].join("\n");
}

function fits(row: string[], column: number, length: number): boolean {
  for (let i = column; i <= column + length; i++) if (row[i] !== undefined) return false;
  return true;
}

/** Marker returned by {@link loopExit} when the loop goes on with its next iteration. */
const LOOP_CONTINUE = -1;

/** Decides what a loop does with a signal from its body: continue, or leave with a signal. */
function loopExit(frame: Frame, signal: Signal, label: string | null): Signal | typeof LOOP_CONTINUE {
  if (signal === Signal.Return) return signal;
  if (frame.label !== null && frame.label !== label) return signal;
  frame.label = null;
  return signal === Signal.Continue ? LOOP_CONTINUE : Signal.Normal;
}

export type { ExpressionCode };
