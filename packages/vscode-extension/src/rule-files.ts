/**
 * Rule file recognition and rule direction, from file paths alone.
 * Plain functions without the VS Code API, so unit tests can load them.
 */

import { globToRegExp } from "@twinsync/compiler/config-files";

export type Direction = "outgoing" | "incoming";

/** The language id the extension contributes for rule files. */
export const LANGUAGE_ID = "twinsync";

/** Globs of the rule files the manifest associates by name, relative to a workspace folder. */
export const BUILT_IN_GLOBS = ["**/outgoing.groovy", "**/incoming.groovy", "**/*.outgoing.groovy", "**/*.incoming.groovy"];

/** Reads a rule's direction from its file name (`outgoing.groovy`, `jira.incoming.groovy`), or null. */
export function directionFromPath(path: string): Direction | null {
  const base = path.slice(path.replace(/\\/g, "/").lastIndexOf("/") + 1).toLowerCase();
  const match = /(?:^|\.)(outgoing|incoming)\.groovy$/.exec(base);
  return match === null ? null : (match[1] as Direction);
}

/** A matcher for the globs of the `twinsync.files` setting; each glob is relative to a workspace folder. */
export interface RuleFileMatcher {
  /** Tells whether `relativePath` (with `/` separators, from the workspace folder) names a rule file. */
  matches(relativePath: string): boolean;
  /** The settings values that are not usable globs, each with the reason. */
  problems: string[];
}

export function ruleFileMatcher(globs: unknown): RuleFileMatcher {
  const problems: string[] = [];
  const patterns: RegExp[] = [];
  if (!Array.isArray(globs)) {
    if (globs !== undefined && globs !== null) problems.push(`twinsync.files must be a list of globs such as ["rules/**/*.groovy"], not ${JSON.stringify(globs)}`);
    return { matches: () => false, problems };
  }
  for (const glob of globs) {
    if (typeof glob !== "string" || glob.trim() === "") {
      problems.push(`twinsync.files: ${JSON.stringify(glob)} is not a glob; use a path pattern such as "rules/**/*.groovy"`);
      continue;
    }
    const trimmed = glob.trim().replace(/\\/g, "/").replace(/^\.\//, "");
    if (trimmed.startsWith("/")) {
      problems.push(`twinsync.files: "${glob}" is absolute; write it relative to the workspace folder, such as "rules/**/*.groovy"`);
      continue;
    }
    patterns.push(globToRegExp(trimmed));
  }
  return {
    matches: (relativePath) => {
      const path = relativePath.replace(/\\/g, "/").replace(/^\.\//, "");
      return patterns.some((pattern) => pattern.test(path));
    },
    problems,
  };
}

/** Builds the text of a status item from what the server reports on a rule. */
export function describeRule(info: { direction: Direction; directionFrom: string; connector: string | null; instance: string | null; configFile: string | null }): { text: string; detail: string } {
  const direction = info.direction === "outgoing" ? "Outgoing rule" : "Incoming rule";
  const text = info.connector === null ? direction : `${direction} · ${info.connector}`;
  const from = info.directionFrom === "file name" ? "direction from the file name" : "direction from the twinsync.defaultDirection setting";
  const config = info.configFile === null ? "" : info.configFile.replace(/\\/g, "/").split("/").pop()!;
  let instance: string;
  if (info.configFile === null) instance = "no twinsync.config.json in this folder or above";
  else if (info.instance === null) instance = `no instance of ${config} matches this file`;
  else instance = `instance '${info.instance}' of ${config}`;
  return { text, detail: `${from}; ${instance}` };
}

/** Orders candidate state files for a rule: files in a `states` folder and files named after the rule's side and direction first. */
export function rankStateFiles(rulePath: string, statePaths: readonly string[]): string[] {
  const base = rulePath.replace(/\\/g, "/").split("/").pop() ?? "";
  const side = /^([^.]+)\.(?:incoming|outgoing)\.groovy$/i.exec(base)?.[1]?.toLowerCase() ?? null;
  const direction = directionFromPath(rulePath);
  const score = (path: string): number => {
    const lower = path.replace(/\\/g, "/").toLowerCase();
    const name = lower.split("/").pop() ?? "";
    let points = 0;
    if (/(^|\/)states?\//.test(lower)) points += 4;
    if (side !== null && name.startsWith(side)) points += 2;
    if (direction !== null && name.includes(direction)) points += 1;
    if (/(^|\/)(package(-lock)?|tsconfig|jsconfig)\.json$/.test(lower) || name === "twinsync.config.json") points -= 10;
    return points;
  };
  return [...statePaths].map((path) => ({ path, points: score(path) })).sort((a, b) => b.points - a.points || a.path.localeCompare(b.path)).map((entry) => entry.path);
}
