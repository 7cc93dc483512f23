/** `twinsync errors`, `twinsync retry ID|--all`, `twinsync resolve ID`: the events that rule and data errors block. */

import { OperationError, UsageError } from "../../files.ts";
import { parse, parseInteger, plural, type Io } from "./args.ts";
import { withNode } from "./connection-cmd.ts";
import type { SyncErrorRecord } from "./engine.ts";

function formatError(error: SyncErrorRecord, connectionName: string): string {
  const where = error.file === null ? "" : `\n    at ${error.file}${error.line === null ? "" : `:${error.line}:${error.column}`}`;
  const stack = error.stack === "" ? "" : "\n" + error.stack.split("\n").map((line) => `      ${line}`).join("\n");
  const when = new Date(error.createdAt).toISOString();
  return `#${error.id} ${error.status} ${error.direction} ${error.phase} on ${connectionName}, issue ${error.issue}, ${when}\n    ${error.message}${where}${stack}`;
}

export async function errorsCommand(args: string[], io: Io): Promise<number> {
  const { values } = parse("errors", args);
  return withNode(values.node, async ({ store }) => {
    const errors = await store.listErrors(values.all ? {} : { status: "open" });
    if (values.json) {
      io.out(JSON.stringify(errors, null, 2) + "\n");
      return 0;
    }
    if (errors.length === 0) {
      io.out(values.all ? "No errors.\n" : "No open errors.\n");
      return 0;
    }
    const names = new Map((await store.listConnections()).map((c) => [c.id, c.name]));
    io.out(errors.map((error) => formatError(error, names.get(error.connectionId) ?? error.connectionId)).join("\n\n") + "\n");
    if (!values.all) io.out(`\n${plural(errors.length, "open error")}. Fix the rule, then run 'twinsync retry ID' (or --all); 'twinsync resolve ID' drops the event.\n`);
    return 0;
  });
}

export async function retryCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse("retry", args);
  if (values.all === true ? positionals.length !== 0 : positionals.length !== 1) throw new UsageError("retry needs one error id from 'twinsync errors', or --all");
  return withNode(values.node, async ({ store }) => {
    const ids = values.all ? (await store.listErrors({ status: "open" })).map((e) => e.id) : [parseInteger(positionals[0]!, "error id", 1, Number.MAX_SAFE_INTEGER)];
    let retried = 0;
    for (const id of ids) {
      if (await store.retryError(id, Date.now())) retried++;
      else if (!values.all) throw new OperationError(`error ${id} is not open; 'twinsync errors --all' lists every error`);
    }
    io.out(`Queued ${plural(retried, "event")} again; a running 'twinsync sync' processes ${retried === 1 ? "it" : "them"} with the current rules.\n`);
    return 0;
  });
}

export async function resolveCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse("resolve", args);
  if (positionals.length !== 1) throw new UsageError("resolve needs one error id from 'twinsync errors'");
  const id = parseInteger(positionals[0]!, "error id", 1, Number.MAX_SAFE_INTEGER);
  return withNode(values.node, async ({ store }) => {
    if (!(await store.resolveError(id, Date.now()))) throw new OperationError(`error ${id} is not open; 'twinsync errors --all' lists every error`);
    io.out(`Resolved error ${id}: its event is dropped and later events of the issue continue.\n`);
    return 0;
  });
}
