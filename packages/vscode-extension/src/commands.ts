/**
 * The extension's commands: run the current rule against a state JSON, show
 * what an incoming rule changes on the local issue as a diff, and check every
 * rule file in the workspace into the Problems panel.
 */

import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import { CHECK_FILES, RUN_RULE, type CheckFilesResult, type RunRuleParams, type RunRuleResult } from "./protocol.ts";
import type { ResultDocuments } from "./result-documents.ts";
import { BUILT_IN_GLOBS, LANGUAGE_ID, rankStateFiles, ruleFileMatcher } from "./rule-files.ts";

const EXCLUDED = "{**/node_modules/**,**/.git/**}";
const EMPTY_STATE = "$(file) Empty state {}";
const BROWSE = "$(folder-opened) Browse…";

/** Arguments a keybinding or another extension can pass instead of picking in the UI. */
interface RunArguments {
  rule?: vscode.Uri;
  state?: vscode.Uri;
}

export function registerCommands(context: vscode.ExtensionContext, client: () => LanguageClient | undefined, results: ResultDocuments, log: vscode.LogOutputChannel): void {
  const run = async (args: RunArguments | vscode.Uri | undefined): Promise<{ rule: vscode.TextDocument; state: string; result: RunRuleResult } | undefined> => {
    const running = client();
    if (running === undefined || !running.isRunning()) {
      void vscode.window.showErrorMessage("The Twinsync language server is not running; run 'Twinsync: Restart Language Server' and try again.");
      return undefined;
    }
    const given = args instanceof vscode.Uri ? { rule: args } : (args ?? {});
    const rule = await ruleDocument(given.rule);
    if (rule === undefined) return undefined;
    const stateUri = given.state ?? (await pickState(context, rule.uri));
    if (stateUri === undefined) return undefined;
    const stateName = stateUri.scheme === "untitled" && stateUri.path === "empty" ? "empty state" : vscode.workspace.asRelativePath(stateUri, false);
    const stateText = stateName === "empty state" ? "{}" : await readState(stateUri);
    if (stateText === undefined) return undefined;
    const timeZone = vscode.workspace.getConfiguration("twinsync").get<string>("run.timeZone") || undefined;
    const params: RunRuleParams = { uri: rule.uri.toString(), stateText, stateName, timeZone };
    const result = await running.sendRequest<RunRuleResult>(RUN_RULE, params);
    for (const line of result.logs) log.info(`${vscode.workspace.asRelativePath(rule.uri, false)}: ${line}`);
    if (result.exitCode === 2) {
      void vscode.window.showErrorMessage(result.message ?? "The state is not usable; check the Twinsync output for details.");
      return undefined;
    }
    if (result.exitCode === 1) void reportRuleError(rule, result.message ?? "The rule raised an error; see the Twinsync output.", log);
    return { rule, state: stateName, result };
  };

  context.subscriptions.push(
    vscode.commands.registerCommand("twinsync.runRule", async (args?: RunArguments | vscode.Uri) => {
      const outcome = await run(args);
      if (outcome === undefined) return undefined;
      const side = outcome.result.direction === "outgoing" ? "replica" : "issue";
      const ruleName = baseName(outcome.rule.uri);
      const value = outcome.result.after?.[side] ?? null;
      const uri = results.put(`/${ruleName}/${side}.json`, JSON.stringify(value, null, 2) + "\n");
      // The `.json` ending gives the document the JSON language.
      await vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.Beside, preview: true, preserveFocus: true });
      vscode.window.setStatusBarMessage(`Ran ${ruleName} against ${outcome.state}: ${outcome.result.exitCode === 0 ? "finished" : "raised an error"}`, 5000);
      return value;
    }),

    vscode.commands.registerCommand("twinsync.showIncomingChanges", async (args?: RunArguments | vscode.Uri) => {
      const outcome = await run(args);
      if (outcome === undefined) return undefined;
      const ruleName = baseName(outcome.rule.uri);
      if (outcome.result.direction !== "incoming") {
        void vscode.window.showWarningMessage(`${ruleName} is an outgoing rule, which changes the replica and never the local issue; use 'Twinsync: Run Rule Against a State' to see its replica.`);
        return undefined;
      }
      const before = results.put(`/${ruleName}/issue before.json`, JSON.stringify(outcome.result.before?.issue ?? null, null, 2) + "\n");
      const after = results.put(`/${ruleName}/issue after.json`, JSON.stringify(outcome.result.after?.issue ?? null, null, 2) + "\n");
      await vscode.commands.executeCommand("vscode.diff", before, after, `${ruleName}: local issue before and after (${outcome.state})`, { preview: true });
      return { before: outcome.result.before?.issue ?? null, after: outcome.result.after?.issue ?? null };
    }),

    vscode.commands.registerCommand("twinsync.checkWorkspace", async () => {
      const running = client();
      if (running === undefined || !running.isRunning()) {
        void vscode.window.showErrorMessage("The Twinsync language server is not running; run 'Twinsync: Restart Language Server' and try again.");
        return undefined;
      }
      const uris = await workspaceRuleFiles();
      if (uris.length === 0) {
        void vscode.window.showInformationMessage("No rule files found: name them outgoing.groovy, incoming.groovy, NAME.outgoing.groovy or NAME.incoming.groovy, or list their globs in the twinsync.files setting.");
        return { files: 0, errors: 0, warnings: 0, skipped: [] };
      }
      const result = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: `Checking ${uris.length} rule files`, cancellable: true },
        (_progress, token) => running.sendRequest<CheckFilesResult>(CHECK_FILES, { uris: uris.map((uri) => uri.toString()) }, token),
      );
      for (const skipped of result.skipped) log.warn(`skipped ${skipped.uri}: ${skipped.reason}`);
      const summary = `Checked ${result.files} rule files: ${plural(result.errors, "error")}, ${plural(result.warnings, "warning")}${result.skipped.length > 0 ? `, ${result.skipped.length} skipped (see the Twinsync output)` : ""}.`;
      log.info(summary);
      void vscode.window.showInformationMessage(summary, "Show Problems").then((choice) => {
        if (choice === "Show Problems") void vscode.commands.executeCommand("workbench.actions.view.problems");
      });
      return result;
    }),
  );
}

/** Returns the rule to run: the file passed in, else the active editor's rule. */
async function ruleDocument(given: vscode.Uri | undefined): Promise<vscode.TextDocument | undefined> {
  if (given !== undefined) return vscode.workspace.openTextDocument(given);
  const document = vscode.window.activeTextEditor?.document;
  if (document === undefined || document.languageId !== LANGUAGE_ID) {
    void vscode.window.showErrorMessage("Open a rule file (outgoing.groovy, incoming.groovy, NAME.outgoing.groovy or NAME.incoming.groovy) in the editor, then run the command again.");
    return undefined;
  }
  return document;
}

/** Asks for a state JSON, offering the workspace's JSON files with the likeliest first and the last choice for this rule on top. */
async function pickState(context: vscode.ExtensionContext, rule: vscode.Uri): Promise<vscode.Uri | undefined> {
  const key = `twinsync.lastState:${rule.toString()}`;
  const last = context.workspaceState.get<string>(key);
  const found = await vscode.workspace.findFiles("**/*.json", EXCLUDED, 1000);
  const byPath = new Map(found.map((uri) => [vscode.workspace.asRelativePath(uri, false), uri]));
  const ranked = rankStateFiles(vscode.workspace.asRelativePath(rule, false), [...byPath.keys()]);
  const lastPath = last === undefined ? undefined : vscode.workspace.asRelativePath(vscode.Uri.parse(last), false);
  const ordered = lastPath !== undefined && byPath.has(lastPath) ? [lastPath, ...ranked.filter((path) => path !== lastPath)] : ranked;
  const items: vscode.QuickPickItem[] = ordered.map((path) => ({ label: path.split("/").pop()!, description: path, detail: path === lastPath ? "used last time" : undefined }));
  items.push({ label: EMPTY_STATE, description: "no issue, replica or previous values" }, { label: BROWSE, description: "choose a file outside the workspace" });
  const picked = await vscode.window.showQuickPick(items, { title: `Run ${baseName(rule)} against which state?`, placeHolder: "a state JSON: {issue, replica, previous, firstSync, instance}", matchOnDescription: true });
  if (picked === undefined) return undefined;
  let chosen: vscode.Uri | undefined;
  if (picked.label === EMPTY_STATE) return vscode.Uri.from({ scheme: "untitled", path: "empty" });
  if (picked.label === BROWSE) {
    const files = await vscode.window.showOpenDialog({ canSelectMany: false, filters: { "State JSON": ["json"] }, title: "Choose a state JSON" });
    chosen = files?.[0];
  } else {
    chosen = byPath.get(picked.description!);
  }
  if (chosen !== undefined) await context.workspaceState.update(key, chosen.toString());
  return chosen;
}

/** Reads the state from its editor when it is open (unsaved edits included), else from disk. */
async function readState(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return (await vscode.workspace.openTextDocument(uri)).getText();
  } catch (err) {
    void vscode.window.showErrorMessage(`Cannot read the state ${uri.fsPath}: ${(err as Error).message}`);
    return undefined;
  }
}

/** Shows a rule's runtime error with a button that moves the cursor to its position. */
async function reportRuleError(rule: vscode.TextDocument, message: string, log: vscode.LogOutputChannel): Promise<void> {
  log.error(message);
  const position = /:(\d+):(\d+): /.exec(message.split("\n")[0]!);
  const choice = await vscode.window.showErrorMessage(message.split("\n")[0]!, ...(position === null ? [] : ["Go to Error"]), "Show Output");
  if (choice === "Show Output") log.show(true);
  if (choice === "Go to Error" && position !== null) {
    const at = new vscode.Position(Number(position[1]) - 1, Number(position[2]) - 1);
    await vscode.window.showTextDocument(rule, { selection: new vscode.Range(at, at) });
  }
}

/** Finds every rule file in the workspace: the built-in names plus the `twinsync.files` globs. */
async function workspaceRuleFiles(): Promise<vscode.Uri[]> {
  const found = new Map<string, vscode.Uri>();
  for (const glob of BUILT_IN_GLOBS) for (const uri of await vscode.workspace.findFiles(glob, EXCLUDED)) found.set(uri.toString(), uri);
  const matcher = ruleFileMatcher(vscode.workspace.getConfiguration("twinsync").get("files"));
  for (const uri of await vscode.workspace.findFiles("**/*.groovy", EXCLUDED)) {
    if (matcher.matches(vscode.workspace.asRelativePath(uri, false))) found.set(uri.toString(), uri);
  }
  return [...found.values()].sort((a, b) => a.fsPath.localeCompare(b.fsPath));
}

function baseName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf("/") + 1);
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
