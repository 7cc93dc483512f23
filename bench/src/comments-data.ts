/**
 * The state the comment-merge benchmark rule runs against: a Jira issue with
 * 35 comments (30 mirror remote ones, 5 are local only) and a replica with 50
 * comments (45 public, 5 internal). Deterministic, so every run and every
 * engine gets the same data.
 */

export interface BenchUser {
  key: string;
  displayName: string;
}

export interface BenchComment {
  id?: string;
  remoteId?: string;
  body: string;
  author: BenchUser;
  created: number;
  internal: boolean;
}

export interface BenchIssue {
  key: string;
  summary: string;
  description: string;
  status: { name: string };
  labels: { label: string }[];
  comments: BenchComment[];
  customKeys: Record<string, unknown>;
}

export interface CommentsState {
  issue: BenchIssue;
  replica: BenchIssue;
  firstSync: false;
}

export const REMOTE_COMMENTS = 50;
const INTERNAL_EVERY = 10;
const MIRRORED = 30;
const EDITED_EVERY = 3;
const LOCAL_ONLY = 5;
const START = Date.UTC(2024, 0, 8, 9, 0, 0);
const HOUR = 3_600_000;

const remoteUsers: BenchUser[] = [
  { key: "u-101", displayName: "Dana Whitfield" },
  { key: "u-102", displayName: "Marco Ruiz" },
  { key: "u-103", displayName: "Priya Natarajan" },
];

const phrases = [
  "The export job fails when the report has more than 10,000 rows.",
  "I can reproduce it on staging with the customer's data set.",
  "Attached the server log from the last failed run.",
  "Could this be the same timeout we saw in the billing service?",
  "Rolling back the connection pool change fixes it for now.",
];

function remoteBody(i: number, edited: boolean): string {
  const text = `  ${phrases[i % phrases.length]} See step ${i + 1}.${edited ? " (edited)" : ""}\n`;
  return i % 4 === 0 ? text + "\nThanks,\n" + remoteUsers[i % remoteUsers.length]!.displayName : text;
}

/** The local body a mirrored comment got when it was synced: the same prefix the rule writes. */
function mirroredBody(i: number, replicaKey: string, edited: boolean): string {
  const user = remoteUsers[i % remoteUsers.length]!;
  return `${user.displayName} wrote on ${replicaKey}:\n${remoteBody(i, edited).trim()}`;
}

export function commentsState(): CommentsState {
  const replicaKey = "OPS-4711";
  const remoteComments: BenchComment[] = [];
  for (let i = 0; i < REMOTE_COMMENTS; i++) {
    remoteComments.push({
      id: String(9000 + i),
      body: remoteBody(i, i % EDITED_EVERY === 0),
      author: remoteUsers[i % remoteUsers.length]!,
      created: START + i * HOUR,
      internal: i % INTERNAL_EVERY === INTERNAL_EVERY - 1,
    });
  }

  const localComments: BenchComment[] = [];
  for (let i = 0; i < MIRRORED; i++) {
    localComments.push({
      id: String(20_000 + i),
      remoteId: String(9000 + i),
      // Comments the remote side edited since the last sync still have the old text here.
      body: mirroredBody(i, replicaKey, false),
      author: { key: "sync-user", displayName: "Sync User" },
      created: START + i * HOUR + 60_000,
      internal: false,
    });
  }
  for (let i = 0; i < LOCAL_ONLY; i++) {
    localComments.push({
      id: String(21_000 + i),
      body: `Internal note ${i + 1}: checked with the on-call engineer.`,
      author: { key: "u-7", displayName: "Support Agent" },
      created: START + (MIRRORED + i) * HOUR,
      internal: true,
    });
  }

  const labels = ["Customer", "export", "Needs Triage", "internal-only", "customer", " Data Loss ", "regression", "Internal Review", "p1", "Export"];
  return {
    issue: {
      key: "SUP-321",
      summary: "Export fails for large reports",
      description: "Old description",
      status: { name: "To Do" },
      labels: [{ label: "customer" }],
      comments: localComments,
      customKeys: {},
    },
    replica: {
      key: replicaKey,
      summary: "  Export of monthly usage reports fails with a timeout when the report has more than ten thousand rows  ",
      description: "Steps:\r\n1. Open **Reports**\r\n2. Export the monthly usage report\r\nExpected: a CSV file.",
      status: { name: "in_progress" },
      labels: labels.map((label) => ({ label })),
      comments: remoteComments,
      customKeys: {},
    },
    firstSync: false,
  };
}
