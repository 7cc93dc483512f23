import { describe, expect, it } from "vitest";
import { runOutgoing } from "./run-helper.ts";

/**
 * Rule code must never reach a host object, a JS function, a prototype or the
 * process. Each script below tries one way out; the run must end with a rule
 * exception (or plain data), never with host access or an internal error.
 */
const escapes: [string, string][] = [
  ["constructor of a string", `replica.x = "a".constructor`],
  ["constructor call chain", `replica.x = "a".constructor.constructor("return process")()`],
  ["__proto__ of a list", `replica.x = [].__proto__`],
  ["prototype property", `replica.x = [:].prototype`],
  ["constructor method", `replica.x = [].constructor()`],
  ["getClass then forName", `replica.x = "a".getClass().forName("java.lang.Runtime")`],
  ["Class.forName", `replica.x = Class.forName("java.lang.Runtime")`],
  ["System.exit", `System.exit(1)`],
  ["Runtime", `Runtime.getRuntime().exec("ls")`],
  ["Eval", `Eval.me("1 + 1")`],
  ["GroovyShell", `new GroovyShell().evaluate("1")`],
  ["File", `new File("/etc/passwd").text`],
  ["process binding", `replica.x = process.env`],
  ["globalThis", `replica.x = globalThis`],
  ["eval", `replica.x = eval("1")`],
  ["Function", `replica.x = Function("return 1")`],
  ["execute on string", `"ls".execute()`],
  ["metaClass", `String.metaClass.foo = { -> 1 }`],
  ["issue prototype", `replica.x = issue.__proto__.constructor`],
  ["map toString override", `def m = [toString: { -> "hacked" }]; replica.x = "$m"`],
  ["closure internals", `def c = { 1 }; replica.x = c.body`],
  ["helper internals", `replica.x = commentHelper.constructor`],
];

describe("rule sandbox", () => {
  it.each(escapes)("blocks %s", (_name, source) => {
    const outcome = runOutgoing(source);
    expect(outcome.error?.kind ?? "none").not.toBe("internal");
    const text = JSON.stringify({ issue: outcome.output?.issue, replica: outcome.output?.replica });
    expect(text).not.toMatch(/\[native code\]|function |process|hacked/);
    if (outcome.error !== null) expect(outcome.error.kind).toBe("exception");
  });

  it("keeps __proto__ keys in state data as plain data", () => {
    const outcome = runOutgoing(`replica.v = issue.customKeys["__proto__"]; replica.w = issue.customKeys.constructor`, {
      customKeys: JSON.parse('{"__proto__": "plain", "constructor": "also plain"}'),
    });
    expect(outcome.error).toBeNull();
    expect(outcome.output?.replica).toEqual({ v: "plain", w: "also plain" });
  });
});
