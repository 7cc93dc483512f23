// Bundles the CLI with esbuild into packages/cli/dist/twinsync.js.
import { build } from "esbuild";

await build({
  entryPoints: ["packages/cli/src/cli.ts"],
  outfile: "packages/cli/dist/twinsync.js",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  sourcemap: true,
  logLevel: "warning",
  // re2-wasm loads its .wasm file next to its own module at run time.
  external: ["re2-wasm"],
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
});
