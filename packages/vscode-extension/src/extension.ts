/**
 * The extension's entry point: starts the bundled language server, keeps the
 * language of rule files matched by `twinsync.files`, shows the rule's direction
 * and connector in a language status item, and registers the commands.
 */

import * as vscode from "vscode";
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from "vscode-languageclient/node";
import { registerCommands } from "./commands.ts";
import { ResultDocuments, RESULT_SCHEME } from "./result-documents.ts";
import { describeRule, LANGUAGE_ID, ruleFileMatcher, type RuleFileMatcher } from "./rule-files.ts";
import { RULE_INFO, type RuleInfo } from "./protocol.ts";

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const started = performance.now();
  const log = vscode.window.createOutputChannel("Twinsync", { log: true });
  context.subscriptions.push(log);

  client = createClient(context, log);
  const results = new ResultDocuments();
  context.subscriptions.push(vscode.workspace.registerTextDocumentContentProvider(RESULT_SCHEME, results), results);
  registerCommands(context, () => client, results, log);
  context.subscriptions.push(
    vscode.commands.registerCommand("twinsync.restartServer", async () => {
      await client?.restart();
      log.info("language server restarted");
    }),
  );

  const status = vscode.languages.createLanguageStatusItem("twinsync.rule", { language: LANGUAGE_ID });
  status.name = "Twinsync rule";
  status.text = "Twinsync rule";
  status.command = { command: "twinsync.runRule", title: "Run…", tooltip: "Run this rule against a state JSON" };
  context.subscriptions.push(status);

  let matcher = readMatcher(log);
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument((document) => void adoptRuleFile(document, matcher)),
    vscode.window.onDidChangeActiveTextEditor((editor) => void updateStatus(status, editor?.document, log)),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration("twinsync")) return;
      if (event.affectsConfiguration("twinsync.files")) {
        matcher = readMatcher(log);
        for (const document of vscode.workspace.textDocuments) void adoptRuleFile(document, matcher);
      }
      void client?.sendNotification("workspace/didChangeConfiguration", { settings: { twinsync: serverSettings() } });
      void updateStatus(status, vscode.window.activeTextEditor?.document, log);
    }),
  );
  for (const document of vscode.workspace.textDocuments) void adoptRuleFile(document, matcher);

  const activated = performance.now() - started;
  await client.start();
  log.info(`activated in ${activated.toFixed(1)} ms; language server ready after ${(performance.now() - started).toFixed(1)} ms`);
  await updateStatus(status, vscode.window.activeTextEditor?.document, log);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

function createClient(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): LanguageClient {
  const module = context.asAbsolutePath("dist/server.mjs");
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ["--nolazy", "--inspect=6019"] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: LANGUAGE_ID }],
    initializationOptions: serverSettings(),
    outputChannel: log,
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher("**/twinsync.config.json") },
  };
  return new LanguageClient("twinsync", "Twinsync language server", serverOptions, clientOptions);
}

/** Reads the settings the server takes, in its own shape (ServerOptions in packages/lsp/src/settings.ts). */
function serverSettings(): Record<string, unknown> {
  const config = vscode.workspace.getConfiguration("twinsync");
  return {
    configPath: config.get<string | null>("configPath") ?? null,
    severity: config.get<Record<string, string>>("severity") ?? {},
    defaultDirection: config.get<string>("defaultDirection") ?? "incoming",
    inlayHints: config.get<boolean>("inlayHints.enabled") ?? false,
    diagnosticsDelay: config.get<number>("diagnosticsDelay") ?? 100,
  };
}

function readMatcher(log: vscode.LogOutputChannel): RuleFileMatcher {
  const matcher = ruleFileMatcher(vscode.workspace.getConfiguration("twinsync").get("files"));
  for (const problem of matcher.problems) {
    log.warn(problem);
    void vscode.window.showWarningMessage(problem);
  }
  return matcher;
}

/** Switches a Groovy file that `twinsync.files` names to the rule language. */
async function adoptRuleFile(document: vscode.TextDocument, matcher: RuleFileMatcher): Promise<void> {
  if (document.languageId === LANGUAGE_ID || document.uri.scheme !== "file") return;
  const folder = vscode.workspace.getWorkspaceFolder(document.uri);
  if (folder === undefined) return;
  const relative = vscode.workspace.asRelativePath(document.uri, false);
  if (matcher.matches(relative)) await vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
}

async function updateStatus(status: vscode.LanguageStatusItem, document: vscode.TextDocument | undefined, log?: vscode.LogOutputChannel): Promise<void> {
  if (client === undefined || document === undefined || document.languageId !== LANGUAGE_ID || !client.isRunning()) return;
  try {
    const info = await client.sendRequest<RuleInfo>(RULE_INFO, { uri: document.uri.toString() });
    const described = describeRule(info);
    status.text = described.text;
    status.detail = described.detail;
    status.severity = vscode.LanguageStatusSeverity.Information;
  } catch (err) {
    status.text = "Twinsync rule";
    status.detail = `rule info unavailable: ${(err as Error).message}`;
    log?.warn(`rule info for ${document.uri.toString()} failed: ${(err as Error).message}`);
    status.severity = vscode.LanguageStatusSeverity.Warning;
  }
}
