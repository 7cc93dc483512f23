/**
 * The CLI's error classes and the one-line report every failure gets.
 * Exit codes follow one rule: 2 when the command line or an input file is
 * wrong, 1 when a correct request failed (a lookup found nothing, a peer
 * rejected a code, a rule raised an error).
 */

/** A problem with the command line or its input files: exit code 2. */
export class UsageError extends Error {}

/** A request that was well formed but failed, such as an unknown trigger id: exit code 1. */
export class OperationError extends Error {}

/** Thrown by option parsing when `--help` is given; the text goes to stdout with exit code 0. */
export class HelpRequest {
  constructor(readonly text: string) {}
}

const FS_REASONS: Record<string, string> = {
  ENOENT: "no such file or folder",
  ENOTDIR: "a part of the path is a file, not a folder",
  EISDIR: "it is a folder",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EEXIST: "it already exists",
  ENOSPC: "no space left on the device",
  EROFS: "the file system is read-only",
  ENAMETOOLONG: "the name is too long",
  EMFILE: "too many open files",
};

/** Returns a short reason for a file system error code, or null for a code not listed here. */
export function fsReason(code: string | undefined): string | null {
  return code !== undefined && Object.hasOwn(FS_REASONS, code) ? FS_REASONS[code]! : null;
}

/** A failure ready to print: the line after `twinsync: ` and the exit code. */
export interface Failure {
  message: string;
  exitCode: 1 | 2;
}

/** Replaces line breaks and other control characters, so a message stays on one line. */
export function oneLine(text: string): string {
  return text.replace(/\r?\n\s*/g, " ").replace(/[\u0000-\u001f\u007f]/g, " ").trim();
}

/**
 * Turns any error a command throws into one line and an exit code.
 * `expected` lists error classes whose message is complete for the user
 * (exit code 1). Anything else is an unexpected failure: its first line is
 * shown with the command's name, and the stack trace only when the
 * TWINSYNC_DEBUG variable is set.
 */
export function describeFailure(command: string, error: unknown, expected: readonly (abstract new (...args: never[]) => Error)[] = []): Failure {
  if (error instanceof UsageError) return { message: oneLineList(error.message), exitCode: 2 };
  if ((error as { code?: unknown }).code !== undefined && String((error as { code: unknown }).code).startsWith("ERR_PARSE_ARGS")) {
    return { message: oneLine((error as Error).message), exitCode: 2 };
  }
  if (error instanceof OperationError || expected.some((type) => error instanceof type)) {
    return { message: oneLineList((error as Error).message), exitCode: 1 };
  }
  const errno = error as NodeJS.ErrnoException;
  const reason = fsReason(errno?.code);
  if (reason !== null && typeof errno.path === "string") {
    return { message: `${command} failed: cannot ${verbOf(errno.syscall)} ${errno.path}: ${reason}`, exitCode: 2 };
  }
  const text = error instanceof Error ? error.message : String(error);
  const firstLine = oneLine(text.split("\n")[0] ?? "");
  if (process.env.TWINSYNC_DEBUG && error instanceof Error && error.stack !== undefined) {
    return { message: `${command} failed: ${firstLine}\n${error.stack}`, exitCode: 1 };
  }
  return { message: `${command} failed: ${firstLine} (set TWINSYNC_DEBUG=1 to print the stack trace)`, exitCode: 1 };
}

/**
 * Keeps a message that lists several problems, one per line (such as the
 * problems of a state file), but joins the lines of anything else.
 */
function oneLineList(text: string): string {
  const lines = text.split("\n");
  if (lines.length > 1 && lines.slice(1).every((line) => line.startsWith("  "))) return text;
  return oneLine(text);
}

function verbOf(syscall: string | undefined): string {
  switch (syscall) {
    case "mkdir":
      return "create the folder";
    case "open":
    case "read":
      return "open";
    case "write":
      return "write";
    case "unlink":
    case "rmdir":
      return "remove";
    case "scandir":
      return "list the folder";
    default:
      return syscall ?? "access";
  }
}
