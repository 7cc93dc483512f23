// Sync engine benchmark: bundles bench/sync/sync-bench.ts with esbuild into
// node_modules/.cache and runs it in a fresh Node process.
//
//   node bench/sync/run.mjs [--issues=2000] [--modes=memory,http,durable]
//
// Each mode prints one JSON line; docs/sync-engine.md explains the modes.

import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { NODE_ESM_BUNDLE } from "../../scripts/node-bundle.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const outDir = join(root, "node_modules", ".cache", "twinsync-sync-bench");
mkdirSync(outDir, { recursive: true });
const outfile = join(outDir, "sync-bench.mjs");
await build({
  ...NODE_ESM_BUNDLE,
  entryPoints: [join(root, "bench", "sync", "sync-bench.ts")],
  outfile,
});
const run = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { stdio: "inherit", cwd: root });
process.exit(run.status ?? 1);
