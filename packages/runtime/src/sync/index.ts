/** The sync engine: nodes, connections, invitations, the protocol and transports. */

export { SyncNode, PRODUCT_VERSION, type SyncNodeOptions } from "./node.ts";
export type { NodeContext, NodeCounters } from "./node-context.ts";
export { RuleCache, type CompiledRuleLike, type RuleCompiler, type RuleFailure, type LoadedRule } from "./rules.ts";
export { runIncomingRule, runOutgoingRule, type RuleRunOptions, type RunFailure } from "./rule-run.ts";
export { planChanges, withRemoteIds, fillReplicaRemoteIds, type PlannedChanges } from "./changes.ts";
export { decodeInvitation, encodeInvitation, InvitationError, INVITATION_VERSION, type InvitationPayload } from "./invitation.ts";
export { ConnectionError, DEFAULT_INVITATION_TTL_MS } from "./connections.ts";
export { PeerError } from "./peer-client.ts";
export { InMemoryNetwork, TransportError, type Transport, type WireRequest, type WireResponse, type WireHandler } from "./wire.ts";
export { HEADER, signingKey, signRequest, signResponse, verifyRequest, verifyResponse, readRequestSignature, SignatureError, DEFAULT_REPLAY_WINDOW_MS } from "./signing.ts";
export { PATHS, PROTOCOL_VERSION, REPLICA_SCHEMA_VERSION, type WireEvent, type EventsReply } from "./protocol.ts";
export { Backoff, Signal } from "./signal.ts";
export { POSITION_SETTING } from "./capture.ts";
export { HttpTransport, startHttpServer, MAX_BODY_BYTES, type HttpServerOptions, type RunningServer } from "./http.ts";
export { CRASH_POINTS, parseCrashPoints, type CrashPoint, type FaultInjector } from "./faults.ts";
