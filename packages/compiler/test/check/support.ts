/** Test helpers: check rule text and list the findings as `code line:column`. */

import { analyzeRule, type CheckOptions } from "../../src/check/index.ts";
import { parseProjectConfig } from "../../src/check/config.ts";
import { parse } from "../../src/syntax/parse.ts";

export function findings(text: string, direction: "incoming" | "outgoing" = "incoming", options: Partial<CheckOptions> = {}): string[] {
  const parsed = parse(text);
  const { diagnostics } = analyzeRule(parsed, { direction, source: text, ...options });
  return diagnostics.map((d) => {
    const { line, column } = parsed.lineMap.position(d.start);
    return `${d.code} ${line}:${column}`;
  });
}

/** Only the codes, without positions. */
export function codes(text: string, direction: "incoming" | "outgoing" = "incoming", options: Partial<CheckOptions> = {}): string[] {
  return findings(text, direction, options).map((f) => f.split(" ")[0]!);
}

/** The first sync block that incoming rules need, so tests of other checks stay free of that finding. */
export const FIRST_SYNC = 'if (firstSync) { issue.projectKey = "SUP"; issue.typeName = "Bug" }\n';

/** Builds an instance config for tests of instance names. */
export function instanceConfig(instance: Record<string, unknown>) {
  const { config, problems } = parseProjectConfig({ instances: { jira: instance } });
  if (problems.length > 0) throw new Error(JSON.stringify(problems));
  return { config: { instance: config.instances[0] } };
}
