// Builds the extension and packages it with vsce, offline, into
// packages/vscode-extension/twinsync-<version>.vsix. Fails when the package
// grows past the size budget, so a stray file cannot slip in unnoticed.
import { execFileSync } from "node:child_process";
import { readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const MAX_BYTES = 2 * 1024 * 1024;
const packageDir = dirname(dirname(fileURLToPath(import.meta.url)));
const { version } = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8"));
const out = join(packageDir, `twinsync-${version}.vsix`);

execFileSync(process.execPath, [join(packageDir, "scripts/build.mjs")], { stdio: "inherit" });
const vsce = join(dirname(createRequire(import.meta.url).resolve("@vscode/vsce/package.json")), "vsce");
// --no-dependencies: everything the extension needs is bundled into dist/.
execFileSync(process.execPath, [vsce, "package", "--no-dependencies", "--skip-license", "--out", out], { cwd: packageDir, stdio: "inherit" });

const size = statSync(out).size;
console.log(`${relative(process.cwd(), out)}: ${(size / 1024).toFixed(0)} KiB`);
if (size > MAX_BYTES) {
  console.error(`the package is ${size} bytes, over the ${MAX_BYTES}-byte budget; check .vscodeignore for files that do not belong in it`);
  process.exit(1);
}
