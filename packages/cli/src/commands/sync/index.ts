/**
 * The sync commands of the `twinsync` CLI. They are asynchronous, so
 * `startSyncCommand` starts one, returns at once, and sets the process exit
 * code when it finishes: 0 success, 1 failure, 2 usage error.
 */

import { UsageError } from "../../files.ts";
import type { Io } from "./args.ts";
import { connectionCommand } from "./connection-cmd.ts";
import { demoCommand } from "./demo.ts";
import { ConnectionError, InvitationError, JqlError, PeerError, SignatureError, TrackerDataError, TransportError } from "./engine.ts";
import { errorsCommand, resolveCommand, retryCommand } from "./errors-cmd.ts";
import { nodeInit, nodeShow } from "./node-cmd.ts";
import { statsCommand, statusCommand } from "./status-cmd.ts";
import { syncCommand } from "./sync-cmd.ts";
import { trackerCommand } from "./tracker-cmd.ts";
import { triggerCommand } from "./trigger-cmd.ts";

export const SYNC_COMMANDS: ReadonlySet<string> = new Set(["node", "tracker", "connection", "trigger", "sync", "errors", "retry", "resolve", "status", "stats"]);

export const SYNC_HELP = `Sync commands (each accepts --node DIR; default: $TWINSYNC_NODE or ./.twinsync):
  sync --demo [--example jira-github|jira-azure]
                              Run two embedded trackers in one process and sync them with the example rules.
  node init NAME [--flavor jira|github|azure] [--port N] [--url URL] [--durability normal|full]
                              Create a node folder with an embedded tracker.
  node show                   Print the node's settings.
  sync [--log-level LEVEL] [--poll-interval MS]
                              Run the node until SIGINT or SIGTERM (HTTP on the node's host and port).
  tracker create|edit|comment|attach|show|list|users|add-user|projects|add-project|init
                              Work with issues in the embedded tracker (--as USER acts as that user).
  connection invite NAME --rules DIR [--side SIDE] [--expires-in 24h] [--local]
                              Create a pending connection and print its invitation code.
  connection accept CODE --rules DIR [--side SIDE] [--name NAME]
                              Accept an invitation; the inviting node must be running.
  connection list|activate NAME|deactivate NAME
  trigger add CONNECTION QUERY | list [CONNECTION] | remove ID | run CONNECTION [--query QUERY]
                              Queries (a JQL subset) that start sync; run queues every match now.
  errors [--all] [--json]     List events blocked by rule or data errors, with rule position and stack.
  retry ID|--all              Queue blocked events again with the current rules.
  resolve ID                  Drop a blocked event so the issue's later events continue.
  status ISSUE                Print the local and remote replica of a synced issue.
  stats [--json]              Print queue counts and recent throughput per connection.
`;

/** Errors whose message is the whole story for the user: printed without a stack, exit code 1. */
const USER_ERRORS = [ConnectionError, InvitationError, JqlError, PeerError, SignatureError, TrackerDataError, TransportError];

export async function runSyncCommand(command: string, args: string[], io: Io): Promise<number> {
  try {
    switch (command) {
      case "node": {
        const [sub, ...rest] = args;
        if (sub === "init") return nodeInit(rest, io);
        if (sub === "show") return nodeShow(rest, io);
        throw new UsageError(`unknown node command '${sub ?? ""}'; use init or show`);
      }
      case "tracker":
        return await trackerCommand(args, io);
      case "connection":
        return await connectionCommand(args, io);
      case "trigger":
        return await triggerCommand(args, io);
      case "sync":
        return args.includes("--demo") ? await demoCommand(args, io) : await syncCommand(args, io);
      case "errors":
        return await errorsCommand(args, io);
      case "retry":
        return await retryCommand(args, io);
      case "resolve":
        return await resolveCommand(args, io);
      case "status":
        return await statusCommand(args, io);
      case "stats":
        return await statsCommand(args, io);
      default:
        throw new UsageError(`unknown command '${command}'`);
    }
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      io.err(`twinsync: ${(error as Error).message}\n`);
      return 2;
    }
    if (USER_ERRORS.some((type) => error instanceof type)) {
      io.err(`twinsync: ${(error as Error).message}\n`);
      return 1;
    }
    io.err(`twinsync: ${command} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 1;
  }
}

/** Starts a sync command for the synchronous `main`; the exit code is set on the process when the command ends. */
export function startSyncCommand(command: string, args: string[], out: (text: string) => void, err: (text: string) => void): number {
  void runSyncCommand(command, args, { out, err }).then((code) => {
    process.exitCode = code;
  });
  return 0;
}
