/**
 * Invitation codes: the token one side creates and the other side pastes to
 * start a connection.
 *
 * Layout: `twinsync-invite-1.` followed by base64url of
 * `key material (32 bytes) | IV (12 bytes) | ciphertext | GCM tag (16 bytes)`.
 * The AES-256-GCM key is derived from the key material with HKDF-SHA256, and
 * the version prefix is authenticated as additional data. The plaintext is
 * JSON with the shared secret, the connection's metadata and an expiry.
 *
 * Encryption with an authentication tag makes any changed or truncated code
 * fail to open, and keeps the secret out of sight of anything that shows
 * only part of the code. The whole code is still a bearer credential:
 * whoever holds it can accept it, so it must travel over a private channel.
 * Expiry limits how long a leaked code is useful, and both sides accept an
 * invitation only once.
 */

import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import type { ConnectionType, PeerInfo } from "../store/types.ts";

export const INVITATION_VERSION = 1;
const PREFIX = `twinsync-invite-${INVITATION_VERSION}.`;
const KEY_MATERIAL_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const MIN_BYTES = KEY_MATERIAL_BYTES + IV_BYTES + 2 + TAG_BYTES;

export interface InvitationPayload {
  invitationId: string;
  connectionId: string;
  connectionName: string;
  connectionType: ConnectionType;
  /** The shared secret, base64url. */
  secret: string;
  /** The inviting side: node, instance, tracker and product version. */
  initiator: PeerInfo;
  createdAt: number;
  expiresAt: number;
}

export class InvitationError extends Error {
  override readonly name = "InvitationError";
}

function encryptionKey(keyMaterial: Buffer): Buffer {
  return Buffer.from(hkdfSync("sha256", keyMaterial, Buffer.from(PREFIX, "utf8"), "twinsync invitation aes-256-gcm", 32));
}

export function encodeInvitation(payload: InvitationPayload): string {
  const keyMaterial = randomBytes(KEY_MATERIAL_BYTES);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", encryptionKey(keyMaterial), iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(PREFIX, "utf8"));
  const ciphertext = Buffer.concat([cipher.update(JSON.stringify(payload), "utf8"), cipher.final()]);
  return PREFIX + Buffer.concat([keyMaterial, iv, ciphertext, cipher.getAuthTag()]).toString("base64url");
}

function isPeerInfo(value: unknown): value is PeerInfo {
  if (typeof value !== "object" || value === null) return false;
  const fields = ["nodeId", "nodeName", "nodeUrl", "instanceId", "instanceName", "trackerType", "trackerVersion", "trackerUrl", "productVersion"];
  return fields.every((field) => typeof (value as Record<string, unknown>)[field] === "string");
}

function checkPayload(value: unknown): InvitationPayload {
  const p = value as Record<string, unknown>;
  const valid =
    typeof value === "object" &&
    value !== null &&
    typeof p.invitationId === "string" &&
    typeof p.connectionId === "string" &&
    typeof p.connectionName === "string" &&
    (p.connectionType === "remote" || p.connectionType === "local") &&
    typeof p.secret === "string" &&
    Buffer.from(p.secret, "base64url").length === 32 &&
    isPeerInfo(p.initiator) &&
    typeof p.createdAt === "number" &&
    typeof p.expiresAt === "number";
  if (!valid) throw new InvitationError("invalid invitation code: its content is not a Twinsync invitation");
  return value as InvitationPayload;
}

/**
 * Opens and checks an invitation code. Throws {@link InvitationError} when
 * the code is malformed, of another version, changed, truncated or expired.
 */
export function decodeInvitation(code: string, now: number): InvitationPayload {
  const text = code.trim();
  const version = /^twinsync-invite-(\d+)\./.exec(text);
  if (version === null) {
    throw new InvitationError(`invalid invitation code: it does not start with '${PREFIX}'; copy the whole code that 'twinsync connection invite' printed`);
  }
  if (Number(version[1]) !== INVITATION_VERSION) {
    throw new InvitationError(`invitation code version ${version[1]} is not supported; this Twinsync reads version ${INVITATION_VERSION}`);
  }
  const encoded = text.slice(PREFIX.length);
  if (!/^[A-Za-z0-9_-]*$/.test(encoded)) throw new InvitationError("invalid invitation code: it contains characters outside base64url (A-Z, a-z, 0-9, '-', '_')");
  const bytes = Buffer.from(encoded, "base64url");
  if (bytes.length < MIN_BYTES) {
    throw new InvitationError(`invalid invitation code: it is truncated (${bytes.length} bytes, at least ${MIN_BYTES} expected); copy the whole code`);
  }
  const keyMaterial = bytes.subarray(0, KEY_MATERIAL_BYTES);
  const iv = bytes.subarray(KEY_MATERIAL_BYTES, KEY_MATERIAL_BYTES + IV_BYTES);
  const ciphertext = bytes.subarray(KEY_MATERIAL_BYTES + IV_BYTES, bytes.length - TAG_BYTES);
  const tag = bytes.subarray(bytes.length - TAG_BYTES);
  let plaintext: string;
  try {
    const decipher = createDecipheriv("aes-256-gcm", encryptionKey(keyMaterial), iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(PREFIX, "utf8"));
    decipher.setAuthTag(tag);
    plaintext = Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString("utf8");
  } catch {
    throw new InvitationError("invalid invitation code: authentication failed, so the code was changed or truncated; copy the whole code again");
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(plaintext);
  } catch {
    throw new InvitationError("invalid invitation code: its content is not a Twinsync invitation");
  }
  const payload = checkPayload(parsed);
  if (payload.expiresAt < now) {
    throw new InvitationError(`invitation code expired at ${new Date(payload.expiresAt).toISOString()}; ask the other side for a new code`);
  }
  return payload;
}
