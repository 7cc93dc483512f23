import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CancellationTokenSource, LSPErrorCodes, type Location } from "vscode-languageserver-protocol";
import { positionAt, TestClient } from "./client.ts";
import { largeRule } from "./large-rule.ts";

let client: TestClient;
let counter = 0;

beforeAll(async () => {
  // Diagnostics wait long enough that no push analyses a version before the request under test does.
  client = await TestClient.start({ initializationOptions: { diagnosticsDelay: 5_000 } });
});

afterAll(async () => {
  await client.stop();
  expect(client.logs.some((line) => / failed: /.test(line))).toBe(false);
});

/**
 * Opens a rule large enough that its analysis takes much longer than a
 * message needs to arrive, so that a message sent right behind a request
 * arrives while the request waits for the analysis. Its first analysis happens in the
 * first request, because pushes wait.
 */
async function openLarge(): Promise<{ uri: string; text: string; type: () => { method: string; params: object } }> {
  const uri = `file:///rules/cancel${++counter}.incoming.groovy`;
  const text = largeRule(20_000);
  await client.connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "groovy", version: 1, text } });
  let current = text;
  let version = 1;
  /** Returns a change that appends a line break, so that the next request needs a new analysis. */
  const type = () => {
    const change = {
      method: "textDocument/didChange",
      params: {
        textDocument: { uri, version: ++version },
        contentChanges: [{ range: { start: positionAt(current, current.length), end: positionAt(current, current.length) }, text: "\n" }],
      },
    };
    current += "\n";
    return change;
  };
  return { uri, text, type };
}

/** Waits for a request and returns its outcome: the result, or the error's code and message. */
async function outcome(request: Promise<unknown>): Promise<{ result?: unknown; code?: number; message?: string }> {
  try {
    return { result: await request };
  } catch (err) {
    return { code: (err as { code?: number }).code, message: (err as Error).message };
  }
}

/** Lists the requests that can take long on a large rule, with their parameters. */
function longRequests(uri: string, text: string): [string, object][] {
  const local = text.indexOf("assignee0") + 2;
  return [
    ["textDocument/references", { textDocument: { uri }, position: positionAt(text, local), context: { includeDeclaration: true } }],
    ["textDocument/rename", { textDocument: { uri }, position: positionAt(text, local), newName: "owner0" }],
    ["textDocument/formatting", { textDocument: { uri }, options: { tabSize: 4, insertSpaces: true } }],
    ["textDocument/semanticTokens/full", { textDocument: { uri } }],
    ["textDocument/documentSymbol", { textDocument: { uri } }],
    ["textDocument/codeAction", { textDocument: { uri }, range: { start: positionAt(text, 0), end: positionAt(text, 200) }, context: { diagnostics: [] } }],
    ["textDocument/diagnostic", { textDocument: { uri } }],
    ["textDocument/completion", { textDocument: { uri }, position: positionAt(text, text.indexOf("replica.") + 8) }],
  ];
}

describe("cancellation", () => {
  it("answers a cancelled request with RequestCancelled", async () => {
    const { uri, text, type } = await openLarge();
    for (const [method, params] of longRequests(uri, text)) {
      // A change first, so that the request analyses the rule while its cancellation arrives.
      const change = type();
      await client.connection.sendNotification(change.method, change.params);
      const source = new CancellationTokenSource();
      const pending = outcome(client.connection.sendRequest(method, params, source.token));
      source.cancel();
      expect((await pending).code, method).toBe(LSPErrorCodes.RequestCancelled);
    }
  });

  it("answers ContentModified when the document changes meanwhile", async () => {
    const { uri, text, type } = await openLarge();
    for (const [method, params] of longRequests(uri, text)) {
      // The first change makes the request wait for a new analysis. The second one follows the
      // request, as an editor sends it while the user types, and the connection writes them in order.
      // On a loaded machine the second change can reach the server after its reply, so a request
      // gets three tries. A reply without ContentModified must then be a plain result.
      const codes: (number | undefined)[] = [];
      for (let attempt = 0; attempt < 3 && codes.at(-1) !== LSPErrorCodes.ContentModified; attempt++) {
        const before = type();
        void client.connection.sendNotification(before.method, before.params);
        const pending = outcome(client.connection.sendRequest(method, params));
        const after = type();
        void client.connection.sendNotification(after.method, after.params);
        const answer = await pending;
        expect([undefined, LSPErrorCodes.ContentModified], `${method}: ${answer.message ?? ""}`).toContain(answer.code);
        codes.push(answer.code);
      }
      expect(codes.at(-1), `${method} answered ${JSON.stringify(codes)}`).toBe(LSPErrorCodes.ContentModified);
    }
  });

  it("answers the same requests when nothing interferes", async () => {
    const { uri, text } = await openLarge();
    for (const [method, params] of longRequests(uri, text)) {
      const { result, code } = await outcome(client.connection.sendRequest(method, params));
      expect(code, method).toBeUndefined();
      expect(result, method).not.toBeNull();
    }
  });

  it("answers a request that arrives after the change", async () => {
    const { uri, text, type } = await openLarge();
    const change = type();
    await client.connection.sendNotification(change.method, change.params);
    const changed = text + "\n";
    const local = changed.indexOf("assignee0") + 2;
    const locations = (await client.request("textDocument/references", uri, changed, local, { context: { includeDeclaration: true } })) as Location[];
    expect(locations.length).toBeGreaterThan(2);
    expect(locations[0]!.range.start).toEqual(positionAt(changed, changed.indexOf("assignee0")));
  });
});
