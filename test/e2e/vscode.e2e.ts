/**
 * The packaged extension in a real VS Code (code-server) driven through
 * headless Chromium: highlighting from the grammar, a checker warning under a
 * typo, completion of model fields, and the run and diff commands.
 * Screenshots of each step go to test-results/e2e/.
 */

import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Locator, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { analyzeDocument } from "../../packages/lsp/src/analysis.ts";
import * as R from "../../packages/runtime/src/index.ts";
import { logLines, startCodeServer, type CodeServer } from "./code-server.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const { version } = JSON.parse(readFileSync(join(ROOT, "packages/vscode-extension/package.json"), "utf8")) as { version: string };
const VSIX = join(ROOT, `packages/vscode-extension/twinsync-${version}.vsix`);
const SHOTS = join(ROOT, "test-results/e2e");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const OUTGOING = `// Sends the issue to the other side; the summary line has a typo.
def prefix = "[\${issue.key}] "
if (issue.labels.size() > 0) {
    replica.summary = prefix + issue.sumary
}
replica.description = issue.description
replica.labels = issue.labels
`;

const INCOMING = `// Applies the remote issue.
issue.summary = replica.summary
issue.description = replica.description ?: "No description"
`;

const STATE = {
  issue: { key: "SUP-7", summary: "Login fails", description: "Steps: open the login page.", labels: [{ label: "auth" }] },
  replica: { summary: "Login fails on Safari", description: null },
};

let root: string;
let workspace: string;
let server: CodeServer;
let browser: Browser;
let page: Page;

/** Reads the computed text colour of an element in the page. */
function colorOf(locator: Locator): Promise<string> {
  return locator.evaluate((el) => (globalThis as unknown as { getComputedStyle(e: unknown): { color: string } }).getComputedStyle(el).color);
}

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

/** Runs a command from the palette by its title. */
async function runCommand(title: string): Promise<void> {
  await page.keyboard.press("F1");
  const input = page.locator(".quick-input-widget input");
  await input.waitFor({ state: "visible" });
  await input.fill(`>${title}`);
  await page.locator(".quick-input-list .monaco-list-row", { hasText: title }).first().waitFor({ state: "visible" });
  await page.keyboard.press("Enter");
}

async function openFile(name: string): Promise<void> {
  await page.keyboard.press("Control+P");
  const input = page.locator(".quick-input-widget input");
  await input.waitFor({ state: "visible" });
  await input.fill(name);
  // Match the label exactly: an open diff or result editor can carry the file's name in a longer title.
  const exact = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);
  const row = page.locator(".quick-input-list .monaco-list-row").filter({ has: page.locator(".label-name", { hasText: exact }) }).first();
  await row.click();
  await page.locator(".tab.active").filter({ has: page.locator(".label-name", { hasText: exact }) }).waitFor({ state: "visible" });
}

/** Returns the visible text of the active editor's lines. */
async function activeEditorText(): Promise<string> {
  return page.locator(".editor-group-container.active .monaco-editor .view-lines").first().innerText();
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  root = mkdtempSync(join(tmpdir(), "twinsync-e2e-"));
  workspace = join(root, "workspace");
  mkdirSync(join(workspace, "states"), { recursive: true });
  writeFileSync(join(workspace, "jira.outgoing.groovy"), OUTGOING);
  writeFileSync(join(workspace, "jira.incoming.groovy"), INCOMING);
  writeFileSync(join(workspace, "states/jira-state.json"), JSON.stringify(STATE, null, 2));
  mkdirSync(join(workspace, "rules"));
  writeFileSync(join(workspace, "rules/status-map.groovy"), INCOMING);
  server = await startCodeServer(root, workspace, VSIX, {
    "security.workspace.trust.enabled": false,
    "workbench.startupEditor": "none",
    "workbench.tips.enabled": false,
    // Colours must come from the TextMate grammar here, not from the server's semantic tokens.
    "editor.semanticHighlighting.enabled": false,
    "editor.hover.delay": 100,
    "extensions.ignoreRecommendations": true,
    "twinsync.files": ["rules/*.groovy"],
  });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(server.url);
  await page.locator(".monaco-workbench").waitFor({ state: "visible", timeout: 60_000 });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (root !== undefined) {
    // Keep the extension's log next to the screenshots for failure reports.
    const log = logLines(join(root, "user-data/logs"), "Twinsync.log");
    writeFileSync(join(SHOTS, "Twinsync.log"), log.join("\n"));
    rmSync(root, { recursive: true, force: true });
  }
});

describe("the extension in code-server", () => {
  afterEach(async (context) => {
    if (context.task.result?.state === "fail") await shot(`failed-${context.task.name.replace(/[^a-z0-9]+/gi, "-")}`);
  });

  it("highlights the rule with the grammar", async () => {
    await openFile("jira.outgoing.groovy");
    const line = page.locator(".editor-group-container.active .view-line", { hasText: "if (issue.labels.size()" });
    await line.waitFor({ state: "visible" });
    const token = (text: string) => colorOf(line.locator("span > span", { hasText: text }).first());
    // VS Code paints plain text first and the grammar's colours once tokenization catches up.
    await expect.poll(async () => new Set([await token("if"), await token("0"), await token("issue")]).size, { timeout: 15_000 }).toBe(3);
    const keyword = await token("if");
    const number = await token("0");
    const variable = await token("issue");
    const comment = await colorOf(page.locator(".editor-group-container.active .view-line span > span", { hasText: "Sends the issue" }).first());
    expect([keyword, number, variable]).not.toContain(comment);
    const interpolation = page.locator(".editor-group-container.active .view-line", { hasText: "def prefix" });
    const stringColor = await colorOf(interpolation.locator("span > span", { hasText: "] " }).first());
    const codeColor = await colorOf(interpolation.locator("span > span", { hasText: "key" }).first());
    expect(codeColor).not.toBe(stringColor);
    await shot("1-highlighting");
  });

  it("underlines the typo with the checker's message", async () => {
    const expected = analyzeDocument(OUTGOING, { direction: "outgoing" }).diagnostics.find((d) => d.code === "unknown-field");
    expect(expected).toBeDefined();
    const squiggle = page.locator(".editor-group-container.active .squiggly-warning, .editor-group-container.active .squiggly-error").first();
    await squiggle.waitFor({ state: "attached", timeout: 30_000 });
    const box = (await squiggle.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const hover = page.locator(".monaco-hover:not(.hidden)", { hasText: expected!.message }).first();
    await hover.waitFor({ state: "visible", timeout: 15_000 });
    await shot("2-diagnostic-hover");
    // The status bar counts errors and warnings of open files, which is what the checker found.
    const all = analyzeDocument(OUTGOING, { direction: "outgoing" }).diagnostics;
    const counts = [all.filter((d) => d.severity === "error").length, all.filter((d) => d.severity === "warning").length];
    const problems = page.locator(".statusbar-item[id='status.problems']");
    await expect.poll(async () => (await problems.innerText()).trim().split(/\s+/).map(Number), { timeout: 10_000 }).toEqual(counts);
  });

  it("completes the replica's fields after 'replica.'", async () => {
    await page.keyboard.press("Escape");
    await page.locator(".editor-group-container.active .view-line").last().click();
    await page.keyboard.press("Control+End");
    await page.keyboard.type("replica.");
    const widget = page.locator(".editor-widget.suggest-widget.visible");
    await widget.waitFor({ state: "visible", timeout: 15_000 });
    const labels = await widget.locator(".monaco-list-row .label-name").allInnerTexts();
    const fields = new Set(R.HUB_ISSUE_FIELDS.map((field) => field.name));
    const offered = labels.map((label) => label.trim()).filter((label) => fields.has(label));
    expect(offered.length).toBeGreaterThanOrEqual(5);
    await page.keyboard.type("summ");
    await widget.locator(".monaco-list-row .label-name", { hasText: /^summary$/ }).first().waitFor({ state: "visible" });
    await shot("3-completion");
    await page.keyboard.press("Escape");
    // Drop the typing so that the run below uses the rule as written.
    await runCommand("File: Revert File");
    await page.locator(".tab.active.dirty").waitFor({ state: "detached", timeout: 10_000 });
  });

  it("runs the rule against a state and shows the replica", async () => {
    await openFile("jira.outgoing.groovy");
    await runCommand("Twinsync: Run Rule Against a State");
    const pick = page.locator(".quick-input-list .monaco-list-row", { hasText: "jira-state.json" }).first();
    await pick.waitFor({ state: "visible", timeout: 15_000 });
    await pick.click();
    await page.locator(".tab", { hasText: "replica.json" }).waitFor({ state: "visible", timeout: 30_000 });
    const replicaGroup = page.locator(".editor-group-container", { has: page.locator(".tab.active", { hasText: "replica.json" }) });
    const text = async () => (await replicaGroup.locator(".view-lines").first().innerText()).replace(/\u00a0/g, " ");
    await expect.poll(text, { timeout: 15_000 }).toContain('"description": "Steps: open the login page."');
    // The typo leaves the summary without its text: this is what the checker warned about.
    expect(await text()).toContain('"summary": "[SUP-7] null"');
    await shot("4-run-replica");
  });

  it("shows what the incoming rule changes as a diff", async () => {
    await openFile("jira.incoming.groovy");
    await runCommand("Twinsync: Show What the Incoming Rule Changes");
    const pick = page.locator(".quick-input-list .monaco-list-row", { hasText: "jira-state.json" }).first();
    await pick.waitFor({ state: "visible", timeout: 15_000 });
    await pick.click();
    const diff = page.locator(".monaco-diff-editor").first();
    await diff.waitFor({ state: "visible", timeout: 30_000 });
    await page.locator(".tab.active", { hasText: "before and after" }).waitFor({ state: "visible" });
    // Deleted lines also show as a zone inside the modified side, so take the editor's own line layer.
    const lines = async (side: string) => (await diff.locator(`.editor.${side} .view-lines:not(.line-delete)`).first().innerText()).replace(/\u00a0/g, " ");
    // The two sides render one after the other, so wait for each.
    await expect.poll(() => lines("original"), { timeout: 15_000 }).toContain('"summary": "Login fails"');
    await expect.poll(() => lines("modified"), { timeout: 15_000 }).toContain('"summary": "Login fails on Safari"');
    expect(await lines("modified")).toContain('"description": "No description"');
    await shot("5-incoming-diff");
  });

  it("checks every rule in the workspace", async () => {
    await runCommand("Twinsync: Check All Rules in the Workspace");
    const summary = page.locator(".notification-toast", { hasText: "Checked 3 rule files" }).first();
    await summary.waitFor({ state: "visible", timeout: 30_000 });
    // The third file is rules/status-map.groovy, an incoming rule by the default direction.
    const found = [analyzeDocument(OUTGOING, { direction: "outgoing" }), analyzeDocument(INCOMING, { direction: "incoming" }), analyzeDocument(INCOMING, { direction: "incoming" })].flatMap((doc) => doc.diagnostics);
    const errors = found.filter((d) => d.severity === "error").length;
    const warnings = found.filter((d) => d.severity === "warning").length;
    expect(await summary.innerText()).toContain(`Checked 3 rule files: ${errors} errors, ${warnings} warning${warnings === 1 ? "" : "s"}.`);
    await shot("6-check-workspace");
  });

  it("shows the rule's direction in the language status", async () => {
    await openFile("jira.incoming.groovy");
    await runCommand("Notifications: Clear All Notifications");
    // The `{}` item next to the language name opens the language status hover. A click that
    // lands while the status bar redraws can miss it, so try a few times.
    const status = page.locator(".context-view .language-status-hover, .monaco-hover", { hasText: "Incoming rule" }).first();
    for (let attempt = 0; attempt < 3 && !(await status.isVisible()); attempt++) {
      await page.locator(".statusbar-item[id='status.languageStatus']").click();
      await status.waitFor({ state: "visible", timeout: 5_000 }).catch(() => undefined);
    }
    await status.waitFor({ state: "visible", timeout: 5_000 });
    expect(await status.innerText()).toContain("direction from the file name");
    await shot("7-language-status");
  });

  it("treats files named by the twinsync.files setting as rules", async () => {
    await openFile("status-map.groovy");
    await expect.poll(() => page.locator(".statusbar-item[id='status.editor.mode']").innerText(), { timeout: 15_000 }).toBe("Twinsync rule");
    await shot("8-files-setting");
  });

  it("activates fast and logs the time", async () => {
    const lines = logLines(join(root, "user-data/logs"), "Twinsync.log");
    const line = lines.find((text) => text.includes("activated in"));
    expect(line).toBeDefined();
    const [, activation, ready] = /activated in ([\d.]+) ms; language server ready after ([\d.]+) ms/.exec(line!)!;
    writeFileSync(join(SHOTS, "activation.json"), JSON.stringify({ activationMs: Number(activation), serverReadyMs: Number(ready) }, null, 2));
    // A budget far above the usual value, to catch a bundle that loads something heavy on activation.
    expect(Number(activation)).toBeLessThan(500);
  });
});
