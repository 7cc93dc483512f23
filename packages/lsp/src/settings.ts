/**
 * The server's settings: read from `initializationOptions` at start and from
 * the client's `twinsync` settings section on every configuration change.
 * Bad values are reported through `log` and leave the previous value in place.
 */

import { isAbsolute, resolve } from "node:path";
import { DIAGNOSTICS, type DiagnosticCode, type SeveritySetting } from "@twinsync/compiler";
import type { Direction } from "./analysis.ts";

/** Options a client can pass in `initializationOptions` or in its `twinsync` settings section. */
export interface ServerOptions {
  /** Direction of rules whose file names do not tell it (default: incoming). */
  defaultDirection?: Direction;
  /** Milliseconds to wait after the last change before pushing diagnostics (default: 100). */
  diagnosticsDelay?: number;
  /** Whether to show the inferred types of `def` locals and closure parameters as inlay hints (default: false). */
  inlayHints?: boolean;
  /** Severity per diagnostic code; these win over the project config's `severity`. */
  severity?: Partial<Record<DiagnosticCode, SeveritySetting>>;
  /** A `twinsync.config.json` to use for every rule instead of the nearest one (absolute, or relative to the workspace root). */
  configPath?: string | null;
}

export type Settings = Required<ServerOptions>;

export const DEFAULT_SETTINGS: Settings = { defaultDirection: "incoming", diagnosticsDelay: 100, inlayHints: false, severity: {}, configPath: null };

const SEVERITY_VALUES: ReadonlySet<string> = new Set(["error", "warning", "info", "hint", "off"]);

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Merges the valid keys of `raw` into `current` and returns the result.
 * `root` resolves a relative `configPath`. Keys the server does not know are ignored,
 * because clients send whole settings sections that hold client-only keys too.
 */
export function readSettings(raw: unknown, current: Settings, root: string | null, log: (message: string) => void): Settings {
  const next: Settings = { ...current };
  if (!isRecord(raw)) return next;
  const { defaultDirection, diagnosticsDelay, inlayHints, severity, configPath } = raw;
  if (defaultDirection !== undefined) {
    if (defaultDirection === "outgoing" || defaultDirection === "incoming") next.defaultDirection = defaultDirection;
    else log(`twinsync.defaultDirection: '${String(defaultDirection)}' is not a direction; use "outgoing" or "incoming"`);
  }
  if (diagnosticsDelay !== undefined) {
    if (typeof diagnosticsDelay === "number" && Number.isFinite(diagnosticsDelay) && diagnosticsDelay >= 0) next.diagnosticsDelay = diagnosticsDelay;
    else log(`twinsync.diagnosticsDelay: '${String(diagnosticsDelay)}' is not a delay; use a number of milliseconds, 0 or more`);
  }
  if (inlayHints !== undefined) {
    if (typeof inlayHints === "boolean") next.inlayHints = inlayHints;
    else log(`twinsync.inlayHints: '${String(inlayHints)}' is not true or false`);
  }
  if (severity !== undefined) next.severity = readSeverity(severity, log);
  if (configPath !== undefined) {
    if (configPath === null || configPath === "") next.configPath = null;
    else if (typeof configPath !== "string") log(`twinsync.configPath: expected a file path, got ${typeof configPath}`);
    else if (isAbsolute(configPath)) next.configPath = configPath;
    else if (root !== null) next.configPath = resolve(root, configPath);
    else log(`twinsync.configPath: '${configPath}' is relative but the workspace has no folder; use an absolute path`);
  }
  return next;
}

function readSeverity(raw: unknown, log: (message: string) => void): Settings["severity"] {
  const severity: Settings["severity"] = {};
  if (!isRecord(raw)) {
    log(`twinsync.severity: expected an object from diagnostic code to severity, such as {"unused-variable": "off"}`);
    return severity;
  }
  for (const [code, level] of Object.entries(raw)) {
    if (!Object.hasOwn(DIAGNOSTICS, code)) log(`twinsync.severity: '${code}' is not a diagnostic code; see docs/checker.md for the list`);
    else if (typeof level !== "string" || !SEVERITY_VALUES.has(level)) log(`twinsync.severity.${code}: '${String(level)}' is not a severity; use error, warning, info, hint or off`);
    else severity[code as DiagnosticCode] = level as SeveritySetting;
  }
  return severity;
}
