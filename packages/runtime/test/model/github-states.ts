/**
 * Builds the example states under examples/jira-github/states/ whose GitHub
 * data comes from recorded GitHub REST responses in the @octokit/fixtures
 * package. `github-connector.test.ts` checks the checked-in files against
 * this output and rewrites them when UPDATE_EXAMPLES=1 is set.
 */

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { githubIssueToHub, type GitHubIssue, type GitHubLabel } from "../../src/connectors/github.ts";

interface RecordedExchange {
  method: string;
  path: string;
  status: number;
  response: unknown;
}

const fixturesRoot = join(dirname(createRequire(import.meta.url).resolve("@octokit/fixtures/package.json")), "scenarios", "api.github.com");

/** The recorded request/response pairs of one fixture scenario. */
export function loadScenario(name: string): RecordedExchange[] {
  return JSON.parse(readFileSync(join(fixturesRoot, name, "normalized-fixture.json"), "utf8")) as RecordedExchange[];
}

/** The response of the exchange with this method and path. */
export function responseOf(scenario: RecordedExchange[], method: string, path: string): unknown {
  const exchange = scenario.find((entry) => entry.method === method && entry.path === path);
  if (exchange === undefined) throw new Error(`the fixture has no ${method.toUpperCase()} ${path}`);
  return exchange.response;
}

export const SEARCH_PATH = "/search/issues?q=sesame%20repo%3Aoctokit-fixture-org%2Fsearch-issues";
export const PAGINATE_PATH = "/repos/octokit-fixture-org/paginate-issues/issues?per_page=3";
export const CREATE_ISSUE_PATH = "/repos/octokit-fixture-org/add-labels-to-issue/issues";
export const ADD_LABELS_PATH = "/repos/octokit-fixture-org/add-labels-to-issue/issues/1/labels";

export function searchedIssue(number: number): GitHubIssue {
  const result = responseOf(loadScenario("search-issues"), "get", SEARCH_PATH) as { items: GitHubIssue[] };
  const issue = result.items.find((item) => item.number === number);
  if (issue === undefined) throw new Error(`the search fixture has no issue #${number}`);
  return issue;
}

/** The fields `examples/jira-github/github.outgoing.groovy` copies into the replica. */
const GITHUB_REPLICA_FIELDS = [
  "key", "id", "type", "summary", "description", "status", "resolution", "labels", "assignee", "reporter",
  "comments", "fixVersions", "created", "updated",
];

/** Returns what the GitHub outgoing example rule sends for this hub issue. */
function githubReplicaOf(hub: Record<string, unknown>): Record<string, unknown> {
  const replica: Record<string, unknown> = {};
  for (const name of GITHUB_REPLICA_FIELDS) replica[name] = hub[name];
  const customKeys = hub.customKeys as Record<string, unknown>;
  replica.customKeys = { htmlUrl: customKeys.htmlUrl, number: customKeys.number };
  return replica;
}

const GITHUB_CONNECTION = { name: "support-jira-to-github", remoteInstance: { name: "jira-acme" } };
const JIRA_CONNECTION = { name: "support-jira-to-github", remoteInstance: { name: "github-octokit-fixture-org" } };

/** Users of the fixture organisation. GitHub hides their emails, so every lookup by email returns null. */
const GITHUB_INSTANCE = {
  users: [
    { key: "1000", username: "octokit-fixture-user-a", email: null, displayName: "octokit-fixture-user-a" },
    { key: "1001", username: "octokit-fixture-user-b", email: null, displayName: "octokit-fixture-user-b" },
  ],
  statuses: [{ name: "open" }, { name: "closed" }],
};

const JIRA_INSTANCE = {
  users: [
    { key: "5b10a2844c20165700ede21g", username: "amartin", email: "alice.martin@acme.example", displayName: "Alice Martin" },
    { key: "5b10ac8d82e05b22cc7d4ef5", username: "triage", email: "triage@acme.example", displayName: "Support Triage" },
  ],
  projects: [{ key: "SUP", name: "Customer Support", id: "10000" }],
  issueTypes: [{ name: "Bug", id: "10004" }, { name: "Task", id: "10002" }],
  statuses: [{ name: "To Do", id: "10000" }, { name: "In Progress", id: "3" }, { name: "Done", id: "10001" }],
  resolutions: [{ name: "Done", id: "10000" }, { name: "Won't Do", id: "10001" }],
  priorities: [{ name: "High", id: "2" }, { name: "Medium", id: "3" }, { name: "Low", id: "4" }],
};

/** The hand-written Jira replica that updates the GitHub issue in `github-incoming-update.json`. */
const JIRA_REPLICA = {
  key: "SUP-7",
  id: "10107",
  type: { name: "Bug", id: "10004" },
  summary: "Test issue 13 fails on the second page",
  description: "Pagination drops the last issue.\n\n*Steps*: open page 2 of the list.",
  status: { name: "In Progress", id: "3" },
  priority: { name: "High", id: "2" },
  labels: [{ label: "pagination" }, { label: "customer" }],
  assignee: { key: "5b10a2844c20165700ede21g", username: "amartin", email: "alice.martin@acme.example", displayName: "Alice Martin" },
  reporter: { key: "5b10ac8d82e05b22cc7d4ef5", username: "triage", email: "triage@acme.example", displayName: "Support Triage" },
  fixVersions: [{ name: "2.4.0", id: "10200" }],
  due: "2017-11-01T00:00:00Z",
  comments: [
    {
      id: "20001",
      body: "Confirmed on staging.",
      author: { key: "5b10a2844c20165700ede21g", displayName: "Alice Martin" },
      created: "2017-10-11T09:00:00Z",
      internal: false,
    },
    {
      id: "20002",
      body: "The page size is off by one.",
      author: { key: "5b10a2844c20165700ede21g", displayName: "Alice Martin" },
      created: "2017-10-11T10:30:00Z",
      updated: "2017-10-11T11:00:00Z",
      internal: false,
    },
  ],
  "Story Points": 3,
};

const JIRA_PREVIOUS = {
  ...JIRA_REPLICA,
  summary: "Test issue 13 fails",
  status: { name: "To Do", id: "10000" },
  comments: [{ ...JIRA_REPLICA.comments[0], body: "Seen on staging." }],
};

/** Converts ISO dates in hand-written parts to epoch milliseconds, the form state files use. */
function withEpochDates(value: unknown, key = ""): unknown {
  if (Array.isArray(value)) return value.map((item) => withEpochDates(item));
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withEpochDates(v, k)]));
  }
  if (typeof value === "string" && ["due", "created", "updated"].includes(key)) return Date.parse(value);
  return value;
}

/** Builds every generated state file: file name to JSON. */
export function buildGitHubStates(): Map<string, unknown> {
  const states = new Map<string, unknown>();
  const scenarioNote = (scenario: string, request: string) =>
    `@octokit/fixtures scenario api.github.com/${scenario}, response of ${request}`;

  states.set("github-outgoing-sesame.json", {
    source: `issue: converted from ${scenarioNote("search-issues", `GET ${SEARCH_PATH}`)}, item #2`,
    description: "GitHub side, outgoing: an open issue whose body has typographic quotes and an emoji.",
    issue: githubIssueToHub(searchedIssue(2)),
    connection: GITHUB_CONNECTION,
  });

  const labelsScenario = loadScenario("add-labels-to-issue");
  const created = responseOf(labelsScenario, "post", CREATE_ISSUE_PATH) as GitHubIssue;
  const labels = responseOf(labelsScenario, "post", ADD_LABELS_PATH) as GitHubLabel[];
  states.set("github-outgoing-labels.json", {
    source:
      `issue: converted from ${scenarioNote("add-labels-to-issue", `POST ${CREATE_ISSUE_PATH}`)}, ` +
      `with the labels from the response of POST ${ADD_LABELS_PATH}`,
    description: "GitHub side, outgoing: an issue without a body and with mixed-case labels.",
    issue: githubIssueToHub({ ...created, labels }),
    connection: GITHUB_CONNECTION,
  });

  const page = responseOf(loadScenario("paginate-issues"), "get", PAGINATE_PATH) as GitHubIssue[];
  states.set("github-incoming-update.json", {
    source:
      `issue: converted from ${scenarioNote("paginate-issues", `GET ${PAGINATE_PATH}`)}, issue #13; ` +
      "replica, previous and instance: hand-written",
    description: "GitHub side, incoming: a Jira issue that moved to In Progress, with one new and one edited comment.",
    issue: githubIssueToHub(page.find((issue) => issue.number === 13)!),
    replica: withEpochDates(JIRA_REPLICA),
    previous: withEpochDates(JIRA_PREVIOUS),
    firstSync: false,
    instance: GITHUB_INSTANCE,
    connection: GITHUB_CONNECTION,
  });

  states.set("jira-incoming-first-sync.json", {
    source:
      `replica: what github.outgoing.groovy sends for the issue converted from ${scenarioNote("search-issues", `GET ${SEARCH_PATH}`)}, item #1; ` +
      "issue (the empty Jira create form) and instance: hand-written",
    description: "Jira side, incoming: first sync of a GitHub issue, so the rule must set the project and type.",
    issue: { customFields: { "GitHub Link": { value: null, type: "text" }, "Story Points": { value: null, type: "number" } } },
    replica: githubReplicaOf(githubIssueToHub(searchedIssue(1))),
    firstSync: true,
    instance: JIRA_INSTANCE,
    connection: JIRA_CONNECTION,
  });
  return states;
}
