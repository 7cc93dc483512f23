import { describe, expect, it } from "vitest";
import { checkJqlFields, JqlError, matchesJql, parseJql, sortByJql } from "../../src/tracker/jql.ts";

const NOW = Date.UTC(2024, 2, 10);

const issue = {
  id: "1",
  key: "UD-7",
  project: { key: "UD", name: "User Desk" },
  summary: "Login fails on Safari",
  description: "Users cannot log in after the upgrade",
  status: { name: "In Progress" },
  type: { name: "Bug" },
  priority: { name: "High" },
  resolution: null,
  assignee: { key: "u1", username: "amartin", email: "alice@acme.example", displayName: "Alice Martin" },
  labels: [{ label: "sync" }, { label: "customer" }],
  comments: [{ body: "Reproduced with Safari 17" }],
  created: Date.UTC(2024, 2, 1),
  updated: Date.UTC(2024, 2, 9),
  customFields: { "Story Points": { value: 5, type: "number" }, Team: { value: { id: "1", value: "Payments" }, type: "option" } },
};

const cases: [string, boolean][] = [
  ["project = UD AND labels = sync AND status != Done", true],
  ["project = ud", true],
  ['project = "User Desk"', true],
  ["project = OTHER OR labels = customer", true],
  ["labels = sync AND NOT labels = customer", false],
  ["status IN (Open, \"In Progress\")", true],
  ["status NOT IN (Done, Closed)", true],
  ["status not in (\"In Progress\")", false],
  ["summary ~ safari", true],
  ["summary ~ \"login safari\"", true],
  ["summary ~ \"login chrome\"", false],
  ["summary ~ saf*", true],
  ["summary !~ chrome", true],
  ["text ~ reproduced", true],
  ["comment ~ \"safari 17\"", true],
  ["resolution IS EMPTY", true],
  ["resolution is not empty", false],
  ["assignee = amartin", true],
  ["assignee = \"alice@acme.example\"", true],
  ["assignee != amartin", false],
  ["reporter != amartin", false],
  ["reporter is empty", true],
  ["created >= 2024-03-01", true],
  ["created > 2024-03-01", false],
  ["updated >= -2d", true],
  ["updated >= -12h", false],
  ["\"Story Points\" > 3", true],
  ["\"Story Points\" = 5", true],
  ["Team = Payments", true],
  ["team = payments", true],
  ["(labels = nope OR type = Bug) AND priority = High", true],
  ["key = UD-7", true],
  ["ORDER BY created DESC", true],
];

describe("JQL matching", () => {
  it.each(cases)("%s", (query, expected) => {
    expect(matchesJql(parseJql(query), issue, NOW)).toBe(expected);
  });
});

describe("JQL errors", () => {
  const errors: [string, RegExp][] = [
    ["project = ", /column 11: expected a value, got 'end of query'/],
    ["project UD", /expected an operator/],
    ["status = \"Done", /no closing "/],
    ["assignee = currentUser()", /functions such as currentUser\(\) are not supported/],
    ["project = UD AND", /expected a field name/],
    ["status IN Done", /expected '\(' after IN/],
    ["status IS Done", /IS and IS NOT take EMPTY/],
    ["project = UD ORDER created", /expected BY/],
    ["(project = UD", /expected '\)'/],
    ["project = UD status = Done", /expected AND, OR or ORDER BY, got 'status'/],
  ];
  it.each(errors)("%s", (query, message) => {
    expect(() => parseJql(query)).toThrow(JqlError);
    expect(() => parseJql(query)).toThrow(message);
  });

  it("rejects a bad date value", () => {
    expect(() => matchesJql(parseJql("created > yesterday"), issue, NOW)).toThrow(/"yesterday" is not a date/);
  });

  it("rejects unknown fields", () => {
    expect(() => checkJqlFields(parseJql("sprint = 5"), ["Story Points"])).toThrow(/field "sprint" does not exist/);
    expect(() => checkJqlFields(parseJql("\"story points\" = 5 AND labels = x"), ["Story Points"])).not.toThrow();
  });
});

describe("JQL ORDER BY", () => {
  const issues = [
    { key: "UD-10", created: 3, priority: { name: "Low" } },
    { key: "UD-9", created: 1, priority: null },
    { key: "UD-11", created: 2, priority: { name: "High" } },
  ];

  it("sorts keys by number", () => {
    expect(sortByJql(issues, parseJql("ORDER BY key").orderBy).map((i) => i.key)).toEqual(["UD-9", "UD-10", "UD-11"]);
  });

  it("sorts descending by date", () => {
    expect(sortByJql(issues, parseJql("project = UD ORDER BY created DESC").orderBy).map((i) => i.key)).toEqual(["UD-10", "UD-11", "UD-9"]);
  });

  it("puts empty values last", () => {
    expect(sortByJql(issues, parseJql("order by priority asc, key").orderBy).map((i) => i.key)).toEqual(["UD-11", "UD-10", "UD-9"]);
  });
});
