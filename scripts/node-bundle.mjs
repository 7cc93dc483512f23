// The esbuild options every Node ESM bundle of the project shares: the CLI,
// the extension's language server and the benchmark bundles.
export const NODE_ESM_BUNDLE = {
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  logLevel: "warning",
  // re2-wasm loads its .wasm file next to its own module at run time, so it stays a separate file.
  external: ["re2-wasm"],
  // Bundled CommonJS dependencies call `require`, which ESM output lacks.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
};
