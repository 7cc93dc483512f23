/** Discovery of `twinsync.config.json`: the nearest one in the rule's folder or a folder above. */

import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { parseProjectConfig, resolveRuleConfig, type ProjectConfig, type RuleConfig } from "@twinsync/compiler";

export const CONFIG_FILE = "twinsync.config.json";

/** Loads and caches project configs; `clear` drops the cache when a config file changes. */
export class ConfigStore {
  private readonly loaded = new Map<string, ProjectConfig | null>();
  /** A config file named in the client's settings; it applies to every rule instead of discovery. */
  private explicitPath: string | null = null;

  constructor(private readonly log: (message: string) => void) {}

  clear(): void {
    this.loaded.clear();
  }

  /** Uses `path` (absolute) for every rule, or goes back to discovery when it is null. */
  useFile(path: string | null): void {
    if (path !== null && !existsSync(path)) {
      this.log(`twinsync.configPath: ${path} does not exist, so rules use the nearest ${CONFIG_FILE} instead; fix the setting or create the file`);
      path = null;
    }
    this.explicitPath = path;
    this.clear();
  }

  /** Returns the config file that applies to the document at `uri`, or null outside a project. */
  fileFor(uri: string): string | null {
    if (!uri.startsWith("file:")) return null;
    if (this.explicitPath !== null) return this.load(this.explicitPath) === null ? null : this.explicitPath;
    const path = fileURLToPath(uri);
    for (let dir = dirname(path); ; dir = dirname(dir)) {
      const file = join(dir, CONFIG_FILE);
      if (this.load(file) !== null) return file;
      if (dirname(dir) === dir) return null;
    }
  }

  /** The rule config that applies to the document at `uri`, or undefined outside a project. */
  forDocument(uri: string): RuleConfig | undefined {
    const file = this.fileFor(uri);
    if (file === null) return undefined;
    const path = fileURLToPath(uri);
    return resolveRuleConfig(this.load(file)!, relative(dirname(file), path).split(sep).join("/"));
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
