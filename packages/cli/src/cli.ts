/** Entry point of the bundled CLI. */
import { main } from "./main.ts";

process.exitCode = main(process.argv.slice(2));

// A reader that stops early (`twinsync demo | head`) closes the pipe; that is not an error.
process.stdout.on("error", (err: NodeJS.ErrnoException) => {
  if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw err;
});
