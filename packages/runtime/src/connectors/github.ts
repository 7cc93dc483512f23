/**
 * The GitHub connector's read side: converts GitHub REST API issue and
 * issue-comment JSON into a hub issue (plain JSON, dates as epoch
 * milliseconds), the form state files and replicas use.
 *
 * Field mapping:
 * - `key` is `owner/repo#number`, `id` the numeric issue id as a string;
 * - `status` is the API's `state` (`open` or `closed`), and a closed issue's
 *   `resolution` is its `state_reason` (`completed` when the API gives none);
 * - `type` is `Issue` or, for entries that carry `pull_request`, `Pull Request`;
 * - `project` is the repository, `fixVersions` the milestone, `due` its due date;
 * - users become `{key: id, username: login, email, displayName: name or login}`;
 * - the issue number, web URL, lock state and comment count go to `customKeys`.
 */

import { parseIsoDate } from "../model/json-in.ts";

/** The fields of a GitHub user object that the converter reads. */
export interface GitHubUser {
  login: string;
  id: number;
  name?: string | null;
  email?: string | null;
}

export interface GitHubLabel {
  id?: number;
  name: string;
}

export interface GitHubMilestone {
  id: number;
  title: string;
  description?: string | null;
  due_on?: string | null;
}

/** The fields of a GitHub REST issue (`GET /repos/{owner}/{repo}/issues/{number}`) that the converter reads. */
export interface GitHubIssue {
  id: number;
  number: number;
  title: string;
  body?: string | null;
  state: string;
  state_reason?: string | null;
  user: GitHubUser | null;
  labels?: (GitHubLabel | string)[];
  assignee?: GitHubUser | null;
  assignees?: GitHubUser[] | null;
  milestone?: GitHubMilestone | null;
  comments?: number;
  locked?: boolean;
  created_at: string;
  updated_at: string;
  closed_at?: string | null;
  html_url?: string;
  repository_url?: string;
  pull_request?: unknown;
}

/** The fields of a GitHub REST issue comment (`GET /repos/{owner}/{repo}/issues/{number}/comments`) that the converter reads. */
export interface GitHubComment {
  id: number;
  body?: string | null;
  user: GitHubUser | null;
  created_at: string;
  updated_at?: string | null;
}

/** A GitHub response that cannot be converted, with the JSON path of the bad field. */
export class GitHubConversionError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
  }
}

export interface GitHubConversionOptions {
  /** The issue's comments, oldest first, from the comments endpoint. */
  comments?: GitHubComment[];
  /** `owner/repo`; taken from `repository_url` or `html_url` when not given. */
  repository?: string;
}

function isoToMillis(text: string | null | undefined, path: string): number | null {
  if (text === null || text === undefined) return null;
  const millis = parseIsoDate(text);
  if (millis === null) throw new GitHubConversionError(path, `expected an ISO-8601 time stamp, got ${JSON.stringify(text)}`);
  return millis;
}

/** Converts a GitHub user to a hub user; null stays null. */
export function githubUserToHub(user: GitHubUser | null | undefined): Record<string, unknown> | null {
  if (user == null) return null;
  return {
    key: String(user.id),
    username: user.login,
    email: user.email ?? null,
    displayName: user.name ?? user.login,
  };
}

/** Converts one issue comment. GitHub comments have no visibility restriction, so `internal` is false. */
export function githubCommentToHub(comment: GitHubComment, path = "$"): Record<string, unknown> {
  return {
    id: String(comment.id),
    body: comment.body ?? "",
    author: githubUserToHub(comment.user),
    created: isoToMillis(comment.created_at, `${path}.created_at`),
    updated: isoToMillis(comment.updated_at, `${path}.updated_at`),
    internal: false,
  };
}

/** Extracts the `owner/repo` part of an API or web URL of a repository or issue. */
export function repositoryFromUrl(url: string | undefined): string | null {
  if (url === undefined) return null;
  const match = /^https:\/\/(?:api\.github\.com\/repos|github\.com)\/([^/]+)\/([^/#?]+)/.exec(url);
  return match === null ? null : `${match[1]}/${match[2]}`;
}

/** Converts a GitHub REST issue (and optionally its comments) into a hub issue. */
export function githubIssueToHub(issue: GitHubIssue, options: GitHubConversionOptions = {}): Record<string, unknown> {
  const repository = options.repository ?? repositoryFromUrl(issue.repository_url) ?? repositoryFromUrl(issue.html_url);
  if (repository === null) {
    throw new GitHubConversionError("$.repository_url", "cannot tell the repository; pass the repository option as owner/repo");
  }
  const closed = issue.state === "closed";
  const milestone = issue.milestone ?? null;

  return {
    key: `${repository}#${issue.number}`,
    id: String(issue.id),
    summary: issue.title,
    description: issue.body ?? null,
    status: { name: issue.state },
    resolution: closed ? { name: issue.state_reason ?? "completed" } : null,
    type: { name: issue.pull_request === undefined || issue.pull_request === null ? "Issue" : "Pull Request" },
    project: { key: repository, name: repository.slice(repository.indexOf("/") + 1) },
    reporter: githubUserToHub(issue.user),
    creator: githubUserToHub(issue.user),
    assignee: githubUserToHub(issue.assignee),
    assignees: (issue.assignees ?? []).map((user) => githubUserToHub(user)),
    labels: (issue.labels ?? []).map((label) => ({ label: typeof label === "string" ? label : label.name })),
    fixVersions: milestone === null ? [] : [{ name: milestone.title, id: String(milestone.id), description: milestone.description ?? null }],
    affectedVersions: [],
    components: [],
    comments: (options.comments ?? []).map((comment, index) => githubCommentToHub(comment, `$.comments[${index}]`)),
    attachments: [],
    workLogs: [],
    issueLinks: [],
    due: isoToMillis(milestone?.due_on, "$.milestone.due_on"),
    created: isoToMillis(issue.created_at, "$.created_at"),
    updated: isoToMillis(issue.updated_at, "$.updated_at"),
    resolutionDate: isoToMillis(issue.closed_at, "$.closed_at"),
    customFields: {},
    customKeys: {
      number: issue.number,
      htmlUrl: issue.html_url ?? null,
      locked: issue.locked ?? false,
      commentCount: issue.comments ?? 0,
    },
  };
}
