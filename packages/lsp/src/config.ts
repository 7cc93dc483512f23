/** Discovery of `twinsync.config.json`: the nearest one in the rule's folder or a folder above. */

import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { parseProjectConfig, resolveRuleConfig, type ProjectConfig, type RuleConfig } from "@twinsync/compiler";

export const CONFIG_FILE = "twinsync.config.json";

/** Loads and caches project configs; `clear` drops the cache when a config file changes. */
export class ConfigStore {
  private readonly loaded = new Map<string, ProjectConfig | null>();

  constructor(private readonly log: (message: string) => void) {}

  clear(): void {
    this.loaded.clear();
  }

  /** The rule config that applies to the document at `uri`, or undefined outside a project. */
  forDocument(uri: string): RuleConfig | undefined {
    if (!uri.startsWith("file:")) return undefined;
    const path = fileURLToPath(uri);
    for (let dir = dirname(path); ; dir = dirname(dir)) {
      const file = join(dir, CONFIG_FILE);
      const config = this.load(file);
      if (config !== null) return resolveRuleConfig(config, relative(dir, path).split(sep).join("/"));
      if (dirname(dir) === dir) return undefined;
    }
  }

  private load(file: string): ProjectConfig | null {
    if (this.loaded.has(file)) return this.loaded.get(file)!;
    let config: ProjectConfig | null = null;
    if (existsSync(file)) {
      try {
        const result = parseProjectConfig(JSON.parse(readFileSync(file, "utf8")));
        for (const problem of result.problems) this.log(`${file}: ${problem.path}: ${problem.message}`);
        config = result.config;
      } catch (err) {
        this.log(`${file}: could not read the config, so rules are checked without it: ${(err as Error).message}`);
      }
    }
    this.loaded.set(file, config);
    return config;
  }
}
