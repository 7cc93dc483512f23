import { describe, expect, it } from "vitest";
import { decodeInvitation, encodeInvitation, InvitationError, type InvitationPayload } from "../../src/sync/index.ts";

const NOW = 1_700_000_000_000;

const payload: InvitationPayload = {
  invitationId: "7f1c0a52-3a55-4d1e-9c7e-0d7f0b7b2a11",
  connectionId: "0b9e5f0e-2f4a-4a47-8d3e-2c0a0e1f9a10",
  connectionName: "jira-github",
  connectionType: "remote",
  secret: Buffer.alloc(32, 7).toString("base64url"),
  initiator: {
    nodeId: "node-a",
    nodeName: "jira",
    nodeUrl: "http://127.0.0.1:7101",
    instanceId: "instance-a",
    instanceName: "jira",
    trackerType: "embedded-jira",
    trackerVersion: "1.0",
    trackerUrl: "embedded://jira",
    productVersion: "0.1.0",
  },
  createdAt: NOW,
  expiresAt: NOW + 60_000,
};

function expectRejected(code: string, message: RegExp, now = NOW): void {
  expect(() => decodeInvitation(code, now)).toThrow(InvitationError);
  expect(() => decodeInvitation(code, now)).toThrow(message);
}

describe("invitation codes", () => {
  it("round-trips the payload", () => {
    const code = encodeInvitation(payload);
    expect(code.startsWith("twinsync-invite-1.")).toBe(true);
    expect(decodeInvitation(code, NOW)).toEqual(payload);
    expect(decodeInvitation(`  ${code}\n`, NOW)).toEqual(payload);
  });

  it("hides the secret and the metadata", () => {
    const code = encodeInvitation(payload);
    const bytes = Buffer.from(code.slice("twinsync-invite-1.".length), "base64url").toString("latin1");
    expect(bytes).not.toContain("jira-github");
    expect(bytes).not.toContain(payload.secret);
    expect(encodeInvitation(payload)).not.toBe(code);
  });

  it("rejects every changed byte", () => {
    const code = encodeInvitation(payload);
    const prefix = "twinsync-invite-1.";
    const bytes = Buffer.from(code.slice(prefix.length), "base64url");
    for (const index of [0, 20, 40, 50, bytes.length - 20, bytes.length - 1]) {
      const changed = Buffer.from(bytes);
      changed[index]! ^= 0x01;
      expectRejected(prefix + changed.toString("base64url"), /authentication failed, so the code was changed or truncated/);
    }
  });

  it("rejects truncated codes", () => {
    const code = encodeInvitation(payload);
    expectRejected(code.slice(0, code.length - 4), /authentication failed|truncated/);
    expectRejected(code.slice(0, 40), /it is truncated \(\d+ bytes, at least 62 expected\)/);
    expectRejected("twinsync-invite-1.", /it is truncated \(0 bytes/);
  });

  it("rejects expired codes", () => {
    expectRejected(encodeInvitation(payload), /invitation code expired at 2023-11-14T22:14:20.000Z; ask the other side for a new code/, NOW + 60_001);
  });

  it("rejects other formats and versions", () => {
    expectRejected("hello", /does not start with 'twinsync-invite-1.'/);
    expectRejected("twinsync-invite-2.AAAA", /version 2 is not supported; this Twinsync reads version 1/);
    expectRejected("twinsync-invite-1.abc$def", /characters outside base64url/);
  });

  it("rejects a validly sealed code with foreign content", () => {
    const sealed = encodeInvitation({ ...payload, secret: "short" });
    expectRejected(sealed, /its content is not a Twinsync invitation/);
  });
});
