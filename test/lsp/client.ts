/**
 * A test client that starts the real language server as a child process
 * and talks to it over stdio with vscode-languageserver-protocol.
 */

import { spawn, type ChildProcess } from "node:child_process";
import { basename } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextEdit,
} from "vscode-languageserver-protocol/node";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const SERVER = fileURLToPath(new URL("../../packages/lsp/src/bin.ts", import.meta.url));

/** The marker for the cursor in rule text of a scenario. */
export const CURSOR = "|";

/** Removes the cursor marker and returns the text and its offset. */
export function withCursor(marked: string): { text: string; offset: number } {
  const offset = marked.indexOf(CURSOR);
  if (offset < 0 || marked.indexOf(CURSOR, offset + 1) >= 0) throw new Error(`the scenario text needs exactly one '${CURSOR}' cursor marker: ${marked}`);
  return { text: marked.slice(0, offset) + marked.slice(offset + 1), offset };
}

/** The LSP position of an offset in a text. */
export function positionAt(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset);
  const line = before.split("\n").length - 1;
  return { line, character: offset - (before.lastIndexOf("\n") + 1) };
}

/** Applies text edits to a text, last edit first. */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const offsetOf = (p: { line: number; character: number }) => {
    const lines = text.split("\n");
    let offset = 0;
    for (let i = 0; i < p.line && i < lines.length; i++) offset += lines[i]!.length + 1;
    return offset + p.character;
  };
  const sorted = [...edits].sort((a, b) => offsetOf(b.range.start) - offsetOf(a.range.start));
  let result = text;
  for (const edit of sorted) result = result.slice(0, offsetOf(edit.range.start)) + edit.newText + result.slice(offsetOf(edit.range.end));
  return result;
}

export class TestClient {
  readonly connection: ProtocolConnection;
  readonly logs: string[] = [];
  readonly stderr: string[] = [];
  private readonly diagnosticWaiters = new Map<string, ((params: PublishDiagnosticsParams) => void)[]>();
  private readonly versions = new Map<string, number>();
  /** Every diagnostics notification, in arrival order. */
  readonly published: PublishDiagnosticsParams[] = [];
  private exited = false;

  private constructor(readonly child: ChildProcess) {
    this.connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    child.stderr!.on("data", (chunk: Buffer) => this.stderr.push(chunk.toString()));
    child.on("exit", () => (this.exited = true));
    this.connection.onNotification("window/logMessage", (params: { message: string }) => {
      this.logs.push(params.message);
    });
    this.connection.onNotification("textDocument/publishDiagnostics", (params: PublishDiagnosticsParams) => {
      this.published.push(params);
      const waiters = this.diagnosticWaiters.get(params.uri) ?? [];
      this.diagnosticWaiters.delete(params.uri);
      for (const resolve of waiters) resolve(params);
    });
    this.connection.listen();
  }

  /** Starts the server and completes the initialize handshake. `command` defaults to the server's own entry point. */
  static async start(options: { command?: string[]; initializationOptions?: object; capabilities?: object; workspaceFolders?: string[] } = {}): Promise<TestClient> {
    const command = options.command ?? [process.execPath, "--import", "tsx", SERVER, "--stdio"];
    const child = spawn(command[0]!, command.slice(1), { cwd: ROOT, stdio: ["pipe", "pipe", "pipe"] });
    const client = new TestClient(child);
    const folders = options.workspaceFolders?.map((path) => ({ uri: pathToFileURL(path).href, name: basename(path) }));
    await client.connection.sendRequest("initialize", {
      processId: process.pid,
      rootUri: folders?.[0]?.uri ?? null,
      workspaceFolders: folders ?? null,
      capabilities: options.capabilities ?? { textDocument: { completion: { completionItem: { snippetSupport: true } } } },
      initializationOptions: { diagnosticsDelay: 20, ...options.initializationOptions },
    });
    await client.connection.sendNotification("initialized", {});
    return client;
  }

  get hasExited(): boolean {
    return this.exited;
  }

  /** Resolves with the next diagnostics the server pushes for `uri`. */
  nextDiagnostics(uri: string): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve) => {
      const waiters = this.diagnosticWaiters.get(uri) ?? [];
      waiters.push(resolve);
      this.diagnosticWaiters.set(uri, waiters);
    });
  }

  async open(uri: string, text: string): Promise<Diagnostic[]> {
    const pushed = this.nextDiagnostics(uri);
    this.versions.set(uri, 1);
    await this.connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "groovy", version: 1, text } });
    return (await pushed).diagnostics;
  }

  /** Sends an incremental change that replaces `start`..`end` (offsets in `before`) with `newText`. */
  async change(uri: string, before: string, start: number, end: number, newText: string): Promise<void> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification("textDocument/didChange", {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: positionAt(before, start), end: positionAt(before, end) }, text: newText }],
    });
  }

  request<T>(method: string, uri: string, text: string, offset: number, extra: object = {}): Promise<T> {
    return this.connection.sendRequest(method, { textDocument: { uri }, position: positionAt(text, offset), ...extra }) as Promise<T>;
  }

  async stop(): Promise<void> {
    if (!this.exited) {
      const exited = new Promise((resolve) => this.child.once("exit", resolve));
      await this.connection.sendRequest("shutdown");
      await this.connection.sendNotification("exit");
      await exited;
    }
    this.connection.dispose();
  }
}
