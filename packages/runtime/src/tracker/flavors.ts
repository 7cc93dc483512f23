/**
 * Starting content for a new embedded tracker. A flavor imitates one real
 * tracker closely enough for its sync rules: Jira statuses and custom
 * fields, GitHub's open/closed states and `org/repo#12` keys, Azure DevOps
 * states and numeric priorities. The users and values match the example
 * rules in `examples/`.
 */

export type FlavorName = "jira" | "github" | "azure";

export interface UserSeed {
  key: string;
  username: string;
  email: string | null;
  displayName: string;
}

export interface ProjectSeed {
  key: string;
  name: string;
  keySeparator?: string;
}

export interface CustomFieldSeed {
  name: string;
  type: "text" | "number" | "date" | "option" | "user";
  options?: string[];
}

export interface Flavor {
  /** Tracker type reported to peers, such as `embedded-jira`. */
  type: string;
  /** The name rules use for the local record: `Issue`, or `WorkItem` for Azure DevOps. */
  entityClassName: string;
  users: UserSeed[];
  projects: ProjectSeed[];
  statuses: string[];
  issueTypes: string[];
  priorities: string[];
  resolutions: string[];
  customFields: CustomFieldSeed[];
  /** Template for `customKeys.htmlUrl`, with `{project}` and `{number}`; null adds no link. */
  issueUrlTemplate: string | null;
}

/** The user every flavor has for the node to write as. */
export const PROXY_USER: UserSeed = { key: "twinsync", username: "twinsync", email: null, displayName: "Twinsync" };

export const FLAVORS: Record<FlavorName, Flavor> = {
  jira: {
    type: "embedded-jira",
    entityClassName: "Issue",
    users: [
      { key: "5b10a2844c20165700ede21g", username: "amartin", email: "alice.martin@acme.example", displayName: "Alice Martin" },
      { key: "5b10ac8d82e05b22cc7d4ef5", username: "triage", email: "triage@acme.example", displayName: "Support Triage" },
      { key: "5b109f2e9729b51b54dc274d", username: "bkumar", email: "bala.kumar@acme.example", displayName: "Bala Kumar" },
      PROXY_USER,
    ],
    projects: [{ key: "SUP", name: "Customer Support" }],
    statuses: ["To Do", "In Progress", "In Review", "Done"],
    issueTypes: ["Bug", "Task", "Story", "Epic"],
    priorities: ["Highest", "High", "Medium", "Low", "Lowest"],
    resolutions: ["Done", "Won't Do", "Duplicate"],
    customFields: [
      { name: "Story Points", type: "number" },
      { name: "Team", type: "option", options: ["Platform", "Payments", "Mobile"] },
      { name: "GitHub Link", type: "text" },
      { name: "Area Path", type: "text" },
    ],
    issueUrlTemplate: null,
  },
  github: {
    type: "embedded-github",
    entityClassName: "Issue",
    users: [
      { key: "1000", username: "octokit-fixture-user-a", email: null, displayName: "octokit-fixture-user-a" },
      { key: "1001", username: "octokit-fixture-user-b", email: null, displayName: "octokit-fixture-user-b" },
      PROXY_USER,
    ],
    projects: [{ key: "octokit-fixture-org/paginate-issues", name: "paginate-issues", keySeparator: "#" }],
    statuses: ["open", "closed"],
    issueTypes: ["Issue", "Pull Request"],
    priorities: [],
    resolutions: ["completed", "not_planned"],
    customFields: [],
    issueUrlTemplate: "https://github.com/{project}/issues/{number}",
  },
  azure: {
    type: "embedded-azure-devops",
    entityClassName: "WorkItem",
    users: [
      { key: "d1f5c6a0-7d4e-4b8a-9d7e-2f0a1b3c4d5e", username: "dlee", email: "dana.lee@fabrikam.example", displayName: "Dana Lee" },
      { key: "a7c3e9b1-2f4d-4e6a-8b0c-1d2e3f4a5b6c", username: "amartin", email: "alice.martin@acme.example", displayName: "Alice Martin" },
      PROXY_USER,
    ],
    projects: [{ key: "Fabrikam Fiber", name: "Fabrikam Fiber" }],
    statuses: ["New", "Active", "Resolved", "Closed", "Removed"],
    issueTypes: ["Bug", "Task", "User Story", "Feature", "Test Case"],
    priorities: ["1", "2", "3", "4"],
    resolutions: [],
    customFields: [],
    issueUrlTemplate: null,
  },
};

export function isFlavorName(name: string): name is FlavorName {
  return Object.hasOwn(FLAVORS, name);
}
