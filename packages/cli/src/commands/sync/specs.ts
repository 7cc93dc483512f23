/**
 * Arguments and options of the sync commands, with one line of help each.
 * The commands parse with these specs, and `--help` and `twinsync help`
 * print them, so a new option is added here and nowhere else.
 */

import type { CommandSpec, OptionSpec } from "../../options.ts";

const NODE = { type: "string", value: "DIR", example: ".twinsync", help: "Node folder (default: $TWINSYNC_NODE, else ./.twinsync)." } as const satisfies OptionSpec;
const TRACKER = { type: "string", value: "FILE", example: "tracker.db", help: "Embedded tracker database to use instead of the node's tracker." } as const satisfies OptionSpec;
const AS = { type: "string", value: "USER", example: "amartin", help: "Acting user: key, username or email (default: the first user other than the proxy user)." } as const satisfies OptionSpec;
const JSON_OUTPUT = { type: "boolean", help: "Print JSON instead of text." } as const satisfies OptionSpec;

const RULE_OPTIONS = {
  rules: { type: "string", value: "DIR", example: "examples/jira-github", help: "Folder of the connection's rules: DIR/SIDE.outgoing.groovy and DIR/SIDE.incoming.groovy." },
  side: { type: "string", value: "SIDE", example: "jira", help: "Prefix of the rule files in --rules DIR (without it: DIR/outgoing.groovy and DIR/incoming.groovy)." },
  outgoing: { type: "string", value: "FILE", example: "jira.outgoing.groovy", help: "Outgoing rule file, instead of --rules (needs --incoming too)." },
  incoming: { type: "string", value: "FILE", example: "jira.incoming.groovy", help: "Incoming rule file, instead of --rules (needs --outgoing too)." },
} as const satisfies Record<string, OptionSpec>;

const ISSUE_FIELDS = {
  summary: { type: "string", value: "TEXT", example: '"Login fails"', help: "Summary (title) of the issue." },
  description: { type: "string", value: "TEXT", help: "Description of the issue." },
  status: { type: "string", value: "NAME", example: "Done", help: "Status name; an empty value clears it." },
  type: { type: "string", value: "NAME", example: "Bug", help: "Issue type name; an empty value clears it." },
  priority: { type: "string", value: "NAME", example: "High", help: "Priority name; an empty value clears it." },
  resolution: { type: "string", value: "NAME", example: "Done", help: "Resolution name; an empty value clears it." },
  assignee: { type: "string", value: "USER", example: "amartin", help: "Assignee's user key, username or email; an empty value unassigns." },
  label: { type: "string", multiple: true, value: "LABEL", example: "sync", help: "Label; repeat for more labels. The labels given replace all labels." },
  field: { type: "string", multiple: true, value: "NAME=VALUE", example: '"Story Points=5"', help: "Custom field value, parsed as JSON when it is valid JSON; repeat for more fields." },
  as: AS,
  tracker: TRACKER,
  node: NODE,
} as const satisfies Record<string, OptionSpec>;


export const SYNC_SPECS = {
  demo: {
    name: "sync --demo",
    args: "",
    maxArgs: 0,
    summary: "Run two embedded trackers in one process, connect them and sync issues both ways with the example rules, printing every step.",
    options: {
      demo: { type: "boolean", help: "Run the demo instead of a node." },
      example: { type: "string", value: "jira-github|jira-azure", example: "jira-azure", help: "Example connection to run (default: jira-github)." },
      dir: { type: "string", value: "DIR", example: "demo-data", help: "Keep the databases in DIR, a new folder or one an earlier demo used (default: in memory)." },
      "log-level": { type: "string", value: "LEVEL", example: "info", help: "Minimum level of the engine log records printed on stderr, from trace to fatal, or silent (default: warn)." },
    },
  },
  sync: {
    name: "sync",
    args: "",
    maxArgs: 0,
    summary: "Run the node until SIGINT or SIGTERM: the HTTP server on the node's host and port, and the capture, send and apply loops.",
    options: {
      "log-level": { type: "string", value: "LEVEL", example: "info", help: "Minimum level of the log records printed: trace, debug, info, warn, error, fatal or silent (default: info)." },
      "poll-interval": { type: "string", value: "MS", example: "500", help: "Milliseconds an idle loop waits before it looks for work again, 1 to 60000 (default: 200)." },
      port: { type: "string", value: "N", example: "7101", help: "TCP port to listen on instead of the one in node.json; 0 picks a free port." },
      node: NODE,
    },
  },
  nodeInit: {
    name: "node init",
    args: "NAME",
    maxArgs: 1,
    summary: "Create a node folder with node.json and an embedded tracker.",
    options: {
      flavor: { type: "string", value: "jira|github|azure", example: "github", help: "Kind of embedded tracker to create (default: jira)." },
      port: { type: "string", value: "N", example: "7101", help: "TCP port the node listens on (default: 7101)." },
      host: { type: "string", value: "HOST", example: "127.0.0.1", help: "Interface the node listens on (default: 127.0.0.1)." },
      url: { type: "string", value: "URL", example: "http://127.0.0.1:7101", help: "URL peers use to reach the node (default: http://HOST:PORT)." },
      tracker: { type: "string", value: "PATH", example: "tracker.db", help: "Tracker database, relative to the node folder (default: tracker.db)." },
      durability: { type: "string", value: "normal|full", example: "full", help: "SQLite sync mode: full also survives a power loss (default: normal)." },
      node: NODE,
    },
  },
  nodeShow: { name: "node show", args: "", maxArgs: 0, summary: "Print the node's settings as JSON.", options: { node: NODE } },
  trackerInit: {
    name: "tracker init",
    args: "FILE",
    maxArgs: 1,
    summary: "Create an embedded tracker database with the flavor's projects, users and statuses.",
    options: {
      flavor: { type: "string", value: "jira|github|azure", example: "github", help: "Kind of tracker (default: jira)." },
      name: { type: "string", value: "NAME", example: "jira", help: "Instance name shown to peers (default: the flavor)." },
    },
  },
  trackerCreate: {
    name: "tracker create",
    args: "",
    maxArgs: 0,
    summary: "Create an issue as a user would; --summary is required.",
    options: { ...ISSUE_FIELDS, project: { type: "string", value: "KEY", example: "SUP", help: "Project key; required when the tracker has more than one project." } },
  },
  trackerEdit: { name: "tracker edit", args: "KEY", maxArgs: 1, summary: "Change fields of an issue as a user would.", options: ISSUE_FIELDS },
  trackerComment: {
    name: "tracker comment",
    args: "KEY TEXT",
    maxArgs: 2,
    summary: "Add a comment to an issue.",
    options: { internal: { type: "boolean", help: "Make the comment internal (restricted)." }, as: AS, tracker: TRACKER, node: NODE },
  },
  trackerAttach: {
    name: "tracker attach",
    args: "KEY FILE",
    maxArgs: 2,
    summary: "Attach a file to an issue.",
    options: { mimetype: { type: "string", value: "TYPE", example: "text/plain", help: "MIME type (default: from the file extension, else application/octet-stream)." }, as: AS, tracker: TRACKER, node: NODE },
  },
  trackerShow: { name: "tracker show", args: "KEY", maxArgs: 1, summary: "Print an issue as JSON.", options: { tracker: TRACKER, node: NODE } },
  trackerList: {
    name: "tracker list",
    args: "",
    maxArgs: 0,
    summary: "List issues: key, status, summary and labels.",
    options: { jql: { type: "string", value: "QUERY", example: '"labels = sync"', help: "Only issues that match this query (a JQL subset)." }, tracker: TRACKER, node: NODE },
  },
  trackerUsers: { name: "tracker users", args: "", maxArgs: 0, summary: "List the tracker's users: key, username, email and name.", options: { tracker: TRACKER, node: NODE } },
  trackerProjects: { name: "tracker projects", args: "", maxArgs: 0, summary: "List the tracker's projects.", options: { tracker: TRACKER, node: NODE } },
  trackerAddUser: {
    name: "tracker add-user",
    args: "KEY",
    maxArgs: 1,
    summary: "Add a user to the tracker.",
    options: {
      username: { type: "string", value: "NAME", example: "jdoe", help: "Login name (default: the key)." },
      email: { type: "string", value: "EMAIL", example: "jdoe@example.com", help: "Email address (default: none)." },
      name: { type: "string", value: "TEXT", example: '"Jane Doe"', help: "Display name (default: the username)." },
      tracker: TRACKER,
      node: NODE,
    },
  },
  trackerAddProject: {
    name: "tracker add-project",
    args: "KEY NAME",
    maxArgs: 2,
    summary: "Add a project to the tracker.",
    options: { separator: { type: "string", value: "TEXT", example: "-", help: "Text between the project key and the issue number (default: -)." }, tracker: TRACKER, node: NODE },
  },
  connectionInvite: {
    name: "connection invite",
    args: "NAME",
    maxArgs: 1,
    summary: "Create a pending connection and print its invitation code on stdout.",
    options: {
      ...RULE_OPTIONS,
      "expires-in": { type: "string", value: "DURATION", example: "24h", help: "How long the code stays valid, as a number and s, m, h or d (default: 24h)." },
      local: { type: "boolean", help: "Make a local connection: two projects of the same instance." },
      node: NODE,
    },
  },
  connectionAccept: {
    name: "connection accept",
    args: "CODE",
    maxArgs: 1,
    summary: "Accept an invitation code; the inviting node must be running.",
    options: { ...RULE_OPTIONS, name: { type: "string", value: "NAME", example: "jira-github", help: "Connection name on this node (default: the name in the code)." }, node: NODE },
  },
  connectionList: { name: "connection list", args: "", maxArgs: 0, summary: "List the connections and their states.", options: { json: JSON_OUTPUT, node: NODE } },
  connectionActivate: { name: "connection activate", args: "NAME", maxArgs: 1, summary: "Resume a deactivated connection; queued events are delivered in order.", options: { node: NODE } },
  connectionDeactivate: { name: "connection deactivate", args: "NAME", maxArgs: 1, summary: "Pause a connection; changes keep queuing.", options: { node: NODE } },
  triggerAdd: {
    name: "trigger add",
    args: "CONNECTION QUERY",
    maxArgs: 2,
    summary: "Add a query (a JQL subset) whose matching issues sync on the connection.",
    options: { entity: { type: "string", value: "TYPE", example: "issue", help: "Entity type the query selects (default: issue)." }, node: NODE },
  },
  triggerList: { name: "trigger list", args: "[CONNECTION]", maxArgs: 1, summary: "List the triggers, of one connection or of all.", options: { node: NODE } },
  triggerRemove: { name: "trigger remove", args: "ID", maxArgs: 1, summary: "Remove a trigger by the id 'trigger list' shows.", options: { node: NODE } },
  triggerRun: {
    name: "trigger run",
    args: "CONNECTION",
    maxArgs: 1,
    summary: "Queue every issue the connection's triggers match now (bulk sync).",
    options: { query: { type: "string", value: "QUERY", example: '"labels = sync"', help: "Query to use instead of the connection's triggers." }, node: NODE },
  },
  errors: {
    name: "errors",
    args: "",
    maxArgs: 0,
    summary: "List events blocked by rule or data errors, with the rule position and stack.",
    options: { all: { type: "boolean", help: "Include retried and resolved errors, not only open ones." }, json: JSON_OUTPUT, node: NODE },
  },
  retry: {
    name: "retry",
    args: "ID",
    maxArgs: 1,
    summary: "Queue a blocked event again with the current rules.",
    options: { all: { type: "boolean", help: "Retry every open error instead of one ID." }, node: NODE },
  },
  resolve: { name: "resolve", args: "ID", maxArgs: 1, summary: "Drop a blocked event so that the issue's later events continue.", options: { node: NODE } },
  status: {
    name: "status",
    args: "ISSUE",
    maxArgs: 1,
    summary: "Print the twin link and the local and remote replica of a synced issue as JSON.",
    options: { connection: { type: "string", value: "NAME", example: "jira-github", help: "Only the twin on this connection." }, node: NODE },
  },
  stats: { name: "stats", args: "", maxArgs: 0, summary: "Print queue counts and recent throughput per connection.", options: { json: JSON_OUTPUT, node: NODE } },
} as const satisfies Record<string, CommandSpec>;

export type SyncSpecName = keyof typeof SYNC_SPECS;

/** The sync commands in the order `twinsync help` lists them. */
export const SYNC_SPEC_LIST: readonly CommandSpec[] = Object.values(SYNC_SPECS);

/** Returns the specs of one command group, such as every `tracker` subcommand. */
export function specsOf(group: string): CommandSpec[] {
  return SYNC_SPEC_LIST.filter((spec) => spec.name === group || spec.name.startsWith(`${group} `));
}
