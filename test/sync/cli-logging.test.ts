import { describe, expect, it } from "vitest";
import { formatRecord, parseLogLevel, textLogger } from "../../packages/cli/src/commands/sync/logging.ts";

describe("sync command logging", () => {
  it("formats pino records as text lines", () => {
    const line = JSON.stringify({ level: 40, time: Date.UTC(2024, 0, 2, 3, 4, 5), pid: 1, hostname: "h", msg: "sending events failed; retrying", connection: "jira-github", attempt: 3 });
    expect(formatRecord(line)).toBe('03:04:05 WARN sending events failed; retrying connection=jira-github attempt=3');
    expect(formatRecord("not json")).toBe("not json");
  });

  it("writes one text line per record", () => {
    const lines: string[] = [];
    const logger = textLogger("info", (line) => lines.push(line));
    logger.debug("hidden");
    logger.info({ eventId: "e1" }, "applied");
    logger.error({ err: "boom" }, "failed");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^\d\d:\d\d:\d\d INFO applied eventId=e1$/);
    expect(lines[1]).toMatch(/ERROR failed err=boom$/);
  });

  it("checks log levels", () => {
    expect(parseLogLevel(undefined, "warn")).toBe("warn");
    expect(parseLogLevel("debug", "warn")).toBe("debug");
    expect(() => parseLogLevel("loud", "warn")).toThrow(/invalid log level 'loud'/);
  });
});
