export * from "./values.ts";
export * from "./errors.ts";
export * from "./context.ts";
export * from "./map.ts";
export * from "./ops.ts";
export * from "./dispatch.ts";
export * from "./registry.ts";
