import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  GitHubConversionError,
  githubCommentToHub,
  githubIssueToHub,
  repositoryFromUrl,
  type GitHubIssue,
  type GitHubLabel,
} from "../../src/connectors/github.ts";
import { parseRuleState } from "../../src/model/state.ts";
import {
  ADD_LABELS_PATH,
  CREATE_ISSUE_PATH,
  PAGINATE_PATH,
  buildGitHubStates,
  loadScenario,
  responseOf,
  searchedIssue,
} from "./github-states.ts";

const STATES_DIR = join(import.meta.dirname, "../../../../examples/jira-github/states");
const OCTOBER_10 = Date.UTC(2017, 9, 10, 16);

describe("githubIssueToHub on recorded responses", () => {
  it("converts a searched issue", () => {
    const hub = githubIssueToHub(searchedIssue(2));
    expect(hub.key).toBe("octokit-fixture-org/search-issues#2");
    expect(hub.id).toBe("1000");
    expect(hub.summary).toBe("Sesame seeds split without a pop!");
    expect(hub.description).toBe("I’ve waited all year long, but there was no pop 😭");
    expect(hub.status).toEqual({ name: "open" });
    expect(hub.resolution).toBeNull();
    expect(hub.type).toEqual({ name: "Issue" });
    expect(hub.project).toEqual({ key: "octokit-fixture-org/search-issues", name: "search-issues" });
    expect(hub.reporter).toEqual({ key: "1000", username: "octokit-fixture-user-b", email: null, displayName: "octokit-fixture-user-b" });
    expect(hub.assignee).toBeNull();
    expect(hub.created).toBe(OCTOBER_10);
    expect(hub.updated).toBe(OCTOBER_10);
    expect(hub.resolutionDate).toBeNull();
    expect(hub.customKeys).toEqual({
      number: 2,
      htmlUrl: "https://github.com/octokit-fixture-org/search-issues/issues/2",
      locked: false,
      commentCount: 42,
    });
  });

  it("converts every issue of the paginated list", () => {
    const scenario = loadScenario("paginate-issues");
    const issues = scenario.flatMap((exchange) => exchange.response as GitHubIssue[]);
    expect(issues).toHaveLength(13);
    const hubs = issues.map((issue) => githubIssueToHub(issue));
    expect(hubs.map((hub) => hub.summary)).toEqual(issues.map((issue) => `Test issue ${issue.number}`));
    expect(hubs.every((hub) => hub.description === null)).toBe(true);
    expect(hubs[0]!.key).toBe("octokit-fixture-org/paginate-issues#13");
    expect(responseOf(scenario, "get", PAGINATE_PATH)).toHaveLength(3);
  });

  it("adds labels from the labels response", () => {
    const scenario = loadScenario("add-labels-to-issue");
    const created = responseOf(scenario, "post", CREATE_ISSUE_PATH) as GitHubIssue;
    const labels = responseOf(scenario, "post", ADD_LABELS_PATH) as GitHubLabel[];
    expect(githubIssueToHub(created).labels).toEqual([]);
    expect(githubIssueToHub({ ...created, labels }).labels).toEqual([{ label: "Foo" }, { label: "bAr" }, { label: "baZ" }]);
  });

  it("produces states the validator accepts", () => {
    for (const issue of [searchedIssue(1), searchedIssue(2)]) {
      const parsed = parseRuleState({ issue: githubIssueToHub(issue) }, "outgoing");
      expect(parsed.ok ? [] : parsed.errors).toEqual([]);
    }
  });
});

describe("githubIssueToHub mapping", () => {
  const base = searchedIssue(1);

  it("maps closed issues and their reason", () => {
    const hub = githubIssueToHub({ ...base, state: "closed", state_reason: "not_planned", closed_at: "2017-10-12T08:00:00Z" });
    expect(hub.status).toEqual({ name: "closed" });
    expect(hub.resolution).toEqual({ name: "not_planned" });
    expect(hub.resolutionDate).toBe(Date.UTC(2017, 9, 12, 8));
    expect(githubIssueToHub({ ...base, state: "closed", state_reason: null }).resolution).toEqual({ name: "completed" });
  });

  it("maps assignees, milestone and pull requests", () => {
    const user = { login: "octocat", id: 583231, name: "The Octocat" };
    const hub = githubIssueToHub({
      ...base,
      assignee: user,
      assignees: [user],
      milestone: { id: 77, title: "v1.0", description: null, due_on: "2017-12-01T08:00:00Z" },
      pull_request: { url: "https://api.github.com/repos/o/r/pulls/1" },
    });
    expect(hub.assignee).toEqual({ key: "583231", username: "octocat", email: null, displayName: "The Octocat" });
    expect(hub.assignees).toHaveLength(1);
    expect(hub.fixVersions).toEqual([{ name: "v1.0", id: "77", description: null }]);
    expect(hub.due).toBe(Date.UTC(2017, 11, 1, 8));
    expect(hub.type).toEqual({ name: "Pull Request" });
  });

  it("converts comments in order", () => {
    // Shaped like GET /repos/{owner}/{repo}/issues/{number}/comments; the fixtures record no comments.
    const comments = [
      { id: 11, body: "First!", user: { login: "octokit-fixture-user-a", id: 1000 }, created_at: "2017-10-10T16:05:00Z", updated_at: "2017-10-10T16:05:00Z" },
      { id: 12, body: null, user: null, created_at: "2017-10-10T17:00:00Z", updated_at: "2017-10-11T09:00:00Z" },
    ];
    const hub = githubIssueToHub(base, { comments });
    expect(hub.comments).toEqual([
      {
        id: "11",
        body: "First!",
        author: { key: "1000", username: "octokit-fixture-user-a", email: null, displayName: "octokit-fixture-user-a" },
        created: Date.UTC(2017, 9, 10, 16, 5),
        updated: Date.UTC(2017, 9, 10, 16, 5),
        internal: false,
      },
      { id: "12", body: "", author: null, created: Date.UTC(2017, 9, 10, 17), updated: Date.UTC(2017, 9, 11, 9), internal: false },
    ]);
  });

  it("names the bad field of a broken response", () => {
    expect(() => githubIssueToHub({ ...base, created_at: "last tuesday" })).toThrow(GitHubConversionError);
    expect(() => githubIssueToHub({ ...base, created_at: "last tuesday" })).toThrow('$.created_at: expected an ISO-8601 time stamp, got "last tuesday"');
    expect(() => githubCommentToHub({ id: 1, user: null, created_at: "x" }, "$.comments[3]")).toThrow("$.comments[3].created_at");
    expect(() => githubIssueToHub({ ...base, repository_url: undefined, html_url: undefined })).toThrow("$.repository_url");
  });

  it("reads the repository from API and web URLs", () => {
    expect(repositoryFromUrl("https://api.github.com/repos/octo/hello-world")).toBe("octo/hello-world");
    expect(repositoryFromUrl("https://github.com/octo/hello-world/issues/3")).toBe("octo/hello-world");
    expect(repositoryFromUrl("https://example.org/octo/hello")).toBeNull();
  });
});

describe("example states from fixtures", () => {
  const states = buildGitHubStates();

  it("match the checked-in files", () => {
    for (const [fileName, state] of states) {
      const path = join(STATES_DIR, fileName);
      const text = `${JSON.stringify(state, null, 2)}\n`;
      if (process.env.UPDATE_EXAMPLES === "1") writeFileSync(path, text);
      expect(existsSync(path), `${fileName} is missing; run with UPDATE_EXAMPLES=1`).toBe(true);
      expect(readFileSync(path, "utf8"), `${fileName} is stale; run with UPDATE_EXAMPLES=1`).toBe(text);
    }
  });

  it("pass validation for their direction", () => {
    for (const [fileName, state] of states) {
      const direction = fileName.includes("incoming") ? "incoming" : "outgoing";
      const parsed = parseRuleState(state, direction);
      expect(parsed.ok ? [] : parsed.errors, fileName).toEqual([]);
    }
  });
});
