import { describe, expect, it } from "vitest";
import { codes, findings, FIRST_SYNC } from "./support.ts";

describe("unreachable code", () => {
  it("follows both branches of an if", () => {
    expect(findings("if (issue.key) { return } else { throw new Exception('x') }\nreplica.x = 1\nreplica.y = 2", "outgoing")).toEqual(["unreachable-code 2:1"]);
  });

  it("accepts code after a loop with break", () => {
    expect(codes("for (c in issue.comments) { if (c.internal) break; replica.x = c.body }\nreplica.y = 1", "outgoing")).toEqual([]);
  });

  it("reports code after continue", () => {
    expect(codes("for (c in issue.comments) { continue\n replica.x = 1 }", "outgoing")).toEqual(["unreachable-code"]);
  });

  it("accepts a switch whose cases return", () => {
    const text = "def f(s) {\n switch (s) {\n  case 'a': return 1\n  default: return 2\n }\n}\nreplica.x = f('a')";
    expect(codes(text, "outgoing")).toEqual([]);
  });

  it("accepts finally after a return in try", () => {
    expect(codes("def f() { try { return 1 } finally { log.info('done') } }\nreplica.x = f()", "outgoing")).toEqual([]);
  });
});

describe("first sync", () => {
  it("accepts project and type set in the first-sync block", () => {
    expect(codes(FIRST_SYNC + "issue.summary = replica.summary ?: 'x'")).toEqual([]);
  });

  it("accepts project and type set on every path", () => {
    expect(codes("issue.projectKey = 'SUP'\nissue.typeName = 'Bug'")).toEqual([]);
  });

  it("accepts an early return when it is not a first sync", () => {
    expect(codes("if (!firstSync) return\nissue.projectKey = 'SUP'\nissue.typeName = 'Bug'")).toEqual([]);
  });

  it("accepts linking an existing record", () => {
    expect(codes("if (firstSync) { issue.key = nodeHelper.getLocalIssueFromRemoteId(replica.id)?.key }")).toEqual([]);
  });

  it("accepts a script method that sets the project and type", () => {
    expect(codes("def create() { issue.setProjectKey('SUP'); issue.typeName = 'Bug' }\nif (firstSync) { create() }")).toEqual([]);
  });

  it("asks GitHub only for the repository", () => {
    expect(codes("if (firstSync) { issue.projectKey = 'org/repo' }", "incoming", { connector: "github" })).toEqual([]);
    expect(codes("if (firstSync) { issue.projectKey = 'org/repo' }", "incoming", { connector: "jira" })).toEqual(["first-sync-missing-project"]);
  });

  it("asks Zendesk for nothing", () => {
    expect(codes("issue.summary = replica.summary ?: 'x'", "incoming", { connector: "zendesk" })).toEqual([]);
  });

  it("stays quiet on a rule with syntax errors", () => {
    expect(codes("issue.summary = (replica.summary")).toEqual([]);
  });
});

describe("sync back", () => {
  it("accepts syncBackAfterProcessing inside if (firstSync)", () => {
    expect(codes(FIRST_SYNC + "if (firstSync) { syncHelper.syncBackAfterProcessing() }")).toEqual([]);
  });

  it("reports it after the first-sync block", () => {
    expect(codes(FIRST_SYNC + "syncHelper.syncBackAfterProcessing()")).toEqual(["sync-back-outside-first-sync"]);
  });
});

describe("unused declarations", () => {
  it("accepts names starting with an underscore and parameters", () => {
    expect(codes("def _unused = 1\ndef f(a, b) { a }\nreplica.x = f(1, 2)", "outgoing")).toEqual([]);
  });

  it("counts a read inside a closure", () => {
    expect(codes("def prefix = 'x'\nreplica.x = issue.labels.collect { prefix + it.label }", "outgoing")).toEqual([]);
  });
});
