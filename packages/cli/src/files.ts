/**
 * Finding rule files and reading input files. Every problem is a
 * UsageError that names the path and the file to pass instead. A folder
 * where a file is expected gets "X is a folder; pass a rule file", and a
 * missing file gets "X: no such file".
 */

import { readdirSync, readFileSync, statSync, type Stats } from "node:fs";
import { join } from "node:path";
import { fsReason, oneLine, UsageError } from "./errors.ts";

export { OperationError, UsageError } from "./errors.ts";

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

/** Returns the stats of a path, or null when nothing is there. */
export function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT" || (error as NodeJS.ErrnoException).code === "ENOTDIR") return null;
    throw new UsageError(fileProblem(path, error, "file"));
  }
}

/**
 * Describes why a file could not be read, in the words this CLI uses
 * everywhere. `kind` is the kind of file expected, such as "state JSON file".
 */
export function fileProblem(path: string, error: unknown, kind: string): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return `${path}: no such file`;
  if (code === "EISDIR") return `${path} is a folder; pass a ${kind}`;
  if (code === "ENOTDIR") return `${path}: no such file (a part of the path is a file, not a folder)`;
  const reason = fsReason(code);
  return `cannot read ${kind} ${path}: ${reason ?? oneLine((error as Error).message)}`;
}

/** Checks that `path` is an existing file, not a folder; `kind` names the kind of file, such as "rule file". */
export function requireFile(path: string, kind: string): void {
  const stats = statOrNull(path);
  if (stats === null) throw new UsageError(`${path}: no such file`);
  if (stats.isDirectory()) throw new UsageError(`${path} is a folder; pass a ${kind}`);
}

/** Reads a file as bytes with the messages of `fileProblem`. */
export function readBytes(path: string, kind: string): Buffer {
  try {
    // readFileSync on a folder fails with EISDIR on Linux but not on every platform, so check first.
    if (statOrNull(path)?.isDirectory()) throw Object.assign(new Error("is a folder"), { code: "EISDIR" });
    return readFileSync(path);
  } catch (error) {
    throw new UsageError(fileProblem(path, error, kind));
  }
}

/** Reads a UTF-8 text file; `kind` names the kind of file, such as "rule file". */
export function readText(path: string, kind: string): string {
  const bytes = readBytes(path, kind);
  // A NUL byte or invalid UTF-8 means a binary file; lexing it would only produce noise.
  if (bytes.includes(0)) throw new UsageError(`${path}: the ${kind} is not a text file (it contains NUL bytes)`);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new UsageError(`${path}: the ${kind} is not valid UTF-8 text; save it as UTF-8`);
  }
}

/**
 * Parses a JSON file. A syntax error names the file, and the line and column
 * when the parser reports a position; the message stays on one line.
 */
export function readJson(path: string, kind: string, emptyHint = "write {} for an empty state, or leave out --state"): unknown {
  const text = readText(path, kind);
  if (text.trim() === "") throw new UsageError(`${path}: the ${kind} is empty; ${emptyHint}`);
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
    // V8 quotes the bad input in some messages ("nope\n" is not valid JSON), line breaks included.
    const reason = message.replace(/ in JSON at position \d+.*$/s, "").replace(/\r/g, "\\r").replace(/\n/g, "\\n").replace(/\t/g, "\\t");
    throw new UsageError(`${path}${where}: invalid JSON in the ${kind.replace(/ JSON file$/, " file")}: ${reason}`);
  }
}
