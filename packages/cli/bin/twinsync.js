#!/usr/bin/env node
// Runs the bundled CLI; `npm install` builds it (see scripts/build.mjs).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const bundle = new URL("../dist/twinsync.js", import.meta.url);
if (!existsSync(fileURLToPath(bundle))) {
  process.stderr.write("twinsync: the CLI is not built yet; run 'npm run build' at the repository root\n");
  process.exit(2);
}
await import(bundle.href);
