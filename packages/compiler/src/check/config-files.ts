/**
 * Which instance of the project config a rule file runs on. Paths are
 * plain strings with `/` separators, so this module needs no file system.
 */

import type { ProjectConfig, RuleConfig } from "./config.ts";

/**
 * Converts a glob to a regular expression: `**` matches any number of
 * folders, `*` anything but `/`, `?` one character but `/`.
 */
export function globToRegExp(glob: string): RegExp {
  let pattern = "";
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i]!;
    if (ch === "*" && glob[i + 1] === "*") {
      const slash = glob[i + 2] === "/";
      pattern += slash ? "(?:.*/)?" : ".*";
      i += slash ? 2 : 1;
    } else if (ch === "*") pattern += "[^/]*";
    else if (ch === "?") pattern += "[^/]";
    else pattern += ch.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${pattern}$`);
}

/**
 * The config for one rule file. `relativePath` is the file's path relative
 * to the config file's folder, with `/` separators. The instance is the first
 * whose `files` patterns match; otherwise the one named like the file's side
 * prefix (`jira.incoming.groovy` runs on `jira`); otherwise the only instance
 * when there is exactly one and it lists no patterns.
 */
export function resolveRuleConfig(config: ProjectConfig, relativePath: string): RuleConfig {
  const path = relativePath.replace(/\\/g, "/").replace(/^\.\//, "");
  const base = path.slice(path.lastIndexOf("/") + 1);
  const byPattern = config.instances.find((instance) => instance.files?.some((glob) => globToRegExp(glob).test(path) || globToRegExp(glob).test(base)));
  const side = /^([^.]+)\.(incoming|outgoing)\.groovy$/i.exec(base)?.[1];
  const bySide = side === undefined ? undefined : config.instances.find((instance) => instance.name === side);
  const only = config.instances.length === 1 && config.instances[0]!.files === undefined ? config.instances[0] : undefined;
  return { instance: byPattern ?? bySide ?? only, severity: config.severity };
}
