#!/usr/bin/env node
// Starts the language server; the transport comes from the command line (`--stdio` or `--node-ipc`).
import { startServer } from "./server.ts";

startServer();
