/** Finding rule files and reading input files with errors that name the file. */

import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

/** A problem with the command line or its input: exit code 2. */
export class UsageError extends Error {}

/** Lists every `*.groovy` file under the given files and folders, sorted, skipping `node_modules` and dot folders. */
export function findRuleFiles(paths: string[]): string[] {
  const found: string[] = [];
  for (const path of paths) {
    let stats;
    try {
      stats = statSync(path);
    } catch {
      throw new UsageError(`${path}: no such file or folder`);
    }
    if (stats.isDirectory()) walk(path, found);
    else found.push(path);
  }
  return [...new Set(found)].sort();
}

function walk(dir: string, found: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, found);
    else if (entry.name.endsWith(".groovy")) found.push(path);
  }
}

export function readText(path: string, what: string): string {
  try {
    const bytes = readFileSync(path);
    // A NUL byte or invalid UTF-8 means a binary file; lexing it would only produce noise.
    if (bytes.includes(0)) throw new UsageError(`${path}: the ${what} is not a text file (it contains NUL bytes)`);
    try {
      return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      throw new UsageError(`${path}: the ${what} is not valid UTF-8 text; save it as UTF-8`);
    }
  } catch (err) {
    if (err instanceof UsageError) throw err;
    const reason = (err as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (err as Error).message;
    throw new UsageError(`cannot read ${what} ${path}: ${reason}`);
  }
}

/** Parses a JSON file; a syntax error names the file, line and column. */
export function readJson(path: string, what: string): unknown {
  const text = readText(path, what);
  if (text.trim() === "") throw new UsageError(`${path}: the ${what} is empty; write {} for an empty state, or leave out --state`);
  try {
    return JSON.parse(text);
  } catch (err) {
    const message = (err as Error).message;
    const position = /position (\d+)/.exec(message);
    let where = "";
    if (position) {
      const offset = Number(position[1]);
      const before = text.slice(0, offset).split("\n");
      where = `:${before.length}:${before[before.length - 1]!.length + 1}`;
    }
    throw new UsageError(`${path}${where}: invalid JSON in ${what}: ${message.replace(/ in JSON at position \d+.*$/, "")}`);
  }
}
