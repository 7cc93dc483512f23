/** Entry point of the bundled CLI. */
import { describeFailure } from "./errors.ts";
import { main } from "./main.ts";

/**
 * Reports an error that escaped every command's own handling (a rejected
 * promise in a timer, a failed write to stdout) in the CLI's one-line form
 * instead of Node's stack trace, then exits.
 */
function exitOnEscapedError(error: unknown): void {
  const failure = describeFailure(process.argv[2] ?? "twinsync", error);
  process.stderr.write(`twinsync: ${failure.message}\n`);
  process.exit(failure.exitCode);
}

process.on("uncaughtException", exitOnEscapedError);
process.on("unhandledRejection", exitOnEscapedError);

process.exitCode = main(process.argv.slice(2));

// A reader that stops early (`twinsync demo | head`) closes the pipe; that is not an error.
process.stdout.on("error", (err: NodeJS.ErrnoException) => {
  if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
  exitOnEscapedError(err);
});
