import { describe, expect, it } from "vitest";
import { codes, findings, FIRST_SYNC, instanceConfig } from "./support.ts";

describe("member checks", () => {
  it("accepts dynamic properties of the model", () => {
    expect(codes(FIRST_SYNC + 'issue."Story Points" = replica."Story Points"\nissue.teamName = replica.customKeys?.team\nworkItem."Custom.Team" = replica.teamName')).toEqual([]);
  });

  it("suggests a declared field for a misspelt read", () => {
    expect(findings("replica.x = issue.descripton", "outgoing")).toEqual(["unknown-field 1:19"]);
  });

  it("leaves a custom property alone once the rule writes it", () => {
    expect(codes("replica.types = ['a']\nreplica.count = replica.types.size()", "outgoing")).toEqual([]);
  });

  it("reports a quoted custom field only against the instance schema", () => {
    const text = FIRST_SYNC + 'issue.customFields."Custmer".value = "x"';
    expect(codes(text)).toEqual([]);
    expect(codes(text, "incoming", instanceConfig({ customFields: [{ name: "Customer" }] }))).toEqual(["unknown-custom-field"]);
  });

  it("types a configured custom field value", () => {
    const config = instanceConfig({ customFields: [{ name: "Owner", type: "user" }] });
    expect(codes('replica.x = issue.customFields."Owner".value.emial', "outgoing", config)).toEqual(["unknown-field"]);
  });

  it("checks helper arity and argument types", () => {
    expect(codes(FIRST_SYNC + "issue.comments = commentHelper.mergeComments(issue, replica, { it }, 4)")).toEqual(["wrong-argument-count"]);
    expect(codes(FIRST_SYNC + "def u = nodeHelper.getUserByEmail(replica.assignee)")).toContain("type-mismatch");
  });

  it("accepts named arguments to a helper", () => {
    expect(codes(FIRST_SYNC + "issue.comments = commentHelper.mergeComments(issue: issue, replica: replica)")).toEqual([]);
  });

  it("accepts entity getters and setters", () => {
    expect(codes(FIRST_SYNC + "issue.setSummary(replica.getSummary() ?: 'x')\nissue.setStatus('Done')")).toEqual([]);
  });

  it("reports metaClass and execute as unsupported", () => {
    expect(codes("replica.x = 'ls'.execute()\nreplica.y = issue.metaClass", "outgoing")).toEqual(["unsupported-api", "unsupported-api"]);
  });

  it("reports deprecated Date accessors", () => {
    expect(codes("replica.x = issue.created.year + issue.created.getMonth()", "outgoing")).toEqual(["deprecated-api", "deprecated-api"]);
  });
});

describe("write checks", () => {
  it("reports writes to the local record in outgoing rules", () => {
    expect(codes("workItem.summary = 'x'\nentity.setStatus('Done')", "outgoing")).toEqual(["write-has-no-effect", "write-has-no-effect"]);
  });

  it("accepts in-memory edits of the incoming replica", () => {
    expect(codes(FIRST_SYNC + "replica.summary = replica.summary?.trim()\nissue.summary = replica.summary ?: 'x'")).toEqual([]);
  });

  it("accepts map values for model objects", () => {
    expect(codes(FIRST_SYNC + "issue.fixVersions = replica.fixVersions.collect { [name: it.name] }\nissue.priority = [name: 'High']")).toEqual([]);
  });

  it("reports duplicate map keys, including numbers", () => {
    expect(codes("replica.x = [1: 'a', 2: 'b', 1: 'c']", "outgoing")).toEqual(["duplicate-map-key"]);
    expect(codes("replica.x = [1: 'a', 1L: 'b']", "outgoing")).toEqual([]);
  });

  it("takes an assignment in double parentheses as meant", () => {
    expect(codes("def m = null\nif ((m = issue.key)) { replica.x = m }", "outgoing")).toEqual([]);
  });

  it("hints at unguarded wiping copies", () => {
    expect(codes(FIRST_SYNC + "issue.description = replica.description")).toEqual(["copy-may-wipe"]);
    expect(codes(FIRST_SYNC + "if (replica.description) { issue.description = replica.description }")).toEqual([]);
    expect(codes(FIRST_SYNC + "issue.description = replica.description ?: issue.description")).toEqual([]);
  });
});

describe("instance names", () => {
  const config = instanceConfig({ statuses: ["To Do", "Done"], priorities: ["High"], projects: ["SUP"], issueTypes: ["Bug"] });

  it("checks every value a status map can give", () => {
    const text = FIRST_SYNC + 'def m = ["a": "Done", "b": "Doen"]\ndef target = m[replica.status?.name] ?: "To Do"\nissue.setStatus(target)';
    expect(findings(text, "incoming", config)).toEqual(["unknown-status 2:28"]);
  });

  it("checks statuses returned by a script method", () => {
    const text = FIRST_SYNC + 'def map(s) { if (s == "x") return "Closed"; return "Done" }\nissue.setStatus(map(replica.status?.name))';
    expect(codes(text, "incoming", config)).toEqual(["unknown-status"]);
  });

  it("leaves computed names alone", () => {
    expect(codes(FIRST_SYNC + "issue.setStatus(replica.status?.name ?: 'Done')\nissue.priority = nodeHelper.getPriority(replica.priority?.name) ?: issue.priority", "incoming", config)).toEqual([]);
  });
});

describe("suppression comments", () => {
  const text = "replica.x = issue.assignee.email";

  it("drops the named code on the next line", () => {
    expect(codes(`// twinsync-disable-next-line null-dereference\n${text}`, "outgoing")).toEqual([]);
  });

  it("drops every code on the same line", () => {
    expect(codes(`${text} // twinsync-disable-line`, "outgoing")).toEqual([]);
  });

  it("keeps other codes", () => {
    expect(codes(`// twinsync-disable-next-line unused-variable\n${text}`, "outgoing")).toEqual(["null-dereference"]);
  });

  it("reports an unknown code", () => {
    expect(findings(`// twinsync-disable-next-line null-deref\n${text}`, "outgoing")).toEqual(["unknown-suppression-code 1:31", "null-dereference 2:13"]);
  });

  it("applies severities from the config", async () => {
    const { analyzeRule } = await import("../../src/check/index.ts");
    const { parse } = await import("../../src/syntax/parse.ts");
    const result = analyzeRule(parse(text), { direction: "outgoing", source: text, config: { severity: { "null-dereference": "error" } } });
    expect(result.diagnostics.map((d) => d.severity)).toEqual(["error"]);
    expect(analyzeRule(parse(text), { direction: "outgoing", config: { severity: { "null-dereference": "off" } } }).diagnostics).toEqual([]);
  });
});

describe("source text", () => {
  it("ignores a byte order mark at the start", () => {
    expect(codes("\ufeffreplica.x = 1", "outgoing")).toEqual([]);
  });

  it("reports a zero-width joiner in a string", () => {
    expect(codes('replica.x = "a\u200db"', "outgoing")).toEqual(["invisible-character"]);
  });

  it("accepts names in one non-Latin script", () => {
    expect(codes("def статус = issue.status\nreplica.status = статус", "outgoing")).toEqual([]);
  });
});
