/** The steps `twinsync sync --demo` runs for each example connection. */

import type { addComment, attachFile, createIssue, EmbeddedTracker, updateIssue } from "./engine.ts";

export interface DemoSide {
  name: string;
  flavor: string;
  /** Prefix of the rule files in the example folder: `jira` for `jira.outgoing.groovy`. */
  rules: string;
  trigger: string;
}

export interface DemoActions {
  tracker: EmbeddedTracker;
  createIssue: typeof createIssue;
  updateIssue: typeof updateIssue;
  addComment: typeof addComment;
  attachFile: typeof attachFile;
}

export interface DemoStep {
  title: string;
  on: "left" | "right";
  run(actions: DemoActions): void;
}

export interface DemoScenario {
  left: DemoSide;
  right: DemoSide;
  steps: DemoStep[];
}

export const SCENARIOS: Record<string, DemoScenario> = {
  "jira-github": {
    left: { name: "jira", flavor: "jira", rules: "jira", trigger: "project = SUP AND labels = sync" },
    right: { name: "github", flavor: "github", rules: "github", trigger: 'project = "octokit-fixture-org/paginate-issues"' },
    steps: [
      {
        title: "Alice creates SUP-1 in Jira with the label sync and two comments, one of them internal.",
        on: "left",
        run: ({ tracker, createIssue, addComment }) => {
          const issue = createIssue(
            tracker,
            {
              summary: "Checkout times out",
              description: "The *payment* step hangs after 30 seconds.",
              labels: [{ label: "sync" }, { label: "checkout" }],
              priority: { name: "High" },
              assignee: { email: "alice.martin@acme.example" },
            },
            { actor: "amartin" },
          );
          addComment(tracker, String(issue.key), "Three customers reported it today.", { actor: "amartin" });
          addComment(tracker, String(issue.key), "Payment provider logs attached in the vault.", { actor: "triage", internal: true });
        },
      },
      {
        title: "A GitHub user answers and closes the GitHub issue.",
        on: "right",
        run: ({ tracker, updateIssue, addComment }) => {
          const key = "octokit-fixture-org/paginate-issues#1";
          addComment(tracker, key, "Fixed by raising the gateway timeout.", { actor: "octokit-fixture-user-b" });
          updateIssue(tracker, key, { status: { name: "closed" }, resolution: { name: "completed" } }, { actor: "octokit-fixture-user-b" });
        },
      },
      {
        title: "Alice edits the summary in Jira.",
        on: "left",
        run: ({ tracker, updateIssue }) => {
          updateIssue(tracker, "SUP-1", { summary: "Checkout times out at the payment step" }, { actor: "amartin" });
        },
      },
    ],
  },
  "jira-azure": {
    left: { name: "jira", flavor: "jira", rules: "jira", trigger: "project = SUP AND labels = azure" },
    right: { name: "azure", flavor: "azure", rules: "azure", trigger: 'project = "Fabrikam Fiber"' },
    steps: [
      {
        title: "Alice creates a story in Jira with story points, a team and a mockup.",
        on: "left",
        run: ({ tracker, createIssue, attachFile }) => {
          const issue = createIssue(
            tracker,
            {
              summary: "Export invoices to CSV",
              description: "Finance needs a monthly export.\nColumns as in the old report.",
              type: { name: "Story" },
              labels: [{ label: "azure" }],
              customFields: { "Story Points": { value: 5 }, Team: { value: "Payments" } },
            },
            { actor: "amartin" },
          );
          attachFile(tracker, String(issue.key), { filename: "mockup.txt", mimetype: "text/plain", content: Buffer.from("date;customer;amount\n") }, { actor: "amartin" });
        },
      },
      {
        title: "Dana starts the work item in Azure DevOps and comments.",
        on: "right",
        run: ({ tracker, updateIssue, addComment }) => {
          const key = "Fabrikam Fiber-1";
          updateIssue(tracker, key, { status: { name: "Active" } }, { actor: "dlee" });
          addComment(tracker, key, "<p>Started; <b>CSV</b> first, Excel later.</p>", { actor: "dlee" });
        },
      },
    ],
  },
};
