/**
 * Compiles expressions into closures `(ctx, frame) => Value`.
 *
 * Safety: the closures only call the runtime's dispatch functions
 * (`getProperty`, `callMethod`, `binary`...), which look members up in the
 * runtime's own tables. No text from the rule reaches `eval`, `Function`, `vm`
 * or a JS property lookup on a host object.
 */

import * as R from "@twinsync/runtime";
import type { ExecutionContext, Value } from "@twinsync/runtime";
import type * as A from "../syntax/ast.ts";
import type { RuleRuntime } from "./rule-runtime.ts";
import { ClosureFrames, Frame, frameAt, FunctionScope, type ExpressionCode, type StatementCode } from "./frame.ts";
import { numberLiteralValue } from "./literals.ts";
import { editDistance } from "../check/suggest.ts";

/** A script method after compilation; `invoke` is filled in once all methods are known. */
export interface CompiledMethod {
  name: string;
  minArgs: number;
  maxArgs: number;
  invoke: (ctx: ExecutionContext, args: Value[]) => Value;
}

/** Built-in functions callable without a receiver. */
const BUILTINS = new Set(["println", "print", "sleep"]);

export abstract class ExpressionCompiler {
  protected scope: FunctionScope;
  /** Script methods by name, each with its overloads by argument count. */
  protected readonly methods = new Map<string, CompiledMethod[]>();
  /** Aliases from `import x.Y as Z`: Z -> x.Y. */
  protected readonly importAliases = new Map<string, string>();

  constructor(
    protected readonly sites: RuleRuntime,
    /** Names the runtime binds for this rule's direction (`issue`, `replica`, helpers...). */
    protected readonly bindingNames: ReadonlySet<string>,
  ) {
    this.scope = new FunctionScope(null, false);
  }

  protected abstract compileFunctionBody(body: A.Statement[]): StatementCode;
  protected abstract report(node: A.NodeBase, code: "unknown-class" | "unsupported-construct" | "invalid-assignment-target" | "duplicate-variable", message: string): void;

  /** Values recorded for a power assertion while its condition is compiled; null otherwise. */
  protected assertRecorder: AssertRecorder | null = null;

  compileExpression(node: A.Expression): ExpressionCode {
    const code = this.compileExpressionNode(node);
    const recorder = this.assertRecorder;
    const anchor = recorder === null ? null : assertAnchor(node);
    if (recorder === null || anchor === null) return code;
    return (c, f) => {
      const value = code(c, f);
      recorder.values.push([anchor, value]);
      return value;
    };
  }

  private compileExpressionNode(node: A.Expression): ExpressionCode {
    switch (node.kind) {
      case "NumberLiteral": {
        const result = numberLiteralValue(node);
        if ("error" in result) {
          this.report(node, "unsupported-construct", result.error);
          return () => null;
        }
        const value = result.value;
        return () => value;
      }
      case "StringLiteral": {
        const value = node.value;
        return () => value;
      }
      case "BooleanLiteral": {
        const value = node.value;
        return () => value;
      }
      case "NullLiteral":
        return () => null;
      case "GStringExpression":
        return this.gstring(node);
      case "Identifier":
        return this.identifier(node);
      case "ThisExpression":
        this.report(node, "unsupported-construct", "'this' is not supported in sync rules outside 'this.method()'");
        return () => null;
      case "ListExpression":
        return this.list(node);
      case "MapExpression":
        return this.map(node);
      case "ClosureExpression":
        return this.closure(node);
      case "PropertyExpression":
        return this.property(node);
      case "MethodPointerExpression":
        return this.methodPointer(node);
      case "MethodCallExpression":
        return this.methodCall(node);
      case "CallExpression":
        return this.callValue(node);
      case "IndexExpression":
        return this.index(node);
      case "BinaryExpression":
        return this.binary(node);
      case "LogicalExpression":
        return this.logical(node);
      case "UnaryExpression":
        return this.unary(node);
      case "UpdateExpression":
        return this.update(node);
      case "AssignmentExpression":
        return this.assignment(node);
      case "ConditionalExpression": {
        const test = this.compileExpression(node.test);
        const consequent = this.compileExpression(node.consequent);
        const alternate = this.compileExpression(node.alternate);
        return (c, f) => (R.truthy(test(c, f)) ? consequent(c, f) : alternate(c, f));
      }
      case "ElvisExpression": {
        const left = this.compileExpression(node.left);
        const right = this.compileExpression(node.right);
        return (c, f) => {
          const value = left(c, f);
          return R.truthy(value) ? value : right(c, f);
        };
      }
      case "CastExpression": {
        const expression = this.compileExpression(node.expression);
        const typeName = this.className(node.type.name);
        const at = node.type.start;
        // `(int) 'p'` is 112 while `'p' as int` fails: casts and `as` convert differently in Groovy.
        const convert = node.style === "cast" ? R.castTo : R.asType;
        return (c, f) => {
          const value = expression(c, f);
          try {
            return convert(c, value, typeName);
          } catch (err) {
            return this.sites.rethrow(err, at);
          }
        };
      }
      case "InstanceofExpression": {
        const expression = this.compileExpression(node.expression);
        const typeName = this.className(node.type.name);
        const negated = node.negated;
        return (c, f) => R.instanceOf(expression(c, f), typeName) !== negated;
      }
      case "NewExpression":
        return this.newExpression(node);
      case "SpreadExpression":
        this.report(node, "unsupported-construct", "'*' spread is only allowed inside a list literal or an argument list");
        return () => null;
      case "ParenthesizedExpression":
        return this.compileExpression(node.expression);
      case "ErrorExpression":
        return () => null;
    }
  }

  private readonly classes = new Map<string, R.GClass | null>();

  /** `R.resolveClass` with a per-compilation cache, because rules name the same classes many times. */
  protected findClass(name: string): R.GClass | null {
    let found = this.classes.get(name);
    if (found === undefined) {
      found = R.resolveClass(name);
      this.classes.set(name, found);
    }
    return found;
  }

  /** Resolves an `import ... as` alias; other names pass through. */
  protected className(name: string): string {
    return this.importAliases.get(name) ?? name;
  }

  private gstring(node: A.GStringExpression): ExpressionCode {
    const strings = node.strings;
    const parts = node.expressions.map((e) => this.compileExpression(e));
    return (c, f) => {
      let text = strings[0]!;
      for (let i = 0; i < parts.length; i++) {
        text += R.toGroovyStringIn(c, parts[i]!(c, f)) + strings[i + 1]!;
        c.checkString(text.length);
      }
      return text;
    };
  }

  private identifier(node: A.Identifier): ExpressionCode {
    const name = node.name;
    const slot = this.scope.resolve(name);
    if (slot !== null) {
      const { depth, index } = slot;
      this.assertRecorder?.locals.add(node.start);
      if (depth === 0) return (_c, f) => f.vars[index]!;
      return (_c, f) => frameAt(f, depth).vars[index]!;
    }
    const at = node.start;
    if (!this.bindingNames.has(name)) {
      const cls = this.findClass(this.className(name));
      if (cls !== null) return () => cls;
    }
    return (c) => this.readBinding(c, name, at);
  }

  /** Reads a binding variable; unknown names raise MissingPropertyException as Groovy does. */
  protected readBinding(ctx: ExecutionContext, name: string, at: number): Value {
    if (ctx.delegates.length > 0) {
      const found = readDelegateProperty(ctx, name);
      if (found !== MISSING) return found;
    }
    const bindings = this.sites.bindings(ctx);
    const value = bindings.get(name);
    if (value !== undefined) return value;
    if (bindings.has(name)) return null;
    const cls = this.findClass(this.className(name));
    if (cls !== null) return cls;
    const similar = [...bindings.keys()].find((known) => closeName(known, name));
    const hint = similar === undefined ? "" : `; did you mean '${similar}'?`;
    return this.sites.rethrow(new R.RuleException("MissingPropertyException", `No such property: ${name} for class: Script${hint}`), at);
  }

  /** `a.b.c` written as a class name (`java.text.SimpleDateFormat`), or null. */
  protected qualifiedClass(node: A.Expression): R.GClass | null {
    let current: A.Expression = node;
    while (current.kind === "PropertyExpression" && current.operator === "." && typeof current.property === "string") {
      current = current.object;
    }
    // Most chains start at a local or a binding (`issue.status.name`), which are never class names.
    if (current.kind !== "Identifier" || this.bindingNames.has(current.name) || this.scope.resolve(current.name) !== null) return null;
    const parts: string[] = [current.name];
    for (let part: A.Expression = node; part !== current; part = (part as A.PropertyExpression).object) {
      parts.splice(1, 0, (part as A.PropertyExpression).property as string);
    }
    if (parts.length === 1) return this.findClass(this.className(parts[0]!));
    return this.findClass(parts.join("."));
  }

  private list(node: A.ListExpression): ExpressionCode {
    const plain = this.plainValues(node.elements);
    if (plain !== null) {
      return (c, f) => {
        const out = plain(c, f);
        c.checkCollection(out.length);
        return out;
      };
    }
    const elements = node.elements.map((e) => this.element(e));
    return (c, f) => {
      const out: Value[] = [];
      for (const element of elements) element(c, f, out);
      c.checkCollection(out.length);
      return out;
    };
  }

  /**
   * Compiles expressions without a `*` spread into a function that returns
   * their values as a new array of exactly that length, or returns null when
   * one of them is spread. Up to three values are returned in an array
   * literal, and more are pushed in a loop.
   */
  protected plainValues(nodes: A.Expression[]): ((ctx: ExecutionContext, frame: Frame) => Value[]) | null {
    if (nodes.some((node) => node.kind === "SpreadExpression")) return null;
    const codes = nodes.map((node) => this.compileExpression(node));
    const [first, second, third] = codes;
    // Array literal elements are evaluated left to right, as Groovy evaluates arguments.
    switch (codes.length) {
      case 0:
        return () => [];
      case 1:
        return (c, f) => [first!(c, f)];
      case 2:
        return (c, f) => [first!(c, f), second!(c, f)];
      case 3:
        return (c, f) => [first!(c, f), second!(c, f), third!(c, f)];
      default:
        return (c, f) => {
          const out: Value[] = [];
          for (const code of codes) out.push(code(c, f));
          return out;
        };
    }
  }

  /** Compiles an element of a list or argument list, where `*x` spreads x's items. */
  protected element(node: A.Expression): (ctx: ExecutionContext, frame: Frame, out: Value[]) => void {
    if (node.kind === "SpreadExpression") {
      const argument = this.compileExpression(node.argument);
      const at = node.start;
      return (c, f, out) => {
        const value = argument(c, f);
        try {
          for (const item of R.iterate(c, value)) out.push(item);
        } catch (err) {
          this.sites.rethrow(err, at);
        }
      };
    }
    const code = this.compileExpression(node);
    return (c, f, out) => {
      out.push(code(c, f));
    };
  }

  private map(node: A.MapExpression): ExpressionCode {
    const keys = constantStringKeys(node.entries);
    if (keys !== null) {
      const values = node.entries.map((entry) => this.compileExpression(entry.value));
      return (c, f) => {
        const map = R.newMap();
        for (let i = 0; i < values.length; i++) R.mapPutString(map, keys[i]!, values[i]!(c, f));
        c.checkCollection(R.mapSize(map));
        return map;
      };
    }
    const entries = node.entries.map((entry) => this.mapEntry(entry));
    return (c, f) => {
      const map = R.newMap();
      for (const entry of entries) entry(c, f, map);
      c.checkCollection(R.mapSize(map));
      return map;
    };
  }

  protected mapEntry(entry: A.MapEntry): (ctx: ExecutionContext, frame: Frame, map: R.GMap) => void {
    const value = this.compileExpression(entry.value);
    if (entry.key === null) {
      const at = entry.start;
      return (c, f, map) => {
        const other = value(c, f);
        if (!(other instanceof R.GMap)) {
          this.sites.rethrow(new R.RuleException("IllegalArgumentException", `'*:' needs a map, but the value is ${R.toGroovyString(other)}`), at);
        }
        for (const [k, v] of R.mapEntries(other as R.GMap)) R.mapPut(map, k, v);
      };
    }
    const key = this.compileExpression(entry.key);
    return (c, f, map) => {
      R.mapPut(map, key(c, f), value(c, f));
    };
  }

  private closure(node: A.ClosureExpression): ExpressionCode {
    const outer = this.scope;
    for (const param of node.params ?? []) {
      if (outer.resolve(param.name) !== null) {
        this.report(param, "duplicate-variable", `the closure parameter '${param.name}' has the name of a variable in scope; rename one of them`);
      }
    }
    outer.hasInnerClosures = true;
    this.scope = new FunctionScope(outer, false);
    const params = node.params ?? [{ name: "it", type: null, defaultValue: null, start: node.start, end: node.start }];
    const slots = params.map((p) => this.scope.declare(p.name));
    const defaults = params.map((p) => (p.defaultValue ? this.compileExpression(p.defaultValue) : null));
    const body = this.compileFunctionBody(node.body);
    const frameSize = this.scope.size;
    // Without an inner closure nothing keeps the frame after a call, so the next call may reuse it.
    const reusesFrame = !this.scope.hasInnerClosures;
    this.scope = outer;
    const implicitIt = node.params === null;
    const paramCount = params.length;
    const required = node.params === null ? 0 : node.params.filter((p) => p.defaultValue === null).length;
    const hasDefaults = !implicitIt && required < paramCount;
    const finish = (ctx: ExecutionContext, frames: ClosureFrames, frame: Frame): Value => {
      body(ctx, frame);
      const result = frame.returnValue;
      frames.giveBack(frame);
      return result;
    };
    const firstSlot = slots[0]!;
    return (_c, defining) => {
      const frames = new ClosureFrames(frameSize, defining, reusesFrame);
      const run = (ctx: ExecutionContext, args: Value[]): Value => {
        const frame = frames.take();
        for (let i = 0; i < paramCount; i++) {
          if (i < args.length) frame.vars[slots[i]!] = args[i]!;
          else frame.vars[slots[i]!] = defaults[i] ? defaults[i]!(ctx, frame) : null;
        }
        return finish(ctx, frames, frame);
      };
      // The one-argument entry lets collection methods call the closure without an argument array.
      const runOne = paramCount !== 1 ? null : (ctx: ExecutionContext, arg: Value): Value => {
        const frame = frames.take();
        frame.vars[firstSlot] = arg;
        return finish(ctx, frames, frame);
      };
      const closure = new R.GClosure(implicitIt ? 1 : paramCount, implicitIt, run, "closure", runOne);
      return hasDefaults ? R.setMinimumArguments(closure, required) : closure;
    };
  }

  private property(node: A.PropertyExpression): ExpressionCode {
    const cls = this.qualifiedClass(node.object);
    const name = node.property;
    const at = node.propertyStart;
    if (typeof name === "string" && cls !== null) {
      return (c) => {
        try {
          return R.getStaticProperty(c, cls, name);
        } catch (err) {
          return this.sites.rethrow(err, at);
        }
      };
    }
    const classHere = node.kind === "PropertyExpression" ? this.qualifiedClass(node) : null;
    if (classHere !== null) return () => classHere;
    const object = this.compileExpression(node.object);
    const operator = node.operator;
    if (typeof name === "string" && operator !== "*.") {
      return (c, f) => {
        const receiver = object(c, f);
        // A string is its own canonical key, so a map entry is read from the map's table directly.
        if (receiver instanceof R.GMap) return receiver.get(name) ?? null;
        if (operator === "?." && receiver === null) return null;
        try {
          return R.getProperty(c, receiver, name);
        } catch (err) {
          return this.sites.rethrow(err, at);
        }
      };
    }
    const nameCode = typeof name === "string" ? null : this.compileExpression(name);
    return (c, f) => {
      const receiver = object(c, f);
      const key = nameCode === null ? (name as string) : R.toGroovyString(nameCode(c, f));
      try {
        if (operator === "?.") return receiver === null ? null : R.getProperty(c, receiver, key);
        if (operator === "*.") {
          if (receiver === null) return null;
          const out: Value[] = [];
          for (const item of R.iterate(c, receiver)) out.push(item === null ? null : R.getProperty(c, item, key));
          return out;
        }
        return R.getProperty(c, receiver, key);
      } catch (err) {
        return this.sites.rethrow(err, at);
      }
    };
  }

  private methodPointer(node: A.MethodPointerExpression): ExpressionCode {
    const name = node.name;
    if (node.object.kind === "ThisExpression") {
      // A negative parameter count makes the closure accept any arguments, like a Groovy method closure.
      return () => new R.GClosure(-1, false, (ctx, args) => this.callScriptMethod(ctx, name, args, node.start), name);
    }
    const cls = this.qualifiedClass(node.object);
    if (cls !== null) return () => new R.GClosure(-1, false, (ctx, args) => R.callStatic(ctx, cls, name, args), name);
    const object = this.compileExpression(node.object);
    return (c, f) => {
      const receiver = object(c, f);
      return new R.GClosure(-1, false, (ctx, args) => R.callMethod(ctx, receiver, name, args), name);
    };
  }

  /** Compiles call arguments: named arguments become one map passed first, as Groovy does. */
  protected args(args: A.Arguments): (ctx: ExecutionContext, frame: Frame) => Value[] {
    if (args.named.length === 0) {
      const plain = this.plainValues(args.positional);
      if (plain !== null) return plain;
    }
    const positional = args.positional.map((e) => this.element(e));
    const named = args.named.map((e) => this.mapEntry(e));
    return (c, f) => {
      const out: Value[] = [];
      if (named.length > 0) {
        const map = R.newMap();
        for (const entry of named) entry(c, f, map);
        out.push(map);
      }
      for (const element of positional) element(c, f, out);
      return out;
    };
  }

  private methodCall(node: A.MethodCallExpression): ExpressionCode {
    const args = this.args(node.args);
    const at = node.nameStart;
    if (node.object === null) return this.unqualifiedCall(node.name as string, args, at);
    if (node.object.kind === "ThisExpression" && typeof node.name === "string") {
      const name = node.name;
      return (c, f) => this.callScriptMethod(c, name, args(c, f), at);
    }
    const cls = this.qualifiedClass(node.object);
    const nameCode = typeof node.name === "string" ? null : this.compileExpression(node.name);
    const fixedName = typeof node.name === "string" ? node.name : "";
    if (cls !== null && nameCode === null) {
      return (c, f) => {
        const values = args(c, f);
        try {
          return R.callStatic(c, cls, fixedName, values);
        } catch (err) {
          return this.sites.rethrow(err, at);
        }
      };
    }
    const object = this.compileExpression(node.object);
    const operator = node.operator;
    const last = node.args.positional[node.args.positional.length - 1];
    const setsDelegate = (fixedName === "with" || fixedName === "tap") && last?.kind === "ClosureExpression";
    // The method last found at this call site and the receiver type it was found for.
    let siteTag: R.TypeTag | null = null;
    let siteMethod: R.MethodImpl | undefined;
    return (c, f) => {
      const receiver = object(c, f);
      if (setsDelegate && receiver !== null) {
        const values = args(c, f);
        c.delegates.push(receiver);
        try {
          return R.callMethod(c, receiver, fixedName, values);
        } catch (err) {
          return this.sites.rethrow(err, at);
        } finally {
          c.delegates.pop();
        }
      }
      const name = nameCode === null ? fixedName : R.toGroovyString(nameCode(c, f));
      // Arguments are evaluated even when `?.` then skips the call, as in Groovy.
      const values = args(c, f);
      if (operator === "?." && receiver === null) return null;
      if (nameCode === null && operator !== "*." && hasMethodTable(receiver)) {
        // Plain values take their methods only from the registry's tables, which are filled when
        // the runtime loads, so a call site looks a method up again only when the receiver type changes.
        const tag = R.typeTagOf(receiver);
        if (tag !== siteTag) {
          siteMethod = R.findMethod(tag, fixedName);
          siteTag = tag;
        }
        if (siteMethod !== undefined) {
          try {
            return siteMethod(c, receiver, values);
          } catch (err) {
            return this.sites.rethrow(err, at);
          }
        }
      }
      try {
        if (operator === "*.") {
          if (receiver === null) return null;
          const out: Value[] = [];
          for (const item of R.iterate(c, receiver)) out.push(item === null ? null : R.callMethod(c, item, name, values));
          return out;
        }
        return R.callMethod(c, receiver, name, values);
      } catch (err) {
        return this.sites.rethrow(err, at);
      }
    };
  }

  /** `name(args)`: a local closure, a script method, a binding closure or a built-in, in Groovy's order. */
  private unqualifiedCall(name: string, args: (c: ExecutionContext, f: Frame) => Value[], at: number): ExpressionCode {
    const slot = this.scope.resolve(name);
    if (slot !== null) {
      const { depth, index } = slot;
      return (c, f) => {
        const target = frameAt(f, depth).vars[index]!;
        return this.invokeValue(c, target, args(c, f), at, name);
      };
    }
    return (c, f) => {
      const values = args(c, f);
      if (c.delegates.length > 0) {
        const result = callDelegateMethod(c, name, values);
        if (result !== MISSING) return result;
      }
      if (this.methods.has(name)) return this.callScriptMethod(c, name, values, at);
      const bindings = this.sites.bindings(c);
      if (bindings.has(name)) return this.invokeValue(c, bindings.get(name) ?? null, values, at, name);
      if (BUILTINS.has(name)) return this.builtin(c, name, values);
      return this.sites.rethrow(new R.RuleException("MissingMethodException", `No signature of method: Script.${name}() is applicable for argument types: (${values.map(typeName).join(", ")})`), at);
    };
  }

  private builtin(ctx: ExecutionContext, name: string, args: Value[]): Value {
    if (name === "println" || name === "print") {
      ctx.log("info", args.length === 0 ? "" : R.toGroovyStringIn(ctx, args[0]!));
      return null;
    }
    // `sleep(ms)` does not wait: rules run under a time budget and waiting helps no sync.
    return null;
  }

  /** Calls a closure value, or `value.call(args)` for anything else. */
  protected invokeValue(ctx: ExecutionContext, target: Value, args: Value[], at: number, name: string): Value {
    try {
      if (target instanceof R.GClosure) return this.sites.callFrame(ctx, name, at, () => R.callClosure(ctx, target, args));
      return R.callMethod(ctx, target, "call", args);
    } catch (err) {
      return this.sites.rethrow(err, at);
    }
  }

  protected callScriptMethod(ctx: ExecutionContext, name: string, args: Value[], at: number): Value {
    const overloads = this.methods.get(name);
    const method = overloads?.find((m) => args.length >= m.minArgs && args.length <= m.maxArgs);
    if (method === undefined) {
      const message = overloads === undefined
        ? `No signature of method: Script.${name}() is applicable for argument types: (${args.map(typeName).join(", ")})`
        : `No signature of method: Script.${name}() takes ${describeArity(overloads)} arguments, but ${args.length} were given`;
      return this.sites.rethrow(new R.RuleException("MissingMethodException", message), at);
    }
    return this.sites.callFrame(ctx, name, at, () => {
      ctx.enterCall();
      try {
        return method.invoke(ctx, args);
      } finally {
        ctx.leaveCall();
      }
    });
  }

  private callValue(node: A.CallExpression): ExpressionCode {
    const callee = this.compileExpression(node.callee);
    const args = this.args(node.args);
    const at = node.start;
    return (c, f) => this.invokeValue(c, callee(c, f), args(c, f), at, "call");
  }

  private index(node: A.IndexExpression): ExpressionCode {
    const object = this.compileExpression(node.object);
    const index = this.compileExpression(node.index);
    const safe = node.safe;
    const at = node.index.start;
    return (c, f) => {
      const receiver = object(c, f);
      if (safe && receiver === null) return null;
      const key = index(c, f);
      try {
        return R.getAt(c, receiver, key);
      } catch (err) {
        return this.sites.rethrow(err, at);
      }
    };
  }

  private binary(node: A.BinaryExpression): ExpressionCode {
    const left = this.compileExpression(node.left);
    const right = this.compileExpression(node.right);
    const op = node.operator as R.BinaryOperator;
    const at = node.operatorStart;
    if (op === "==") return (c, f) => R.equals(left(c, f), right(c, f));
    if (op === "!=") return (c, f) => !R.equals(left(c, f), right(c, f));
    const slow = (c: ExecutionContext, a: Value, b: Value): Value => {
      try {
        return R.binary(c, op, a, b);
      } catch (err) {
        return this.sites.rethrow(err, at);
      }
    };
    const fast = intFastPath(op);
    if (fast !== null) {
      // `x % 0` takes the general path, which raises ArithmeticException.
      const modulo = op === "%";
      return (c, f) => {
        const a = left(c, f);
        const b = right(c, f);
        return typeof a === "number" && typeof b === "number" && (b !== 0 || !modulo) ? fast(a, b) : slow(c, a, b);
      };
    }
    if (op === "+") {
      return (c, f) => {
        const a = left(c, f);
        const b = right(c, f);
        if (typeof a === "string" && typeof b === "string") {
          c.checkString(a.length + b.length);
          return a + b;
        }
        return slow(c, a, b);
      };
    }
    return (c, f) => slow(c, left(c, f), right(c, f));
  }

  private logical(node: A.LogicalExpression): ExpressionCode {
    const left = this.compileExpression(node.left);
    const right = this.compileExpression(node.right);
    if (node.operator === "&&") return (c, f) => R.truthy(left(c, f)) && R.truthy(right(c, f));
    return (c, f) => R.truthy(left(c, f)) || R.truthy(right(c, f));
  }

  private unary(node: A.UnaryExpression): ExpressionCode {
    const argument = this.compileExpression(node.argument);
    const op = node.operator;
    const at = node.start;
    if (op === "!") return (c, f) => !R.truthy(argument(c, f));
    return (c, f) => {
      const value = argument(c, f);
      try {
        return R.unary(c, op, value);
      } catch (err) {
        return this.sites.rethrow(err, at);
      }
    };
  }

  private update(node: A.UpdateExpression): ExpressionCode {
    const delta = node.operator === "++" ? 1 : -1;
    const prefix = node.prefix;
    const at = node.start;
    const access = this.lvalue(node.argument);
    if (access === null) return () => null;
    return (c, f) => {
      const target = access.prepare(c, f);
      const before = access.read(c, f, target);
      let after: Value;
      if (typeof before === "number") {
        after = (before + delta) | 0;
      } else {
        try {
          after = R.increment(c, before, delta);
        } catch (err) {
          return this.sites.rethrow(err, at);
        }
      }
      access.write(c, f, target, after);
      return prefix ? after : before;
    };
  }

  private assignment(node: A.AssignmentExpression): ExpressionCode {
    const value = this.compileExpression(node.value);
    if (node.target.kind === "ListExpression") return this.multipleAssignment(node.target, value);
    const operator = node.operator;
    const at = node.start;
    if (operator === "=") {
      const direct = this.directAssignment(node.target, value);
      if (direct !== null) return direct;
    }
    const access = this.lvalue(node.target);
    if (access === null) return value;
    if (operator === "=") {
      return (c, f) => {
        const target = access.prepare(c, f);
        const v = value(c, f);
        access.write(c, f, target, v);
        return v;
      };
    }
    if (operator === "?=") {
      return (c, f) => {
        const target = access.prepare(c, f);
        const current = access.read(c, f, target);
        if (R.truthy(current)) return current;
        const v = value(c, f);
        access.write(c, f, target, v);
        return v;
      };
    }
    const op = operator.slice(0, -1) as R.BinaryOperator;
    const fast = intFastPath(op);
    return (c, f) => {
      const target = access.prepare(c, f);
      const current = access.read(c, f, target);
      const operand = value(c, f);
      let result: Value;
      if (fast !== null && typeof current === "number" && typeof operand === "number" && (operand !== 0 || op !== "%")) {
        result = fast(current, operand);
      } else {
        try {
          result = R.binary(c, op, current, operand);
        } catch (err) {
          return this.sites.rethrow(err, at);
        }
      }
      access.write(c, f, target, result);
      return result;
    };
  }

  /**
   * Plain `x = v` to a local and `a.b = v` with a fixed name, the most common
   * statements in rules, without the general l-value's per-call tuple.
   */
  private directAssignment(target: A.Expression, value: ExpressionCode): ExpressionCode | null {
    if (target.kind === "Identifier") {
      const slot = this.scope.resolve(target.name);
      if (slot === null) return null;
      const { depth, index } = slot;
      if (depth === 0) {
        return (c, f) => {
          const v = value(c, f);
          f.vars[index] = v;
          return v;
        };
      }
      return (c, f) => {
        const v = value(c, f);
        frameAt(f, depth).vars[index] = v;
        return v;
      };
    }
    if (target.kind === "IndexExpression") {
      const object = this.compileExpression(target.object);
      const index = this.compileExpression(target.index);
      const at = target.index.start;
      return (c, f) => {
        const receiver = object(c, f);
        const key = index(c, f);
        const v = value(c, f);
        try {
          R.putAt(c, receiver, key, v);
        } catch (err) {
          return this.sites.rethrow(err, at);
        }
        return v;
      };
    }
    if (target.kind === "PropertyExpression" && typeof target.property === "string" && target.operator !== "*.") {
      const object = this.compileExpression(target.object);
      const name = target.property;
      const safe = target.operator === "?.";
      const at = target.propertyStart;
      return (c, f) => {
        const receiver = object(c, f);
        const v = value(c, f);
        if (safe && receiver === null) return v;
        try {
          R.setProperty(c, receiver, name, v);
        } catch (err) {
          return this.sites.rethrow(err, at);
        }
        return v;
      };
    }
    return null;
  }

  private multipleAssignment(target: A.ListExpression, value: ExpressionCode): ExpressionCode {
    const accesses = target.elements.map((e) => this.lvalue(e));
    return (c, f) => {
      const v = value(c, f);
      accesses.forEach((access, i) => {
        if (access === null) return;
        const t = access.prepare(c, f);
        access.write(c, f, t, R.getAt(c, v, i));
      });
      return v;
    };
  }

  /**
   * Access to an assignable expression. `prepare` evaluates the receiver and
   * index once, so `a[i()] += 1` calls `i()` a single time.
   */
  protected lvalue(node: A.Expression): LValue | null {
    if (node.kind === "Identifier") return this.variableAccess(node);
    if (node.kind === "PropertyExpression") {
      const object = this.compileExpression(node.object);
      const property = node.property;
      const nameCode = typeof property === "string" ? null : this.compileExpression(property);
      const at = node.propertyStart;
      const safe = node.operator === "?.";
      return {
        prepare: (c, f) => [object(c, f), nameCode === null ? (property as string) : R.toGroovyString(nameCode(c, f))],
        read: (c, _f, [receiver, name]) => {
          if (safe && receiver === null) return null;
          try {
            return R.getProperty(c, receiver, name as string);
          } catch (err) {
            return this.sites.rethrow(err, at);
          }
        },
        write: (c, _f, [receiver, name], value) => {
          if (safe && receiver === null) return;
          try {
            R.setProperty(c, receiver, name as string, value);
          } catch (err) {
            this.sites.rethrow(err, at);
          }
        },
      };
    }
    if (node.kind === "IndexExpression") {
      const object = this.compileExpression(node.object);
      const index = this.compileExpression(node.index);
      const at = node.index.start;
      return {
        prepare: (c, f) => [object(c, f), index(c, f)],
        read: (c, _f, [receiver, key]) => {
          try {
            return R.getAt(c, receiver, key);
          } catch (err) {
            return this.sites.rethrow(err, at);
          }
        },
        write: (c, _f, [receiver, key], value) => {
          try {
            R.putAt(c, receiver, key, value);
          } catch (err) {
            this.sites.rethrow(err, at);
          }
        },
      };
    }
    if (node.kind === "ParenthesizedExpression") return this.lvalue(node.expression);
    this.report(node, "invalid-assignment-target", "cannot assign to this expression; assign to a variable, property or subscript");
    return null;
  }

  private variableAccess(node: A.Identifier): LValue {
    const name = node.name;
    const slot = this.scope.resolve(name);
    if (slot !== null) {
      const { depth, index } = slot;
      return {
        prepare: () => NO_TARGET,
        read: (_c, f) => frameAt(f, depth).vars[index]!,
        write: (_c, f, _t, value) => {
          frameAt(f, depth).vars[index] = value;
        },
      };
    }
    // An undeclared name is a binding variable, created on first assignment as in Groovy scripts.
    const at = node.start;
    return {
      prepare: () => NO_TARGET,
      read: (c) => this.readBinding(c, name, at),
      write: (c, _f, _t, value) => {
        if (c.delegates.length > 0 && writeDelegateProperty(c, name, value)) return;
        this.sites.bindings(c).set(name, value);
      },
    };
  }

  private newExpression(node: A.NewExpression): ExpressionCode {
    const args = this.args(node.args);
    const name = this.className(node.type.name);
    const cls = this.findClass(name);
    const at = node.type.start;
    if (cls === null) {
      this.report(node.type, "unknown-class", `class '${node.type.name}' is not available in sync rules`);
      return () => this.sites.rethrow(new R.RuleException("MissingClassException", `unable to resolve class ${node.type.name}`), at);
    }
    return (c, f) => {
      const values = args(c, f);
      try {
        return R.newInstance(c, cls, values);
      } catch (err) {
        return this.sites.rethrow(err, at);
      }
    };
  }
}

const NO_TARGET: [Value, Value] = [null, null];

/**
 * Tells whether `callMethod` would find the value's methods in the registry's
 * tables first: true for everything but null, runtime objects, closures and
 * class literals, which have methods of their own.
 */
function hasMethodTable(value: Value): boolean {
  if (typeof value !== "object" || Array.isArray(value)) return true;
  return value !== null && !(value instanceof R.RuntimeObject) && !(value instanceof R.GClosure) && !(value instanceof R.GClass);
}

/** Returns the keys of map entries whose keys are all string literals (`[a: 1, "b": 2]`), or null. */
function constantStringKeys(entries: A.MapEntry[]): string[] | null {
  const keys: string[] = [];
  for (const entry of entries) {
    if (entry.key === null || entry.key.kind !== "StringLiteral") return null;
    keys.push(entry.key.value);
  }
  return keys;
}

/** Sub-expression values of one evaluation of an assert condition, as [source offset, value]. */
export interface AssertRecorder {
  values: [number, Value][];
  /** Offsets of identifiers that are local variables; only those appear in "Values:" of a failed assert with a message. */
  locals: Set<number>;
}

/** Returns where Groovy's power assertion shows a sub-expression's value, or null for values it does not show. */
function assertAnchor(node: A.Expression): number | null {
  switch (node.kind) {
    case "Identifier": return node.start;
    case "PropertyExpression": return node.propertyStart;
    case "MethodCallExpression": return node.nameStart;
    case "BinaryExpression": return node.operatorStart;
    case "LogicalExpression": return node.operatorStart;
    case "IndexExpression": return node.index.start - 1;
    case "UnaryExpression": return node.operator === "!" ? node.start : null;
    default: return null;
  }
}

/** Marks a delegate lookup that found nothing, so the name resolves in the script instead. */
const MISSING: unique symbol = Symbol("missing");

function isMissing(err: unknown, javaClass: string): boolean {
  return err instanceof R.RuleException && err.javaClass === javaClass;
}

/** Reads `name` from the innermost `with`/`tap` delegate. */
function readDelegateProperty(ctx: ExecutionContext, name: string): Value | typeof MISSING {
  const delegate = ctx.delegates[ctx.delegates.length - 1]!;
  if (delegate === null) return MISSING;
  try {
    return R.getProperty(ctx, delegate, name);
  } catch (err) {
    if (isMissing(err, "MissingPropertyException")) return MISSING;
    throw err;
  }
}

/** Writes `name` on the innermost delegate; false when it has no such property. */
function writeDelegateProperty(ctx: ExecutionContext, name: string, value: Value): boolean {
  const delegate = ctx.delegates[ctx.delegates.length - 1]!;
  if (delegate === null) return false;
  try {
    R.setProperty(ctx, delegate, name, value);
    return true;
  } catch (err) {
    if (isMissing(err, "MissingPropertyException") || isMissing(err, "ReadOnlyPropertyException")) return false;
    throw err;
  }
}

/** Calls `name` on the innermost delegate. */
function callDelegateMethod(ctx: ExecutionContext, name: string, args: Value[]): Value | typeof MISSING {
  const delegate = ctx.delegates[ctx.delegates.length - 1]!;
  if (delegate === null) return MISSING;
  try {
    return R.callMethod(ctx, delegate, name, args);
  } catch (err) {
    if (isMissing(err, "MissingMethodException")) return MISSING;
    throw err;
  }
}

/**
 * Integer arithmetic done inline when both operands are Integers (JS numbers
 * hold only int32 values), with Java's wrap-around on overflow. The general
 * path in the runtime gives the same results; this one avoids its dispatch.
 */
function intFastPath(op: R.BinaryOperator): ((a: number, b: number) => Value) | null {
  switch (op) {
    case "+": return (a, b) => (a + b) | 0;
    case "-": return (a, b) => (a - b) | 0;
    case "*": return (a, b) => Math.imul(a, b);
    case "%": return (a, b) => (a % b) | 0;
    case "<": return (a, b) => a < b;
    case "<=": return (a, b) => a <= b;
    case ">": return (a, b) => a > b;
    case ">=": return (a, b) => a >= b;
    default: return null;
  }
}

export interface LValue {
  prepare(ctx: ExecutionContext, frame: Frame): [Value, Value];
  read(ctx: ExecutionContext, frame: Frame, target: [Value, Value]): Value;
  write(ctx: ExecutionContext, frame: Frame, target: [Value, Value], value: Value): void;
}

/** Tells whether two names differ by at most two edits (a typo such as `isscue` for `issue`). */
function closeName(a: string, b: string): boolean {
  return Math.abs(a.length - b.length) <= 2 && editDistance(a, b) <= 2;
}

function typeName(value: Value): string {
  if (value === null) return "null";
  if (typeof value === "string") return "java.lang.String";
  if (typeof value === "number") return "java.lang.Integer";
  if (typeof value === "boolean") return "java.lang.Boolean";
  if (Array.isArray(value)) return "java.util.ArrayList";
  if (value instanceof R.GMap) return "java.util.LinkedHashMap";
  if (value instanceof R.RuntimeObject) return value.className;
  return value.constructor.name.replace(/^G/, "");
}

function describeArity(overloads: CompiledMethod[]): string {
  const describe = (m: CompiledMethod): string => {
    if (m.minArgs === m.maxArgs) return String(m.minArgs);
    if (m.maxArgs === Number.POSITIVE_INFINITY) return `${m.minArgs} or more`;
    return `${m.minArgs} to ${m.maxArgs}`;
  };
  return overloads.map(describe).join(" or ");
}
