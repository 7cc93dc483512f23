/**
 * A second, independent LSP client: headless Neovim (Debian's `neovim`
 * package, which scripts/test.sh installs) starts `twinsync lsp --stdio`
 * for a rule file and records the diagnostics and completion it receives.
 */

import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

const CLI = fileURLToPath(new URL("../../packages/cli/bin/twinsync.js", import.meta.url));
const BUNDLE = fileURLToPath(new URL("../../packages/cli/dist/twinsync.js", import.meta.url));

function neovimVersion(): string | null {
  const result = spawnSync("nvim", ["--version"], { encoding: "utf8" });
  return result.status === 0 ? result.stdout.split("\n")[0]! : null;
}

/** Lua run by Neovim: attach the server, wait for diagnostics, ask for completion, write both to a file. */
function clientScript(file: string, outFile: string): string {
  const lua = (value: string) => JSON.stringify(value);
  return `
local out = {}
local client_id = vim.lsp.start_client({
  name = "twinsync",
  cmd = { ${lua(process.execPath)}, ${lua(CLI)}, "lsp", "--stdio" },
  root_dir = ${lua(join(file, ".."))},
})
vim.cmd("edit " .. vim.fn.fnameescape(${lua(file)}))
local buf = vim.api.nvim_get_current_buf()
vim.lsp.buf_attach_client(buf, client_id)
vim.wait(30000, function() return #vim.diagnostic.get(buf) > 0 end, 100)
for _, d in ipairs(vim.diagnostic.get(buf)) do
  table.insert(out, "diagnostic " .. d.lnum .. " " .. d.message)
end
local params = { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = { line = 1, character = 20 } }
local responses = vim.lsp.buf_request_sync(buf, "textDocument/completion", params, 30000) or {}
for _, response in pairs(responses) do
  local result = response.result or {}
  for _, item in ipairs(result.items or result) do
    table.insert(out, "completion " .. item.label)
  end
end
vim.fn.writefile(out, ${lua(outFile)})
vim.lsp.stop_client(client_id)
vim.cmd("qa!")
`;
}

it("Neovim receives diagnostics and completion", () => {
  const version = neovimVersion();
  expect(version, "nvim is not installed; run 'apt-get install -y neovim' (scripts/test.sh does)").not.toBeNull();
  expect(existsSync(BUNDLE), "the CLI bundle is missing; run 'npm run build' first").toBe(true);

  const dir = mkdtempSync(join(tmpdir(), "twinsync-nvim-"));
  const file = join(dir, "jira.outgoing.groovy");
  const outFile = join(dir, "result.txt");
  writeFileSync(file, "replica.summary = isscue.summary\nreplica.key = issue.\n");
  writeFileSync(join(dir, "client.lua"), clientScript(file, outFile));

  const run = spawnSync("nvim", ["--headless", "-u", "NONE", "-i", "NONE", "-n", "-c", `luafile ${join(dir, "client.lua")}`], {
    encoding: "utf8",
    timeout: 90_000,
  });
  expect(run.error, String(run.error)).toBeUndefined();
  expect(existsSync(outFile), `Neovim wrote no result (exit ${run.status}): ${run.stderr}`).toBe(true);

  const lines = readFileSync(outFile, "utf8").split("\n");
  const diagnostics = lines.filter((l) => l.startsWith("diagnostic "));
  const completions = lines.filter((l) => l.startsWith("completion ")).map((l) => l.slice("completion ".length));
  expect(diagnostics.some((d) => d.startsWith("diagnostic 0 ") && d.includes("isscue"))).toBe(true);
  expect(completions).toContain("summary");
  expect(completions).toContain("assignee");
}, 120_000);
