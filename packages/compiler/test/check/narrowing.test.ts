import { describe, expect, it } from "vitest";
import { codes, FIRST_SYNC } from "./support.ts";

/** Null-dereference findings of an incoming rule body. */
const nulls = (body: string) => codes(FIRST_SYNC + body).filter((c) => c === "null-dereference").length;

describe("null checks narrow", () => {
  it.each([
    ["if", "if (replica.assignee) { issue.x = replica.assignee.email }"],
    ["!= null", "if (replica.assignee != null) { issue.x = replica.assignee.email }"],
    ["null ==", "if (null == replica.assignee) { return }\nissue.x = replica.assignee.email"],
    ["early return", "if (!replica.assignee) return\nissue.x = replica.assignee.email"],
    ["early throw", "if (replica.assignee == null) throw new Exception('none')\nissue.x = replica.assignee.email"],
    ["&&", "issue.x = replica.assignee && replica.assignee.email"],
    ["|| on the null case", "if (replica.assignee == null || replica.assignee.email == 'x') { issue.y = 1 }"],
    ["ternary", "issue.x = replica.assignee ? replica.assignee.email : null"],
    ["safe navigation", "issue.x = replica.assignee?.email"],
    ["instanceof", "if (replica.assignee instanceof Map) { issue.x = replica.assignee.email }"],
    ["equals a constant", "if (replica.status?.name == 'Done' && replica.status.name) { issue.x = 1 }"],
    ["truthy chain", "if (replica.assignee?.email) { issue.x = replica.assignee.email.toLowerCase() }"],
    ["assert", "assert replica.assignee\nissue.x = replica.assignee.email"],
    ["a dereference", "issue.x = replica.assignee.email\nissue.y = replica.assignee.displayName"],
    ["a local", "def u = nodeHelper.getUserByEmail('a@b.c')\nif (u) { issue.assignee = u; issue.x = u.key }"],
    ["not first sync", "if (!firstSync) { issue.x = previous.summary }"],
    ["inside a closure", "if (replica.assignee) { [1].each { issue.x = replica.assignee.email } }"],
    ["elvis fallback", "def u = nodeHelper.getUserByEmail('a') ?: nodeHelper.getUserByUsername('b') ?: issue.assignee\nissue.x = u?.key"],
  ])("%s", (_name, body) => {
    expect(nulls(body)).toBe(body.startsWith("issue.x = replica.assignee.email") ? 1 : 0);
  });

  it.each([
    ["no check", "issue.x = replica.assignee.email"],
    ["check without return", "if (!replica.assignee) { log.info('none') }\nissue.x = replica.assignee.email"],
    ["wrong branch", "if (replica.assignee) { issue.y = 1 } else { issue.x = replica.assignee.email }"],
    ["reassigned", "if (replica.assignee) { replica.assignee = nodeHelper.getUserByEmail('a'); issue.x = replica.assignee.key }"],
    ["|| right side", "if (replica.assignee || replica.assignee.email) { issue.y = 1 }"],
    ["previous on first sync", "issue.x = previous.summary"],
    ["lookup", "issue.x = nodeHelper.getUser('a').key"],
    ["find", "issue.x = replica.comments.find { it.internal }.body"],
  ])("still warns: %s", (_name, body) => {
    expect(nulls(body)).toBe(1);
  });

  it("reports a chain of nullable values once", () => {
    expect(nulls("issue.x = replica.assignee.email.trim()")).toBe(1);
  });

  it("forgets a check that a loop iteration undoes", () => {
    const body = "def u = nodeHelper.getUserByEmail('a')\nif (!u) return\nfor (c in replica.comments) {\n  issue.x = u.key\n  u = nodeHelper.getUserByEmail(c.body)\n}";
    expect(nulls(body)).toBe(1);
  });

  it("keeps facts through try and catch", () => {
    expect(nulls("if (!replica.assignee) return\ntry { issue.x = 1 } catch (e) { log.warn('x') }\nissue.y = replica.assignee.email")).toBe(0);
  });
});
