import { describe, expect, it } from "vitest";
import { CHECK_FILES_REQUEST, RULE_INFO_REQUEST, RUN_RULE_REQUEST } from "../../lsp/src/extension-requests.ts";
import { CHECK_FILES, RULE_INFO, RUN_RULE } from "../src/protocol.ts";
import { BUILT_IN_GLOBS, describeRule, directionFromPath, rankStateFiles, ruleFileMatcher } from "../src/rule-files.ts";
import manifest from "../package.json" with { type: "json" };

describe("directionFromPath", () => {
  it.each([
    ["outgoing.groovy", "outgoing"],
    ["rules/INCOMING.groovy", "incoming"],
    ["C:\\rules\\jira.outgoing.groovy", "outgoing"],
    ["/a/b/github.incoming.groovy", "incoming"],
    ["/a/b/myoutgoing.groovy", null],
    ["/a/outgoing.groovy/other.groovy", null],
    ["outgoing.groovy.bak", null],
  ])("reads %s as %s", (path, direction) => {
    expect(directionFromPath(path)).toBe(direction);
  });
});

describe("ruleFileMatcher", () => {
  it("matches globs relative to the workspace folder", () => {
    const matcher = ruleFileMatcher(["rules/**/*.groovy", "./sync/*.rule.groovy"]);
    expect(matcher.problems).toEqual([]);
    expect(matcher.matches("rules/a.groovy")).toBe(true);
    expect(matcher.matches("rules/jira/deep/a.groovy")).toBe(true);
    expect(matcher.matches("sync/x.rule.groovy")).toBe(true);
    expect(matcher.matches("sync/deeper/x.rule.groovy")).toBe(false);
    expect(matcher.matches("other/a.groovy")).toBe(false);
  });

  it("reports values that are not globs and keeps the rest", () => {
    const matcher = ruleFileMatcher(["", 3, "/abs/*.groovy", "ok/*.groovy"]);
    expect(matcher.problems).toEqual([
      'twinsync.files: "" is not a glob; use a path pattern such as "rules/**/*.groovy"',
      'twinsync.files: 3 is not a glob; use a path pattern such as "rules/**/*.groovy"',
      'twinsync.files: "/abs/*.groovy" is absolute; write it relative to the workspace folder, such as "rules/**/*.groovy"',
    ]);
    expect(matcher.matches("ok/a.groovy")).toBe(true);
  });

  it("rejects a setting that is not a list", () => {
    const matcher = ruleFileMatcher("rules/*.groovy");
    expect(matcher.problems).toEqual(['twinsync.files must be a list of globs such as ["rules/**/*.groovy"], not "rules/*.groovy"']);
    expect(matcher.matches("rules/a.groovy")).toBe(false);
    expect(ruleFileMatcher(undefined).problems).toEqual([]);
  });

  it("covers the same names as the manifest's file associations", () => {
    const language = manifest.contributes.languages[0]!;
    const fromManifest = [...language.filenames.map((name) => `**/${name}`), ...language.filenamePatterns.map((pattern) => `**/${pattern}`)];
    expect([...fromManifest].sort()).toEqual([...BUILT_IN_GLOBS].sort());
    const matcher = ruleFileMatcher(BUILT_IN_GLOBS);
    for (const path of ["outgoing.groovy", "a/b/incoming.groovy", "jira.outgoing.groovy", "x/gh.incoming.groovy"]) {
      expect(matcher.matches(path)).toBe(true);
      expect(directionFromPath(path)).not.toBeNull();
    }
  });
});

describe("describeRule", () => {
  it("names the direction and connector", () => {
    expect(describeRule({ direction: "outgoing", directionFrom: "file name", connector: "jira", instance: "jira", configFile: "/w/twinsync.config.json" })).toEqual({
      text: "Outgoing rule · jira",
      detail: "direction from the file name; instance 'jira' of twinsync.config.json",
    });
  });

  it("says where a default direction comes from", () => {
    const described = describeRule({ direction: "incoming", directionFrom: "setting", connector: null, instance: null, configFile: null });
    expect(described.text).toBe("Incoming rule");
    expect(described.detail).toBe("direction from the twinsync.defaultDirection setting; no twinsync.config.json in this folder or above");
  });

  it("says when the config has no instance for the file", () => {
    const described = describeRule({ direction: "incoming", directionFrom: "file name", connector: null, instance: null, configFile: "C:\\w\\team.config.json" });
    expect(described.detail).toBe("direction from the file name; no instance of team.config.json matches this file");
  });
});

describe("rankStateFiles", () => {
  it("puts states of the rule's side and direction first and project files last", () => {
    const ranked = rankStateFiles("examples/jira-github/jira.incoming.groovy", [
      "package.json",
      "examples/jira-github/states/github-outgoing-labels.json",
      "examples/jira-github/states/jira-incoming-update.json",
      "examples/jira-github/states/jira-outgoing.json",
      "fixtures/other.json",
    ]);
    expect(ranked[0]).toBe("examples/jira-github/states/jira-incoming-update.json");
    expect(ranked[1]).toBe("examples/jira-github/states/jira-outgoing.json");
    expect(ranked.at(-1)).toBe("package.json");
  });
});

describe("protocol", () => {
  it("uses the server's request names", () => {
    expect([RULE_INFO, RUN_RULE, CHECK_FILES]).toEqual([RULE_INFO_REQUEST, RUN_RULE_REQUEST, CHECK_FILES_REQUEST]);
  });
});

describe("manifest", () => {
  it("declares a command for every command the code registers", async () => {
    const { readFileSync, readdirSync } = await import("node:fs");
    const source = readdirSync(new URL("../src/", import.meta.url)).map((file) => readFileSync(new URL(`../src/${file}`, import.meta.url), "utf8")).join("\n");
    const registered = [...source.matchAll(/registerCommand\("([^"]+)"/g)].map((m) => m[1]).sort();
    expect(manifest.contributes.commands.map((c) => c.command).sort()).toEqual(registered);
  });

  it("declares a setting for every setting the code reads", async () => {
    const { readFileSync, readdirSync } = await import("node:fs");
    const source = readdirSync(new URL("../src/", import.meta.url)).map((file) => readFileSync(new URL(`../src/${file}`, import.meta.url), "utf8")).join("\n");
    const read = new Set([...source.matchAll(/\.get(?:<[^>]*>)?\("([^"]+)"\)/g)].map((m) => `twinsync.${m[1]}`));
    const declared = new Set(Object.keys(manifest.contributes.configuration.properties));
    for (const key of read) expect(declared).toContain(key);
  });
});
