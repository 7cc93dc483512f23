import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CONNECTORS, CUSTOM_FIELD_TYPES, parseProjectConfig } from "../../src/check/config.ts";
import { globToRegExp, resolveRuleConfig } from "../../src/check/config-files.ts";

const schema = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "..", "..", "schemas", "twinsync.config.schema.json"), "utf8"));

describe("parseProjectConfig", () => {
  it("reads severities and instances", () => {
    const { config, problems } = parseProjectConfig({
      severity: { "null-dereference": "error", "copy-may-wipe": "off" },
      instances: { jira: { connector: "jira", statuses: ["Done"], customFields: [{ name: "Team", type: "option", options: ["Red"] }] } },
    });
    expect(problems).toEqual([]);
    expect(config.severity).toEqual({ "null-dereference": "error", "copy-may-wipe": "off" });
    expect(config.instances).toEqual([{ name: "jira", connector: "jira", statuses: ["Done"], customFields: [{ name: "Team", type: "option", options: ["Red"] }] }]);
  });

  it("names the path of each bad value", () => {
    const { problems } = parseProjectConfig({
      severity: { "null-deref": "error", "copy-may-wipe": "loud" },
      instances: { jira: { connector: "jiraa", statuses: "Done", customFields: [{ id: "x" }], colour: 1 } },
      extra: true,
    });
    expect(problems.map((p) => p.path)).toEqual([
      "$.extra",
      "$.severity.null-deref",
      "$.severity.copy-may-wipe",
      "$.instances.jira.colour",
      "$.instances.jira.connector",
      "$.instances.jira.statuses",
      "$.instances.jira.customFields[0].name",
    ]);
  });

  it("rejects a config that is not an object", () => {
    expect(parseProjectConfig([]).problems).toEqual([{ path: "$", message: "the config must be a JSON object" }]);
  });
});

describe("config schema", () => {
  it("lists the same connectors and custom field types as the parser", () => {
    expect(schema.definitions.instance.properties.connector.enum).toEqual([...CONNECTORS]);
    expect(schema.definitions.customField.properties.type.enum).toEqual([...CUSTOM_FIELD_TYPES]);
  });

  it("lists only instance keys the parser accepts", () => {
    for (const key of Object.keys(schema.definitions.instance.properties)) {
      const value = key === "connector" ? "jira" : [];
      const { problems } = parseProjectConfig({ instances: { jira: { [key]: value } } });
      expect(problems, key).toEqual([]);
    }
  });
});

describe("resolveRuleConfig", () => {
  const { config } = parseProjectConfig({
    instances: { jira: { files: ["jira-*/jira.*.groovy"] }, github: { statuses: ["open", "closed"] } },
  });

  it("matches files patterns first", () => {
    expect(resolveRuleConfig(config, "jira-github/jira.incoming.groovy").instance?.name).toBe("jira");
  });

  it("falls back to the file's side prefix", () => {
    expect(resolveRuleConfig(config, "jira-github/github.incoming.groovy").instance?.name).toBe("github");
    expect(resolveRuleConfig(config, "azure/incoming.groovy").instance).toBeUndefined();
  });

  it("uses a single instance without patterns for every rule", () => {
    const single = parseProjectConfig({ instances: { jira: {} } }).config;
    expect(resolveRuleConfig(single, "any/incoming.groovy").instance?.name).toBe("jira");
  });

  it("translates globs", () => {
    expect(globToRegExp("**/*.groovy").test("a/b/c.groovy")).toBe(true);
    expect(globToRegExp("**/*.groovy").test("c.groovy")).toBe(true);
    expect(globToRegExp("rules/*.groovy").test("rules/sub/c.groovy")).toBe(false);
    expect(globToRegExp("a?.groovy").test("ab.groovy")).toBe(true);
    expect(globToRegExp("a.groovy").test("aXgroovy")).toBe(false);
  });
});
