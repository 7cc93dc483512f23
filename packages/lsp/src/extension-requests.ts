/**
 * Requests beyond the protocol that editor extensions use: the direction and
 * config of a rule (for a status item), running a rule against a state, and
 * checking rule files that are not open (for a workspace-wide check). Each
 * request is plain JSON in and out, and its types are exported for clients.
 */

import { readFileSync, statSync } from "node:fs";
import { basename } from "node:path";
import { fileURLToPath } from "node:url";
import { formatRunError, runRule } from "@twinsync/compiler";
import type { Connection } from "vscode-languageserver";
import { analyzeDocument, directionFromName, type Direction } from "./analysis.ts";
import { documentDiagnostics } from "./diagnostics.ts";
import type { Workspace } from "./server.ts";

export const RULE_INFO_REQUEST = "twinsync/ruleInfo";
export const RUN_RULE_REQUEST = "twinsync/runRule";
export const CHECK_FILES_REQUEST = "twinsync/checkFiles";

export interface RuleInfoParams {
  uri: string;
}

export interface RuleInfo {
  direction: Direction;
  /** Whether the direction comes from the file name or from the `defaultDirection` setting. */
  directionFrom: "file name" | "setting";
  /** The connector of the instance the project config assigns to the rule, or null. */
  connector: string | null;
  /** The instance's name in the project config, or null. */
  instance: string | null;
  /** The project config file that applies, or null. */
  configFile: string | null;
}

export interface RunRuleParams {
  uri: string;
  /** The state JSON's text: `{issue, replica, previous, firstSync, instance}`, every key optional. */
  stateText: string;
  /** A name for the state in messages, usually its file name. */
  stateName: string;
  /** An IANA time zone for dates in the rule; the server's zone when absent. */
  timeZone?: string;
}

export interface RunRuleResult {
  direction: Direction;
  /** 0: the rule ran to the end; 1: the rule raised an error; 2: the input was unusable. */
  exitCode: 0 | 1 | 2;
  /** The failure as one message naming the place and the fix, or null when exitCode is 0. */
  message: string | null;
  /** The issue and replica as the rule received them, normalized like `after`. Null when exitCode is 2. */
  before: { issue: unknown; replica: unknown } | null;
  /** The state after the run, as `twinsync run` prints it. Null when exitCode is 2. */
  after: Record<string, unknown> | null;
  /** The rule's log lines, such as `[info] ...`. */
  logs: string[];
}

export interface CheckFilesParams {
  uris: string[];
}

export interface CheckFilesResult {
  files: number;
  errors: number;
  warnings: number;
  /** Files that were not checked, with the reason. */
  skipped: { uri: string; reason: string }[];
}

/** Rule files above this size are skipped by the workspace check, as they are not rules. */
const MAX_RULE_BYTES = 2_000_000;

export function registerExtensionRequests(connection: Connection, workspace: Workspace): void {
  const directionOf = (uri: string): { direction: Direction; from: RuleInfo["directionFrom"] } => {
    const named = directionFromName(uri);
    return named === null ? { direction: workspace.options.defaultDirection, from: "setting" } : { direction: named, from: "file name" };
  };

  connection.onRequest(RULE_INFO_REQUEST, (params: RuleInfoParams): RuleInfo => {
    const { direction, from } = directionOf(params.uri);
    const instance = workspace.ruleConfig(params.uri)?.instance;
    return {
      direction,
      directionFrom: from,
      connector: instance?.connector ?? null,
      instance: instance?.name ?? null,
      configFile: workspace.configs.fileFor(params.uri),
    };
  });

  connection.onRequest(RUN_RULE_REQUEST, (params: RunRuleParams): RunRuleResult => {
    const { direction } = directionOf(params.uri);
    const fail = (message: string): RunRuleResult => {
      connection.console.warn(`run of ${params.uri} with ${params.stateName} rejected: ${message}`);
      return { direction, exitCode: 2, message, before: null, after: null, logs: [] };
    };
    const source = ruleText(workspace, params.uri);
    if (source === null) return fail(`cannot read the rule ${params.uri}: open or save it first`);
    let state: unknown;
    try {
      state = JSON.parse(params.stateText);
    } catch (err) {
      return fail(`${params.stateName} is not valid JSON (${(err as Error).message}); fix it and run again`);
    }
    if (typeof state !== "object" || state === null || Array.isArray(state)) {
      return fail(`${params.stateName} must hold a JSON object such as {"issue": {...}, "replica": {...}}, not ${Array.isArray(state) ? "an array" : String(state)}`);
    }
    if (params.timeZone !== undefined && !isTimeZone(params.timeZone)) {
      return fail(`'${params.timeZone}' is not a time zone; use an IANA name such as Europe/Berlin or UTC`);
    }
    const fileName = basename(params.uri.startsWith("file:") ? fileURLToPath(params.uri) : params.uri);
    // Running an empty rule first gives the input in the same normal form as the output, so a diff shows only the rule's changes.
    const input = runRule({ source: "", fileName, direction, state, timeZone: params.timeZone });
    if (input.exitCode === 2) {
      return fail(`${params.stateName} is not a usable state:\n${input.stateProblems.map((p) => `  ${p.path}: ${p.message}`).join("\n")}`);
    }
    const outcome = runRule({ source, fileName, direction, state, timeZone: params.timeZone });
    return {
      direction,
      exitCode: outcome.exitCode,
      message: outcome.error === null ? null : formatRunError(outcome.error),
      before: { issue: input.output?.issue ?? null, replica: input.output?.replica ?? null },
      after: outcome.output,
      logs: outcome.logs.map((entry) => `[${entry.level}] ${entry.message}`),
    };
  });

  connection.onRequest(CHECK_FILES_REQUEST, (params: CheckFilesParams, token): CheckFilesResult => {
    const result: CheckFilesResult = { files: 0, errors: 0, warnings: 0, skipped: [] };
    for (const uri of params.uris) {
      if (token.isCancellationRequested) break;
      // An open document gets its diagnostics from the regular schedule, from the editor's text.
      const open = workspace.documents.get(uri) !== undefined;
      const text = open ? workspace.documents.get(uri)!.getText() : readRule(uri, result.skipped);
      if (text === null) continue;
      try {
        const doc = open ? workspace.analysis(uri)! : analyzeDocument(text, { direction: directionOf(uri).direction, config: workspace.ruleConfig(uri) }, uri);
        const diagnostics = documentDiagnostics(doc);
        result.files++;
        result.errors += diagnostics.filter((d) => d.severity === 1).length;
        result.warnings += diagnostics.filter((d) => d.severity === 2).length;
        if (!open) {
          workspace.pushedClosed.add(uri);
          void connection.sendDiagnostics({ uri, diagnostics });
        }
      } catch (err) {
        result.skipped.push({ uri, reason: `analysis failed: ${(err as Error).message}` });
        connection.console.error(`checking ${uri} failed: ${(err as Error).stack ?? String(err)}`);
      }
    }
    return result;
  });
}

/** Returns the open document's text, else the file's text, else null. */
function ruleText(workspace: Workspace, uri: string): string | null {
  const open = workspace.documents.get(uri);
  if (open !== undefined) return open.getText();
  return readRule(uri, []);
}

function readRule(uri: string, skipped: CheckFilesResult["skipped"]): string | null {
  if (!uri.startsWith("file:")) {
    skipped.push({ uri, reason: "not a file URI" });
    return null;
  }
  try {
    const path = fileURLToPath(uri);
    const size = statSync(path).size;
    if (size > MAX_RULE_BYTES) {
      skipped.push({ uri, reason: `${size} bytes is over the ${MAX_RULE_BYTES}-byte limit for a rule file` });
      return null;
    }
    return readFileSync(path, "utf8");
  } catch (err) {
    skipped.push({ uri, reason: `cannot read it: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` });
    return null;
  }
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return zone !== "";
  } catch {
    return false;
  }
}
