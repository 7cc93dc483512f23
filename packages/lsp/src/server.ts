/**
 * The language server: a thin adapter that owns the connection, the open
 * documents (incremental sync), config discovery and the diagnostics
 * schedule, and calls the language service's plain functions.
 * It writes nothing to stdout but protocol messages and logs through the connection.
 */

import { createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind, type Connection, type InitializeResult } from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { fileURLToPath } from "node:url";
import type { RuleConfig } from "@twinsync/compiler";
import { analyzeDocument, directionFromName, offsetOf, type Direction, type DocumentAnalysis } from "./analysis.ts";
import { ConfigStore } from "./config.ts";
import { documentDiagnostics } from "./diagnostics.ts";
import { registerExtensionRequests } from "./extension-requests.ts";
import { registerFeatures } from "./handlers.ts";
import { SEMANTIC_TOKENS_LEGEND } from "./semantic-tokens.ts";
import { workspaceFolderPaths } from "./workspace-symbols.ts";
import { DEFAULT_SETTINGS, readSettings, type Settings } from "./settings.ts";

export type { ServerOptions } from "./settings.ts";

/** Open documents and their latest analyses. */
export class Workspace {
  readonly documents = new TextDocuments(TextDocument);
  private readonly analyses = new Map<string, { version: number; analysis: DocumentAnalysis }>();
  options: Settings = DEFAULT_SETTINGS;
  /** The first workspace folder's path, which resolves a relative `configPath`. */
  root: string | null = null;
  /** The paths of all workspace folders, searched for rule files by workspace symbols. */
  folders: string[] = [];
  /**
   * Whether the client pulls diagnostics (`textDocument/diagnostic`). Such a client
   * keeps pushed and pulled diagnostics apart and would show each finding twice,
   * so open documents then get no pushes.
   */
  clientPulls = false;
  /** Closed files whose diagnostics were pushed by a workspace check; opening one clears them. */
  readonly pushedClosed = new Set<string>();

  constructor(readonly configs: ConfigStore) {}

  /** The analysis of the document's current version, computed on first use. */
  analysis(uri: string): DocumentAnalysis | null {
    const document = this.documents.get(uri);
    if (document === undefined) return null;
    const cached = this.analyses.get(uri);
    if (cached !== undefined && cached.version === document.version) return cached.analysis;
    const direction = directionFromName(uri) ?? this.options.defaultDirection;
    // The previous version's parse is reused for the statements the edit did not touch.
    const analysis = analyzeDocument(document.getText(), { direction, config: this.ruleConfig(uri) }, uri, cached?.analysis);
    this.analyses.set(uri, { version: document.version, analysis });
    return analysis;
  }

  /** Returns the project config of the rule at `uri`, with the client's severity settings on top. */
  ruleConfig(uri: string): RuleConfig | undefined {
    const config = this.configs.forDocument(uri);
    if (Object.keys(this.options.severity).length === 0) return config;
    return { ...config, severity: { ...config?.severity, ...this.options.severity } };
  }

  /** Applies new settings; the caller re-publishes diagnostics. */
  configure(raw: unknown, log: (message: string) => void): void {
    const before = this.options.configPath;
    this.options = readSettings(raw, this.options, this.root, log);
    if (this.options.configPath !== before) this.configs.useFile(this.options.configPath);
    this.forgetAll();
  }

  forget(uri: string): void {
    this.analyses.delete(uri);
  }

  /** Drops every cached analysis, after a config change. */
  forgetAll(): void {
    this.analyses.clear();
  }

  offset(uri: string, position: { line: number; character: number }): { doc: DocumentAnalysis; offset: number } | null {
    const doc = this.analysis(uri);
    return doc === null ? null : { doc, offset: offsetOf(doc, position) };
  }
}

/** Pushes diagnostics a short delay after the last change, and only for the version it analysed. */
function scheduleDiagnostics(connection: Connection, workspace: Workspace) {
  const timers = new Map<string, NodeJS.Timeout>();
  const publish = (uri: string) => {
    timers.delete(uri);
    const document = workspace.documents.get(uri);
    if (document === undefined) return;
    const version = document.version;
    try {
      const doc = workspace.analysis(uri);
      // A change that arrived while analysing schedules its own run; this result is stale.
      if (doc === null || workspace.documents.get(uri)?.version !== version) return;
      void connection.sendDiagnostics({ uri, version, diagnostics: documentDiagnostics(doc) });
    } catch (err) {
      connection.console.error(`analysis of ${uri} (version ${version}) failed: ${(err as Error).stack ?? String(err)}`);
    }
  };
  return {
    schedule(uri: string) {
      if (workspace.clientPulls) return;
      clearTimeout(timers.get(uri));
      timers.set(uri, setTimeout(publish, workspace.options.diagnosticsDelay, uri));
    },
    cancel(uri: string) {
      clearTimeout(timers.get(uri));
      timers.delete(uri);
    },
  };
}

/** Starts the server on the transport named on the command line (`--stdio` or `--node-ipc`). */
export function startServer(): Connection {
  const connection = createConnection(ProposedFeatures.all);
  // Library code that prints must not corrupt the protocol stream on stdout.
  console.log = (...args: unknown[]) => connection.console.log(args.map(String).join(" "));
  console.info = console.log;
  console.warn = (...args: unknown[]) => connection.console.warn(args.map(String).join(" "));
  console.error = (...args: unknown[]) => connection.console.error(args.map(String).join(" "));

  const workspace = new Workspace(new ConfigStore((message) => connection.console.warn(message)));
  const diagnostics = scheduleDiagnostics(connection, workspace);

  connection.onInitialize((params): InitializeResult => {
    workspace.clientPulls = params.capabilities.textDocument?.diagnostic !== undefined;
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri;
    workspace.root = folder?.startsWith("file:") ? fileURLToPath(folder) : null;
    workspace.folders = workspaceFolderPaths(params);
    workspace.configure(params.initializationOptions, (message) => connection.console.warn(message));
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        completionProvider: { triggerCharacters: [".", "\"", "'"], resolveProvider: true },
        hoverProvider: true,
        signatureHelpProvider: { triggerCharacters: ["(", ","], retriggerCharacters: [","] },
        definitionProvider: true,
        referencesProvider: true,
        documentHighlightProvider: true,
        renameProvider: { prepareProvider: true },
        documentSymbolProvider: true,
        workspaceSymbolProvider: true,
        documentFormattingProvider: true,
        documentRangeFormattingProvider: true,
        foldingRangeProvider: true,
        selectionRangeProvider: true,
        inlayHintProvider: true,
        semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: { delta: true } },
        codeActionProvider: { codeActionKinds: ["quickfix"] },
        diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false },
      },
      serverInfo: { name: "twinsync", version: "0.1.0" },
    };
  });

  connection.onInitialized(() => connection.console.info("twinsync language server started"));
  connection.onShutdown(() => connection.console.info("twinsync language server shutting down"));

  workspace.documents.onDidChangeContent((event) => diagnostics.schedule(event.document.uri));
  workspace.documents.onDidOpen((event) => {
    // A pushing client gets the open document's findings by the usual schedule, which replaces these.
    if (workspace.pushedClosed.delete(event.document.uri) && workspace.clientPulls) void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });
  workspace.documents.onDidClose((event) => {
    diagnostics.cancel(event.document.uri);
    workspace.forget(event.document.uri);
    void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });
  connection.onDidChangeConfiguration((params) => {
    const section = (params.settings as { twinsync?: unknown } | null)?.twinsync;
    if (section === undefined) return;
    workspace.configure(section, (message) => connection.console.warn(message));
    for (const document of workspace.documents.all()) diagnostics.schedule(document.uri);
    if (workspace.clientPulls) void connection.languages.diagnostics.refresh().catch(() => undefined);
    void connection.languages.inlayHint.refresh().catch(() => undefined);
  });
  connection.onDidChangeWatchedFiles(() => {
    workspace.configs.clear();
    workspace.forgetAll();
    for (const document of workspace.documents.all()) diagnostics.schedule(document.uri);
    if (workspace.clientPulls) void connection.languages.diagnostics.refresh().catch(() => undefined);
  });

  registerFeatures(connection, workspace);
  registerExtensionRequests(connection, workspace);
  workspace.documents.listen(connection);
  connection.listen();
  return connection;
}
