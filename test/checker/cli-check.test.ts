/**
 * `twinsync check` with the checker: folders of connections, the project
 * config, severities, hints, --max-warnings and SARIF output. Runs the CLI's
 * `main` in process on files written to a temporary folder.
 */

import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { main } from "../../packages/cli/src/main.ts";

let dir: string;

function run(...args: string[]) {
  let stdout = "";
  let stderr = "";
  const code = main(args, (t) => void (stdout += t), (t) => void (stderr += t));
  return { code, stdout, stderr };
}

function write(path: string, text: string) {
  mkdirSync(join(dir, path, ".."), { recursive: true });
  writeFileSync(join(dir, path), text);
}

const FIRST_SYNC = 'if (firstSync) {\n    issue.projectKey = "SUP"\n    issue.typeName = "Bug"\n}\n';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "twinsync-check-"));
  write("jira-github/outgoing.groovy", "replica.summary = issue.summary\nreplica.assigneeName = issue.assignee.displayName\n");
  write("jira-github/incoming.groovy", FIRST_SYNC + 'issue.setStatus(replica.status?.name == "closed" ? "Don" : "To Do")\nissue.description = replica.description\n');
  write("jira-github/notes.groovy", "this is not a rule {\n");
  write("azure/jira.outgoing.groovy", "replica.summary = isue.summary\n");
  write(
    "twinsync.config.json",
    JSON.stringify({ instances: { jira: { connector: "jira", files: ["jira-github/*.groovy"], statuses: ["To Do", "Done"] } } }),
  );
});

describe("twinsync check with the checker", () => {
  it("checks connection folders", () => {
    const r = run("check", join(dir, "jira-github"), join(dir, "azure"));
    expect(r.stdout).toContain("incoming.groovy:5:");
    expect(r.stdout).not.toContain("notes.groovy:");
    expect(r.stdout).toContain("unknown variable 'isue'; did you mean 'issue'?");
    expect(r.code).toBe(1);
  });

  it("applies the nearest config to each rule", () => {
    const r = run("check", join(dir, "jira-github", "incoming.groovy"));
    expect(r.stdout).toContain("status 'Don' is not among the statuses of instance 'jira'; did you mean 'Done'?");
  });

  it("shows hints only in JSON", () => {
    const stylish = run("check", join(dir, "jira-github", "incoming.groovy"));
    expect(stylish.stdout).not.toContain("copy-may-wipe");
    const json = JSON.parse(run("check", join(dir, "jira-github", "incoming.groovy"), "--format", "json").stdout);
    expect(json[0].diagnostics.map((d: { code: string }) => d.code)).toContain("copy-may-wipe");
  });

  it("fails on more warnings than --max-warnings", () => {
    const file = join(dir, "jira-github", "outgoing.groovy");
    expect(run("check", file).code).toBe(0);
    const strict = run("check", file, "--max-warnings", "0");
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain("more than the maximum of 0");
    expect(run("check", file, "--max-warnings", "1").code).toBe(0);
    expect(run("check", file, "--max-warnings", "many").code).toBe(2);
  });

  it("changes severities from an explicit --config", () => {
    const config = join(dir, "strict.json");
    writeFileSync(config, JSON.stringify({ severity: { "null-dereference": "error", "unknown-variable": "off" } }));
    const r = run("check", join(dir, "jira-github", "outgoing.groovy"), join(dir, "azure"), "--config", config);
    expect(r.stdout).toMatch(/outgoing\.groovy:2:\d+ {2}error {2}'issue\.assignee' can be null/);
    expect(r.stdout).not.toContain("isue");
    expect(r.code).toBe(1);
  });

  it("rejects an invalid config with the path of the bad value", () => {
    const config = join(dir, "bad.json");
    writeFileSync(config, JSON.stringify({ severity: { "null-dereference": "loud" }, instances: { jira: { statuses: "Done" } } }));
    const r = run("check", join(dir, "azure"), "--config", config);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("$.severity.null-dereference: must be error, warning, info, hint or off");
    expect(r.stderr).toContain("$.instances.jira.statuses: must be a list of strings");
  });

  it("honours suppression comments", () => {
    write("quiet/outgoing.groovy", "// twinsync-disable-next-line null-dereference -- checked upstream\nreplica.name = issue.assignee.displayName\n");
    const r = run("check", join(dir, "quiet"), "--max-warnings", "0");
    expect(r.stdout).not.toContain("null-dereference");
    expect(r.code).toBe(0);
  });
});

describe("twinsync check --format sarif", () => {
  const sarif = () => JSON.parse(run("check", join(dir, "jira-github"), join(dir, "azure"), "--format", "sarif").stdout);

  it("writes one result per diagnostic with SARIF levels and regions", () => {
    const log = sarif();
    expect(log.version).toBe("2.1.0");
    const results = log.runs[0].results;
    const unknown = results.find((r: { ruleId: string }) => r.ruleId === "unknown-variable");
    expect(unknown.level).toBe("error");
    expect(unknown.locations[0].physicalLocation.region).toEqual({ startLine: 1, startColumn: 19, endLine: 1, endColumn: 23 });
    expect(unknown.locations[0].physicalLocation.artifactLocation.uri).toMatch(/azure\/jira\.outgoing\.groovy$/);
    const hint = results.find((r: { ruleId: string }) => r.ruleId === "copy-may-wipe");
    expect(hint.level).toBe("note");
    const rules = log.runs[0].tool.driver.rules.map((r: { id: string }) => r.id);
    for (const r of results) expect(rules[r.ruleIndex]).toBe(r.ruleId);
  });

  it("says where %SRCROOT% points, so artifact URIs resolve to the files", () => {
    const log = sarif();
    const root = log.runs[0].originalUriBaseIds["%SRCROOT%"].uri as string;
    expect(root).toBe(pathToFileURL(process.cwd() + sep).href);
    const first = log.runs[0].results[0].locations[0].physicalLocation.artifactLocation;
    expect(first.uriBaseId).toBe("%SRCROOT%");
    expect(existsSync(fileURLToPath(new URL(first.uri, root)))).toBe(true);
  });

  // The official schema comes from the SARIF SDK's npm package; set TWINSYNC_SARIF_SCHEMA to use another copy.
  const require = createRequire(import.meta.url);
  const schemaPath = [process.env.TWINSYNC_SARIF_SCHEMA, join(import.meta.dirname, "..", "..", "node_modules", "@microsoft", "sarif-multitool-linux", "sarif-2.1.0.json")].find(
    (p): p is string => p !== undefined && existsSync(p),
  );
  let ajvAvailable = true;
  try {
    require.resolve("ajv/dist/2020.js");
    require.resolve("ajv-formats");
  } catch {
    ajvAvailable = false;
  }

  it.skipIf(schemaPath === undefined || !ajvAvailable)("validates against the SARIF 2.1.0 schema", async () => {
    const { default: Ajv2020 } = await import("ajv/dist/2020.js" as string);
    const { default: addFormats } = await import("ajv-formats" as string);
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(schemaPath!, "utf8")));
    const valid = validate(sarif());
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });
});
