/**
 * Guards for request handlers. A failure is logged and the handler returns
 * an empty result. A cancelled request gets the RequestCancelled error, and
 * a request whose document changed while it waited gets ContentModified, so
 * that no client receives a result for text it no longer has.
 */

import { LSPErrorCodes, ResponseError, type CancellationToken, type Connection } from "vscode-languageserver/node";
import type { DocumentAnalysis } from "./analysis.ts";
import type { Workspace } from "./server.ts";

/** Runs a handler; on a failure other than a protocol error, logs it and returns `fallback`. */
export function guarded<T>(connection: Connection, what: string, fallback: T, run: () => T): T {
  try {
    return run();
  } catch (err) {
    if (err instanceof ResponseError) throw err;
    connection.console.error(`${what} failed: ${(err as Error).stack ?? String(err)}`);
    return fallback;
  }
}

/** Runs an asynchronous handler like `guarded`. */
export async function guardedAsync<T>(connection: Connection, what: string, fallback: T, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (err instanceof ResponseError) throw err;
    connection.console.error(`${what} failed: ${(err as Error).stack ?? String(err)}`);
    return fallback;
  }
}

/** Turns of the event loop that `yieldToQueuedMessages` waits. */
const TURNS = 4;

/**
 * Waits a few turns of the event loop, so that a change or a cancellation
 * that arrived while the request waited or worked is handled before the
 * request goes on. vscode-jsonrpc 10 decodes each arrived message in a turn
 * of its own (a semaphore that continues with `setImmediate`) and dispatches
 * it from its queue in a later turn.
 */
export function yieldToQueuedMessages(): Promise<void> {
  return new Promise((resolve) => {
    let left = TURNS;
    const turn = () => (--left === 0 ? resolve() : setImmediate(turn));
    setImmediate(turn);
  });
}

/** Throws RequestCancelled when the client cancelled the request. */
export function checkCancelled(token: CancellationToken, what: string): void {
  if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, `${what} was cancelled by the client`);
}

/** A request on one document, as a handler received it. */
export interface DocumentRequest {
  connection: Connection;
  workspace: Workspace;
  /** The request's name in messages, such as "references". */
  what: string;
  uri: string;
  token: CancellationToken;
}

/**
 * Runs a request on the analysis of the version that was current when the
 * request arrived. Before the analysis and again before the feature's own
 * work, the queued messages get a turn; then a cancellation raises
 * RequestCancelled and a newer version ContentModified. A closed document
 * gets `fallback`.
 */
export async function onCurrentVersion<T>(request: DocumentRequest, fallback: T, run: (doc: DocumentAnalysis) => T): Promise<T> {
  const { connection, workspace, what, uri, token } = request;
  return guardedAsync(connection, what, fallback, async () => {
    const version = workspace.documents.get(uri)?.version;
    if (version === undefined) return fallback;
    const checkCurrent = () => {
      checkCancelled(token, what);
      const now = workspace.documents.get(uri)?.version;
      if (now !== version) {
        throw new ResponseError(LSPErrorCodes.ContentModified, `${what} for ${uri} was dropped: the document changed from version ${version} to ${now ?? "closed"} before the result was ready`);
      }
    };
    await yieldToQueuedMessages();
    checkCurrent();
    const doc = workspace.analysis(uri);
    if (doc === null) return fallback;
    await yieldToQueuedMessages();
    checkCurrent();
    return run(doc);
  });
}
