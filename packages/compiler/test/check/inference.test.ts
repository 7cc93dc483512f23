import { describe, expect, it } from "vitest";
import { analyzeRule } from "../../src/check/index.ts";
import { formatType } from "../../src/check/types.ts";
import { parse } from "../../src/syntax/parse.ts";
import type * as A from "../../src/syntax/ast.ts";

/** Returns the inferred type of the value assigned on the last line (`replica.x = <value>`). */
function typeOfLast(text: string, direction: "incoming" | "outgoing" = "outgoing"): string {
  const parsed = parse(text);
  const analysis = analyzeRule(parsed, { direction, source: text });
  const last = parsed.script.body[parsed.script.body.length - 1] as A.ExpressionStatement;
  return formatType(analysis.typeOf((last.expression as A.AssignmentExpression).value));
}

describe("type inference", () => {
  it.each([
    ["a field", "replica.x = issue.summary", "String"],
    ["a nested field", "replica.x = issue.assignee?.email", "String"],
    ["GPath over a list", "replica.x = issue.comments.body", "List<String>"],
    ["spread", "replica.x = issue.labels*.label", "List<String>"],
    ["collect with it", "replica.x = issue.comments.collect { it.author }", "List<User>"],
    ["findAll keeps the element", "replica.x = issue.comments.findAll { it.internal }", "List<Comment>"],
    ["find gives an element", "replica.x = issue.attachments.find { it.filesize > 10 }", "Attachment"],
    ["a map literal entry", "def m = [a: 'x', b: 1]\nreplica.x = m.b", "Integer"],
    ["a map lookup", "def m = ['Open': 'To Do']\nreplica.x = m['Open']", "String"],
    ["a list literal", "replica.x = ['a', 'b']", "List<String>"],
    ["a def local", "def s = issue.key\nreplica.x = s", "String"],
    ["a typed local", "String s = 5\nreplica.x = s", "String"],
    ["a helper result", "replica.x = nodeHelper.getUserByEmail('a')", "User"],
    ["mergeComments", "replica.x = commentHelper.mergeComments(issue, replica)", "List<Comment>"],
    ["a closure parameter of mergeComments", "replica.x = commentHelper.mergeComments(issue, replica) { it.body = 'x' ; it }", "List<Comment>"],
    ["a script method result", "def f() { return 'a' }\nreplica.x = f()", "String"],
    ["elvis", "replica.x = issue.description ?: 'none'", "String"],
    ["string methods", "replica.x = issue.key.toLowerCase().split('-')", "List<String>"],
    ["map each entry", "def m = [a: 1]\nreplica.x = m.collect { it.value }", "List<Integer>"],
    ["map two parameters", "def m = [a: 1]\nreplica.x = m.collect { k, v -> v }", "List<Integer>"],
    ["custom fields", "replica.x = issue.customFields.'Team'", "CustomField"],
    ["a date", "replica.x = issue.created", "Date"],
    ["date arithmetic", "replica.x = issue.created + 1", "Date"],
    ["integer division", "replica.x = 7 / 2", "BigDecimal"],
    ["a JSON string", "replica.x = groovy.json.JsonOutput.toJson([a: 1])", "String"],
  ])("%s", (_name, text, expected) => {
    expect(typeOfLast(text)).toBe(expected);
  });

  it("types the incoming change lists only in incoming rules", () => {
    expect(typeOfLast("issue.x = replica.addedComments", "incoming")).toBe("List<Comment>");
    expect(typeOfLast("replica.x = replica.addedComments")).toBe("Object");
  });
});
