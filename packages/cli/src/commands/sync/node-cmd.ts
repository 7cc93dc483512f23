/** `twinsync node init|show`: create and describe a node directory. */

import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { OperationError, statOrNull, UsageError } from "../../files.ts";
import { parse, parseInteger, type Io } from "./args.ts";
import { createTrackerFile } from "./databases.ts";
import { isFlavorName, PROXY_USER, type Durability } from "./engine.ts";
import { CONFIG_FILE, nodeDir, readConfig, trackerPath, writeConfig, type NodeConfig } from "./node-config.ts";

export function nodeInit(args: string[], io: Io): number {
  const { values, positionals } = parse("nodeInit", args);
  if (positionals.length !== 1) throw new UsageError("node init needs a name, for example: twinsync node init jira --flavor jira --port 7101");
  const dir = nodeDir(values.node);
  const stats = statOrNull(dir);
  if (stats !== null && !stats.isDirectory()) throw new UsageError(`--node ${dir} is a file; pass a folder for the new node`);
  if (statOrNull(join(dir, CONFIG_FILE)) !== null) throw new OperationError(`${dir} already has a node (${CONFIG_FILE}); use another --node folder`);
  const flavor = values.flavor ?? "jira";
  if (!isFlavorName(flavor)) throw new UsageError(`invalid --flavor '${flavor}': use jira, github or azure`);
  const durability = values.durability ?? "normal";
  if (durability !== "normal" && durability !== "full") throw new UsageError(`invalid --durability '${durability}': use normal or full`);
  const port = parseInteger(values.port ?? "7101", "--port", 0, 65535);
  const host = values.host ?? "127.0.0.1";
  const config: NodeConfig = {
    name: positionals[0]!,
    host,
    port,
    url: values.url ?? `http://${host}:${port}`,
    tracker: values.tracker ?? "tracker.db",
    proxyUser: PROXY_USER.key,
    durability: durability as Durability,
  };
  const path = trackerPath(dir, config);
  if (statOrNull(path)?.isDirectory()) throw new UsageError(`--tracker ${path} is a folder; pass a file name for the tracker database`);
  const existed = statOrNull(path) !== null;
  // The tracker comes first, so that a tracker path that fails leaves no node.json behind.
  mkdirSync(dir, { recursive: true });
  const tracker = createTrackerFile(path, { flavor, name: config.name, durability: config.durability });
  const info = tracker.info();
  tracker.close();
  writeConfig(dir, config);
  io.out(`Created node ${config.name} in ${dir}\n`);
  io.out(`  url:     ${config.url}\n`);
  io.out(`  tracker: ${path} (${existed ? "existing" : `new ${info.type}`}, instance ${info.instanceId})\n`);
  io.out(`Start it with: twinsync sync --node ${dir}\n`);
  return 0;
}

export function nodeShow(args: string[], io: Io): number {
  const { values } = parse("nodeShow", args);
  const dir = nodeDir(values.node);
  const config = readConfig(dir);
  io.out(JSON.stringify({ dir, ...config, tracker: trackerPath(dir, config) }, null, 2) + "\n");
  return 0;
}
