import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";
import { createProtocolConnection, IPCMessageReader, IPCMessageWriter, type PublishDiagnosticsParams } from "vscode-languageserver-protocol/node";

const SERVER = fileURLToPath(new URL("../../packages/lsp/src/bin.ts", import.meta.url));
const ROOT = fileURLToPath(new URL("../..", import.meta.url));

it("serves diagnostics over node-ipc", async () => {
  const child = fork(SERVER, ["--node-ipc"], { cwd: ROOT, execArgv: ["--import", "tsx"], stdio: ["pipe", "pipe", "pipe", "ipc"] });
  let stdout = "";
  child.stdout!.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  const connection = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
  const uri = "file:///rules/ipc.outgoing.groovy";
  const pushed = new Promise<PublishDiagnosticsParams>((resolve) => connection.onNotification("textDocument/publishDiagnostics", resolve));
  connection.listen();
  try {
    const result = (await connection.sendRequest("initialize", { processId: process.pid, rootUri: null, capabilities: {}, initializationOptions: { diagnosticsDelay: 0 } })) as { serverInfo: { name: string } };
    expect(result.serverInfo.name).toBe("twinsync");
    await connection.sendNotification("initialized", {});
    await connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "groovy", version: 1, text: "if (firstSync) { }\n" } });
    const diagnostics = await pushed;
    expect(diagnostics.uri).toBe(uri);
    expect(diagnostics.diagnostics.map((d) => d.code)).toContain("variable-not-in-direction");
    const exited = new Promise((resolve) => child.once("exit", resolve));
    await connection.sendRequest("shutdown");
    await connection.sendNotification("exit");
    await exited;
  } finally {
    connection.dispose();
    if (child.exitCode === null) child.kill();
  }
  // Over IPC, nothing at all may reach stdout.
  expect(stdout).toBe("");
});
