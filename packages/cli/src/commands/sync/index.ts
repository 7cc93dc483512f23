/**
 * The sync commands of the `twinsync` CLI. They are asynchronous, so
 * `startSyncCommand` starts one, returns at once, and sets the process exit
 * code when it finishes: 0 success, 1 a failed operation, 2 a usage error
 * or unreadable input.
 */

import { describeFailure, HelpRequest, UsageError } from "../../errors.ts";
import { requestSyncHelp } from "../../help.ts";
import { closest, formatGroupHelp } from "../../options.ts";
import type { Io } from "./args.ts";
import { connectionCommand } from "./connection-cmd.ts";
import { demoCommand } from "./demo.ts";
import { ConnectionError, InvitationError, JqlError, PeerError, SignatureError, TrackerDataError, TransportError } from "./engine.ts";
import { errorsCommand, resolveCommand, retryCommand } from "./errors-cmd.ts";
import { nodeInit, nodeShow } from "./node-cmd.ts";
import { specsOf } from "./specs.ts";
import { statsCommand, statusCommand } from "./status-cmd.ts";
import { syncCommand } from "./sync-cmd.ts";
import { trackerCommand } from "./tracker-cmd.ts";
import { triggerCommand } from "./trigger-cmd.ts";

export const SYNC_COMMANDS: ReadonlySet<string> = new Set(["node", "tracker", "connection", "trigger", "sync", "errors", "retry", "resolve", "status", "stats"]);

/** Commands that take a subcommand: `tracker edit`, `connection invite`, ... */
const GROUPS: ReadonlySet<string> = new Set(["node", "tracker", "connection", "trigger"]);

/** Errors of the sync engine whose message is complete for the user: exit code 1. */
const USER_ERRORS = [ConnectionError, InvitationError, JqlError, PeerError, SignatureError, TrackerDataError, TransportError];

/**
 * Checks the subcommand of a command group. A missing or unknown one is a
 * usage error that lists the subcommands; `--help` in its place prints them
 * with their usage lines.
 */
function checkSubcommand(group: string, sub: string | undefined): void {
  const specs = specsOf(group);
  const names = specs.map((spec) => spec.name.slice(group.length + 1));
  const list = `${names.slice(0, -1).join(", ")} or ${names[names.length - 1]}`;
  if (sub === "--help" || sub === "-h") throw new HelpRequest(formatGroupHelp(group, specs));
  if (sub === undefined) throw new UsageError(`'${group}' needs a subcommand: ${list}; run 'twinsync ${group} --help' for what each does`);
  if (!names.includes(sub)) {
    const suggestion = closest(sub, names);
    throw new UsageError(`unknown ${group} subcommand '${sub}'; ${suggestion === null ? `use ${list}` : `did you mean '${suggestion}'?`}`);
  }
}

export async function runSyncCommand(command: string, args: string[], io: Io): Promise<number> {
  try {
    if (GROUPS.has(command)) checkSubcommand(command, args[0]);
    switch (command) {
      case "node": {
        const [sub, ...rest] = args;
        return sub === "init" ? nodeInit(rest, io) : nodeShow(rest, io);
      }
      case "tracker":
        return await trackerCommand(args, io);
      case "connection":
        return await connectionCommand(args, io);
      case "trigger":
        return await triggerCommand(args, io);
      case "sync":
        if (args.includes("--demo")) return await demoCommand(args, io);
        requestSyncHelp(args);
        return await syncCommand(args, io);
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
        throw new UsageError(`unknown command '${command}'; run 'twinsync help' for the list`);
    }
  } catch (error) {
    if (error instanceof HelpRequest) {
      io.out(error.text);
      return 0;
    }
    const failure = describeFailure(command, error, USER_ERRORS);
    io.err(`twinsync: ${failure.message}\n`);
    return failure.exitCode;
  }
}

/** Starts a sync command for the synchronous `main`; the exit code is set on the process when the command ends. */
export function startSyncCommand(command: string, args: string[], out: (text: string) => void, err: (text: string) => void): number {
  void runSyncCommand(command, args, { out, err }).then((code) => {
    process.exitCode = code;
  });
  return 0;
}
