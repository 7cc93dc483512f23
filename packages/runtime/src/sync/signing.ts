/**
 * Message authentication between nodes. Every request and response carries
 * an HMAC-SHA256 signature over the raw body and the headers that bind it to
 * a connection, a sender, a time and a message id. Receivers check the
 * signature in constant time, reject timestamps outside the replay window,
 * and reject message ids they have seen within it.
 */

import { createHmac, hkdfSync, randomUUID, timingSafeEqual } from "node:crypto";

export const HEADER = {
  connection: "x-twinsync-connection",
  sender: "x-twinsync-sender",
  timestamp: "x-twinsync-timestamp",
  messageId: "x-twinsync-message-id",
  signature: "x-twinsync-signature",
  inReplyTo: "x-twinsync-in-reply-to",
} as const;

/** Default tolerance between the sender's and the receiver's clocks, and how long message ids are remembered: 5 minutes. */
export const DEFAULT_REPLAY_WINDOW_MS = 5 * 60_000;

/** Derives the signing key of a connection from its shared secret with HKDF-SHA256. */
export function signingKey(secret: Buffer, connectionId: string): Buffer {
  return Buffer.from(hkdfSync("sha256", secret, Buffer.from(connectionId, "utf8"), "twinsync message signing v1", 32));
}

function mac(key: Buffer, parts: string[], body: Buffer): Buffer {
  const hmac = createHmac("sha256", key);
  hmac.update(parts.join("\n") + "\n");
  hmac.update(body);
  return hmac.digest();
}

export type Headers = Record<string, string>;

/** Builds the signature headers of a request to `path`. */
export function signRequest(key: Buffer, path: string, connectionId: string, senderId: string, body: Buffer, now: number): Headers {
  const timestamp = String(now);
  const messageId = randomUUID();
  const signature = mac(key, ["twinsync-request-v1", path, connectionId, senderId, timestamp, messageId], body);
  return {
    [HEADER.connection]: connectionId,
    [HEADER.sender]: senderId,
    [HEADER.timestamp]: timestamp,
    [HEADER.messageId]: messageId,
    [HEADER.signature]: signature.toString("hex"),
  };
}

/** Builds the signature headers of a response; the signature covers the request's message id, so a response cannot be replayed for another request. */
export function signResponse(key: Buffer, requestMessageId: string, body: Buffer, now: number): Headers {
  const timestamp = String(now);
  const messageId = randomUUID();
  const signature = mac(key, ["twinsync-response-v1", requestMessageId, timestamp, messageId], body);
  return {
    [HEADER.timestamp]: timestamp,
    [HEADER.messageId]: messageId,
    [HEADER.inReplyTo]: requestMessageId,
    [HEADER.signature]: signature.toString("hex"),
  };
}

export class SignatureError extends Error {
  override readonly name = "SignatureError";
}

/** The signed request headers, checked for presence and format. */
export interface RequestSignature {
  connectionId: string;
  senderId: string;
  timestamp: number;
  messageId: string;
  signature: Buffer;
}

/** Reads the signature headers of a request; throws {@link SignatureError} when one is missing or malformed. */
export function readRequestSignature(headers: Headers): RequestSignature {
  const get = (name: string): string => {
    const value = headers[name];
    if (value === undefined || value === "") throw new SignatureError(`missing header ${name}`);
    return value;
  };
  const timestamp = Number(get(HEADER.timestamp));
  if (!Number.isSafeInteger(timestamp)) throw new SignatureError(`invalid header ${HEADER.timestamp}: expected epoch milliseconds`);
  const signatureText = get(HEADER.signature);
  if (!/^[0-9a-f]{64}$/.test(signatureText)) throw new SignatureError(`invalid header ${HEADER.signature}: expected 64 hex digits`);
  return {
    connectionId: get(HEADER.connection),
    senderId: get(HEADER.sender),
    timestamp,
    messageId: get(HEADER.messageId),
    signature: Buffer.from(signatureText, "hex"),
  };
}

function checkTimestamp(timestamp: number, now: number, windowMs: number): void {
  if (Math.abs(now - timestamp) > windowMs) {
    throw new SignatureError(
      `message timestamp ${new Date(timestamp).toISOString()} is outside the replay window of ${windowMs / 1000} s around ${new Date(now).toISOString()}; check both clocks`,
    );
  }
}

/**
 * Checks a request's timestamp and signature. The caller checks the message
 * id against the ids it has seen, after this check passes, so unsigned
 * requests cannot fill that record.
 */
export function verifyRequest(key: Buffer, path: string, signature: RequestSignature, body: Buffer, now: number, windowMs: number): void {
  checkTimestamp(signature.timestamp, now, windowMs);
  const expected = mac(key, ["twinsync-request-v1", path, signature.connectionId, signature.senderId, String(signature.timestamp), signature.messageId], body);
  if (!timingSafeEqual(expected, signature.signature)) throw new SignatureError("invalid signature: the message was changed or signed with another key");
}

/** Checks a response's signature, its timestamp, and that it is the response to the request with `requestMessageId`. */
export function verifyResponse(key: Buffer, requestMessageId: string, headers: Headers, body: Buffer, now: number, windowMs: number): void {
  const timestampText = headers[HEADER.timestamp];
  const messageId = headers[HEADER.messageId];
  const signatureText = headers[HEADER.signature];
  if (timestampText === undefined || messageId === undefined || signatureText === undefined || !/^[0-9a-f]{64}$/.test(signatureText)) {
    throw new SignatureError("response is not signed");
  }
  if (headers[HEADER.inReplyTo] !== requestMessageId) throw new SignatureError("response belongs to another request");
  const timestamp = Number(timestampText);
  checkTimestamp(timestamp, now, windowMs);
  const expected = mac(key, ["twinsync-response-v1", requestMessageId, timestampText, messageId], body);
  if (!timingSafeEqual(expected, Buffer.from(signatureText, "hex"))) throw new SignatureError("invalid response signature");
}
