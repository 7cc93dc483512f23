// Bundles the CLI with esbuild into packages/cli/dist/twinsync.js.
import { build } from "esbuild";
import { NODE_ESM_BUNDLE } from "./node-bundle.mjs";

await build({
  ...NODE_ESM_BUNDLE,
  entryPoints: ["packages/cli/src/cli.ts"],
  outfile: "packages/cli/dist/twinsync.js",
  sourcemap: true,
});
