// Bundles the extension (dist/extension.js, CommonJS as VS Code loads it) and
// the language server (dist/server.mjs) with esbuild, and copies the RE2
// WebAssembly module the server loads at run time next to the bundle.
import { build } from "esbuild";
import { NODE_ESM_BUNDLE } from "../../../scripts/node-bundle.mjs";
import { cpSync, mkdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const packageDir = dirname(dirname(fileURLToPath(import.meta.url)));
const dist = join(packageDir, "dist");
const minify = !process.argv.includes("--no-minify");
rmSync(dist, { recursive: true, force: true });

await build({
  entryPoints: [join(packageDir, "src/extension.ts")],
  outfile: join(dist, "extension.js"),
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  external: ["vscode"],
  minify,
  sourcemap: minify ? false : "inline",
  logLevel: "warning",
});

await build({
  ...NODE_ESM_BUNDLE,
  entryPoints: [join(packageDir, "../lsp/src/bin.ts")],
  outfile: join(dist, "server.mjs"),
  minify,
  sourcemap: minify ? false : "inline",
});

// Node resolves `re2-wasm` from dist/server.mjs through dist/node_modules.
const re2 = dirname(createRequire(import.meta.url).resolve("re2-wasm/package.json"));
const target = join(dist, "node_modules/re2-wasm");
mkdirSync(join(target, "build/wasm"), { recursive: true });
cpSync(join(re2, "package.json"), join(target, "package.json"));
cpSync(join(re2, "LICENSE"), join(target, "LICENSE"));
for (const file of ["re2.js", "re2.wasm"]) cpSync(join(re2, "build/wasm", file), join(target, "build/wasm", file));

// The server links each diagnostic code to its section of docs/checker.md, which it looks for
// in a docs folder next to itself or above.
mkdirSync(join(dist, "docs"));
cpSync(join(packageDir, "../../docs/checker.md"), join(dist, "docs/checker.md"));
