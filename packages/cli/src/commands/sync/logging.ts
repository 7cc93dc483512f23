/**
 * Loggers for the sync commands. Long-running commands log JSON lines
 * through pino. On a terminal the same records are shown as short text
 * lines, so they fit next to the progress display.
 */

import { Writable } from "node:stream";
import { pino, type Level, type Logger } from "pino";

export type LogLevel = Level | "silent";

const LEVEL_NAMES: Record<number, string> = { 10: "TRACE", 20: "DEBUG", 30: "INFO", 40: "WARN", 50: "ERROR", 60: "FATAL" };
const OMITTED_KEYS = new Set(["level", "time", "pid", "hostname", "msg"]);

export function parseLogLevel(value: string | undefined, fallback: LogLevel): LogLevel {
  if (value === undefined) return fallback;
  const levels = ["trace", "debug", "info", "warn", "error", "fatal", "silent"];
  if (!levels.includes(value)) throw new Error(`invalid log level '${value}': use one of ${levels.join(", ")}`);
  return value as LogLevel;
}

/** Formats one pino JSON record as `12:00:01 WARN message key=value ...`. */
export function formatRecord(line: string): string {
  let record: Record<string, unknown>;
  try {
    record = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return line;
  }
  const time = new Date(Number(record.time)).toISOString().slice(11, 19);
  const fields = Object.entries(record)
    .filter(([key]) => !OMITTED_KEYS.has(key))
    .map(([key, value]) => `${key}=${typeof value === "string" ? value : JSON.stringify(value)}`);
  return `${time} ${LEVEL_NAMES[Number(record.level)] ?? record.level} ${String(record.msg ?? "")}${fields.length > 0 ? " " + fields.join(" ") : ""}`;
}

/** Creates a logger that writes JSON lines to a file descriptor (1 for stdout, 2 for stderr). */
export function jsonLogger(level: LogLevel, fd = 2): Logger {
  return pino({ level, base: { pid: process.pid } }, pino.destination({ fd, sync: true }));
}

/** Creates a logger that formats each record as a text line and passes it to `write`. */
export function textLogger(level: LogLevel, write: (line: string) => void): Logger {
  let pending = "";
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      pending += chunk.toString("utf8");
      let newline = pending.indexOf("\n");
      while (newline >= 0) {
        write(formatRecord(pending.slice(0, newline)));
        pending = pending.slice(newline + 1);
        newline = pending.indexOf("\n");
      }
      done();
    },
  });
  return pino({ level, base: undefined }, stream);
}
