/** Signed calls to a peer node, with response verification. */

import type { ConnectionRecord } from "../store/types.ts";
import type { NodeContext } from "./node-context.ts";
import { parseJsonBody } from "./protocol.ts";
import { HEADER, signingKey, signRequest, verifyResponse } from "./signing.ts";

/** An error response from a peer; `status` is the HTTP status code. */
export class PeerError extends Error {
  override readonly name = "PeerError";
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export interface PeerTarget {
  url: string;
  connectionId: string;
  secret: Buffer;
}

export function targetOf(connection: ConnectionRecord): PeerTarget {
  if (connection.peer === null) throw new Error(`connection ${connection.name} has no peer yet; it is ${connection.state}`);
  return { url: connection.peer.nodeUrl, connectionId: connection.id, secret: connection.secret };
}

/**
 * Sends a signed JSON request and returns the verified JSON reply. Throws
 * {@link PeerError} for an error status, and `SignatureError` when the reply
 * is not signed with the connection's key.
 */
export async function callPeer(ctx: NodeContext, target: PeerTarget, path: string, body: unknown): Promise<unknown> {
  const key = signingKey(target.secret, target.connectionId);
  const raw = Buffer.from(JSON.stringify(body), "utf8");
  const headers = signRequest(key, path, target.connectionId, ctx.nodeId, raw, ctx.now());
  headers["content-type"] = "application/json";
  const response = await ctx.transport.request(target.url, { path, headers, body: raw }, { timeoutMs: ctx.requestTimeoutMs });
  if (response.status !== 200) {
    let message = response.body.toString("utf8").slice(0, 500);
    try {
      const parsed = JSON.parse(message) as { error?: unknown };
      if (typeof parsed.error === "string") message = parsed.error;
    } catch {
      // The body is not JSON; report it as text.
    }
    throw new PeerError(response.status, `peer at ${target.url} rejected ${path} with status ${response.status}: ${message}`);
  }
  verifyResponse(key, headers[HEADER.messageId]!, response.headers, response.body, ctx.now(), ctx.replayWindowMs);
  return parseJsonBody(response.body);
}
