/**
 * The runtime's sync engine, store and embedded tracker as the CLI uses
 * them. The runtime package exports only its rule runtime, so these
 * modules are imported by path from one place.
 */

export * from "../../../../runtime/src/sync/index.ts";
export * from "../../../../runtime/src/store/index.ts";
export * from "../../../../runtime/src/tracker/index.ts";
