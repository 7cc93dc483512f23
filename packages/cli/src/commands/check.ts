/**
 * `twinsync check FILE|DIR...`: syntax, compile and checker diagnostics for
 * rule files. A folder is searched for rules whose names give their
 * direction (`outgoing.groovy`, `jira.incoming.groovy`); other `.groovy`
 * files in it are skipped unless `--direction` is given.
 */

import { dirname, join, relative, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import {
  applySeverities,
  checkRule,
  DIAGNOSTICS,
  parseProjectConfig,
  resolveRuleConfig,
  sarifLog,
  type CompiledRule,
  type Diagnostic,
  type ProjectConfig,
} from "@twinsync/compiler";
import { compileFor, directionFromFileName, type Direction } from "../run-rule.ts";
import { formatStylish, type FileReport } from "../code-frame.ts";
import { findRuleFiles, readJson, readText, requireFile, statOrNull, UsageError } from "../files.ts";

export interface CheckOptions {
  paths: string[];
  format: "stylish" | "json" | "sarif";
  direction: Direction | null;
  /** Exit with 1 when there are more warnings than this; null for no limit. */
  maxWarnings?: number | null;
  /** Path of twinsync.config.json; null to look for one next to each rule and in the folders above. */
  config?: string | null;
}

const CONFIG_NAME = "twinsync.config.json";
const VERSION = "0.1.0";

export interface LoadedConfig {
  dir: string;
  config: ProjectConfig;
}

function loadConfig(path: string): LoadedConfig {
  const { config, problems } = parseProjectConfig(readJson(path, "config file", "write {} for a config with no settings, or remove the file"));
  if (problems.length > 0) throw new UsageError(`${path}: invalid config: ${problems.map((p) => `${p.path}: ${p.message}`).join("; ")}`);
  return { dir: dirname(resolve(path)), config };
}

/** Finds the nearest twinsync.config.json in the rule's folder or above, caching by folder. */
export function configFinder(explicit: string | null | undefined): (file: string) => LoadedConfig | null {
  if (explicit != null) {
    requireFile(explicit, "config file such as twinsync.config.json");
    const loaded = loadConfig(explicit);
    return () => loaded;
  }
  const byDir = new Map<string, LoadedConfig | null>();
  const lookUp = (dir: string): LoadedConfig | null => {
    const known = byDir.get(dir);
    if (known !== undefined) return known;
    const candidate = join(dir, CONFIG_NAME);
    const parent = dirname(dir);
    let found: LoadedConfig | null = null;
    if (statOrNull(candidate)?.isFile()) found = loadConfig(candidate);
    else if (parent !== dir) found = lookUp(parent);
    byDir.set(dir, found);
    return found;
  };
  return (file) => lookUp(dirname(resolve(file)));
}

const NAMES = "outgoing.groovy, incoming.groovy, NAME.outgoing.groovy or NAME.incoming.groovy";
export const NAMING_HINT = `name it ${NAMES}, or pass --direction outgoing|incoming`;
/** The naming advice for `twinsync demo`, which takes no --direction. */
export const DEMO_NAMING_HINT = `name the rule files ${NAMES}`;

/**
 * Returns the direction of a rule: its file name's, else `--direction`.
 * A name and a flag that disagree are a usage error, because one of them is
 * a mistake and running the rule the wrong way only fails later.
 */
export function ruleDirection(file: string, flag: Direction | null): Direction | null {
  const fromName = directionFromFileName(file);
  if (fromName !== null && flag !== null && fromName !== flag) {
    throw new UsageError(`${file} is named as an ${fromName} rule, but --direction says ${flag}; drop --direction, or rename the file if it is an ${flag} rule`);
  }
  return fromName ?? flag;
}

/**
 * Rule files to check, and the `.groovy` files in folders that were skipped
 * because their names give no direction. A file named on the command line
 * without a direction is a usage error, as in `twinsync run`.
 */
function ruleFiles(paths: string[], direction: Direction | null, namingHint: string): { files: string[]; skipped: string[] } {
  const files: string[] = [];
  const skipped: string[] = [];
  for (const path of paths) {
    const isDir = statOrNull(path)?.isDirectory() === true;
    for (const file of findRuleFiles([path])) {
      // Inside a folder --direction covers only the files whose names give none.
      if (directionFromFileName(file) !== null || direction !== null) files.push(file);
      else if (isDir) skipped.push(file);
      else throw new UsageError(`cannot tell the direction of ${file}: ${namingHint}`);
      if (!isDir) ruleDirection(file, direction);
    }
  }
  return { files: [...new Set(files)].sort(), skipped: [...new Set(skipped)].sort() };
}

/** Files that `checkFiles` skipped in the last call, for the note the command prints. */
let lastSkipped: string[] = [];

/** Returns the `.groovy` files that the last `checkFiles` call skipped because their names give no direction. */
export function skippedByLastCheck(): readonly string[] {
  return lastSkipped;
}

/** The diagnostics of one rule and the compiled rule, which `twinsync run` reuses. */
export interface CheckedRule {
  report: FileReport;
  compiled: CompiledRule;
}

/** Compiles and checks one rule with the config that applies to it. */
export function checkSource(file: string, source: string, direction: Direction, config: LoadedConfig | null): CheckedRule {
  const compiled = compileFor(source, file, direction);
  const ruleConfig = config === null ? undefined : resolveRuleConfig(config.config, relative(config.dir, resolve(file)).split(sep).join("/"));
  const checked = compiled.diagnostics.some((d) => d.code === "nesting-too-deep") ? [] : checkRule(compiled, { direction, source, config: ruleConfig });
  const merged = dedupe([...compiled.diagnostics, ...checked]);
  return { report: { file, source, lineMap: compiled.lineMap, diagnostics: applySeverities(merged, ruleConfig?.severity) }, compiled };
}

export function checkFiles(options: CheckOptions, namingHint = NAMING_HINT): FileReport[] {
  const { files, skipped } = ruleFiles(options.paths, options.direction, namingHint);
  lastSkipped = skipped;
  if (files.length === 0) throw new UsageError(`no rule files found in ${options.paths.join(", ")}; ${namingHint}`);
  const findConfig = configFinder(options.config);
  return files.map((file) => {
    const source = readText(file, "rule file");
    const direction = directionFromFileName(file) ?? options.direction ?? "incoming";
    return checkSource(file, source, direction, findConfig(file)).report;
  });
}

/** Sorts by position and drops a checker finding that repeats a compiler one at the same place. */
function dedupe(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .filter((d) => {
      const key = `${String(d.code)}@${d.start}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

function jsonReport(reports: FileReport[]): string {
  const json = reports.map((r) => ({
    file: r.file,
    diagnostics: r.diagnostics.map((d) => {
      const start = r.lineMap.position(d.start);
      const end = r.lineMap.position(d.end);
      return { code: d.code, severity: d.severity, message: d.message, line: start.line, column: start.column, endLine: end.line, endColumn: end.column, description: DIAGNOSTICS[d.code].description };
    }),
  }));
  return JSON.stringify(json, null, 2);
}

function sarifReport(reports: FileReport[]): string {
  const files = reports.map((r) => ({ path: relative(process.cwd(), resolve(r.file)).split(sep).join("/"), lineMap: r.lineMap, diagnostics: r.diagnostics }));
  return JSON.stringify(sarifLog(files, { name: "twinsync", version: VERSION }, pathToFileURL(process.cwd() + sep).href), null, 2);
}

/** Runs the command and returns its exit code: 0 when clean, 1 with errors or more warnings than `--max-warnings`. */
export function runCheck(options: CheckOptions, write: (text: string) => void, note: (text: string) => void = write): number {
  const reports = checkFiles(options);
  if (lastSkipped.length > 0) {
    note(`twinsync: skipped ${lastSkipped.length} file${lastSkipped.length === 1 ? "" : "s"} whose name gives no direction (${lastSkipped.join(", ")}); ${NAMING_HINT.replace("name it", "name each")}\n`);
  }
  if (options.format === "json") write(jsonReport(reports) + "\n");
  else if (options.format === "sarif") write(sarifReport(reports) + "\n");
  else {
    // Hints are editor advice; the terminal report leaves them out.
    const text = formatStylish(reports.map((r) => ({ ...r, diagnostics: r.diagnostics.filter((d) => d.severity !== "hint") })));
    if (text !== "") write(text + "\n");
    else write(`✔ ${reports.length} rule file${reports.length === 1 ? "" : "s"} checked: no errors or warnings\n`);
  }
  const errors = reports.some((r) => r.diagnostics.some((d) => d.severity === "error"));
  const warnings = reports.reduce((n, r) => n + r.diagnostics.filter((d) => d.severity === "warning").length, 0);
  const maxWarnings = options.maxWarnings ?? null;
  if (maxWarnings !== null && warnings > maxWarnings && options.format === "stylish") {
    write(`twinsync found ${warnings} warning${warnings === 1 ? "" : "s"}, more than the maximum of ${maxWarnings} set by --max-warnings\n`);
  }
  return errors || (maxWarnings !== null && warnings > maxWarnings) ? 1 : 0;
}
