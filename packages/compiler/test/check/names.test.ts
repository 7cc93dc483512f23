import { describe, expect, it } from "vitest";
import { codes, findings, FIRST_SYNC } from "./support.ts";

describe("name resolution", () => {
  it.each([
    ["a binding variable assigned later", "def show() { counter }\ncounter = 1\nreplica.x = show()"],
    ["a script method declared after use", "replica.x = twice(2)\ndef twice(n) { n * 2 }"],
    ["a closure parameter and it", "replica.x = issue.labels.collect { l -> l.label } + issue.labels.collect { it.label }"],
    ["a class and an import alias", "import java.text.SimpleDateFormat as Fmt\nreplica.x = new Fmt('yyyy').format(new Date()) + Math.max(1, 2)"],
    ["a qualified class", "replica.x = new java.text.SimpleDateFormat('yyyy').format(new Date())"],
    ["a static import", "import static java.lang.Math.max\nreplica.x = max(1, 2)"],
    ["a local closure", "def up = { s -> s.toUpperCase() }\nreplica.x = up('a')"],
    ["this.method()", "def f() { 1 }\nreplica.x = this.f()"],
    ["a method pointer", "def f(x) { x }\nreplica.x = [1].collect(this.&f)"],
    ["a with delegate", "replica.x = new Date().with { time }"],
    ["closure delegate names", "replica.x = { -> delegate }"],
    ["a labelled URL", "https://example.com/docs\nreplica.x = 1"],
    ["an unavailable import, which the compiler reports", "import com.atlassian.jira.component.ComponentAccessor\nreplica.x = ComponentAccessor.getUserManager()"],
  ])("accepts %s", (_name, text) => {
    expect(codes(text, "outgoing")).toEqual([]);
  });

  it("suggests the closest name", () => {
    expect(findings("replica.x = isue.key", "outgoing")).toEqual(["unknown-variable 1:13"]);
  });

  it("reports incoming-only variables in an outgoing rule", () => {
    expect(codes("if (firstSync) { replica.x = previous?.key }\nstore(issue)", "outgoing")).toEqual(["variable-not-in-direction", "variable-not-in-direction", "variable-not-in-direction"]);
  });

  it("accepts every incoming variable in an incoming rule", () => {
    const text = FIRST_SYNC + "if (previous && issueBeforeScript) { store(issue) }\nlog.info(issueKey.key + connection.name + workItem.key + entity.key)";
    expect(codes(text)).toEqual([]);
  });

  it("reports a script-body local read by a method, not a binding variable", () => {
    expect(codes("def local = 1\nshared = 2\ndef f() { local + shared }\nreplica.x = f()", "outgoing")).toEqual(["unused-variable", "script-local-in-method"]);
  });

  it("checks script method arity with default parameters", () => {
    const text = "def f(a, b = 1) { a + b }\nreplica.x = f(1)\nreplica.y = f(1, 2)\nreplica.z = f()";
    expect(findings(text, "outgoing")).toEqual(["wrong-argument-count 4:13"]);
  });

  it("reports unknown script methods with a suggestion", () => {
    expect(findings("def mapStatus(s) { s }\nreplica.x = mapStatsu('a')", "outgoing")).toEqual(["unused-method 1:5", "unknown-method 2:13"]);
  });
});
