/**
 * Measures the language server's latency on a generated 2,000-line incoming
 * rule over stdio, and its memory with 200 open rule files.
 * Run: npx tsx test/lsp/bench-latency.ts [--bundle] [--cpu-prof DIR]
 * With --bundle it starts the server through the built CLI (`twinsync lsp --stdio`)
 * instead of the TypeScript sources under tsx. With --cpu-prof the server
 * writes a V8 CPU profile into DIR when it exits, for Chrome DevTools.
 */

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { TestClient } from "./client.ts";
import { largeRule } from "./large-rule.ts";

const ROUNDS = 200;

function percentiles(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return `p50 ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms (${samples.length} requests)`;
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

/** Returns the CPU time, user and system, that a process has used so far, in milliseconds (Linux). */
function cpuMilliseconds(pid: number): number {
  // Fields 14 and 15 of /proc/PID/stat, after the command name in parentheses, in clock ticks of 10 ms.
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

function rssMegabytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
}

const CLI = fileURLToPath(new URL("../../packages/cli/bin/twinsync.js", import.meta.url));
const profileAt = process.argv.indexOf("--cpu-prof");
const nodeFlags = profileAt < 0 ? [] : ["--cpu-prof", `--cpu-prof-dir=${process.argv[profileAt + 1] ?? "."}`];
const SOURCES = fileURLToPath(new URL("../../packages/lsp/src/bin.ts", import.meta.url));
const command = process.argv.includes("--bundle")
  ? [process.execPath, ...nodeFlags, CLI, "lsp", "--stdio"]
  : [process.execPath, ...nodeFlags, "--import", "tsx", SOURCES, "--stdio"];
const client = await TestClient.start({ command, initializationOptions: { diagnosticsDelay: 0 } });
const uri = "file:///bench/large.incoming.groovy";
let text = largeRule(2000);
await client.open(uri, text);

// Member completion after `replica.` and hover on locals, spread over the rule.
const memberSites = [...text.matchAll(/replica\.(?=assignee)/g)].map((m) => m.index! + "replica.".length);
const hoverSites = [...text.matchAll(/assignee\d+/g)].map((m) => m.index! + 2);
const completion: number[] = [];
const hover: number[] = [];
for (let i = 0; i < ROUNDS; i++) {
  completion.push(await timed(() => client.request("textDocument/completion", uri, text, memberSites[i % memberSites.length]!)));
  hover.push(await timed(() => client.request("textDocument/hover", uri, text, hoverSites[(i * 7) % hoverSites.length]!)));
}

// Completion and diagnostics right after an edit: the edit makes the server analyse the rule again.
let lastInsert = 0;
const cpuBeforeEdits = cpuMilliseconds(client.child.pid!);
const completionAfterEdit: number[] = [];
const diagnosticsAfterEdit: number[] = [];
for (let i = 0; i < ROUNDS; i++) {
  const at = text.indexOf("issue.assignee = ", (i * 997) % (text.length - 100));
  const edit = i % 2 === 0 ? " " : "";
  const insertAt = at < 0 ? text.length : at;
  const pushed = client.nextDiagnostics(uri);
  const started = performance.now();
  if (edit === "") {
    // Remove the space the previous round added.
    await client.change(uri, text, lastInsert, lastInsert + 1, "");
    text = text.slice(0, lastInsert) + text.slice(lastInsert + 1);
  } else {
    await client.change(uri, text, insertAt, insertAt, edit);
    text = text.slice(0, insertAt) + edit + text.slice(insertAt);
    lastInsert = insertAt;
  }
  if (i % 2 === 0) {
    completionAfterEdit.push(await timed(() => client.request("textDocument/completion", uri, text, memberSites[i % memberSites.length]! + (memberSites[i % memberSites.length]! > insertAt ? 1 : 0))));
    await pushed;
  } else {
    await pushed;
    diagnosticsAfterEdit.push(performance.now() - started);
  }
}
// CPU time does not count the time the server waits for a core, so it varies less than latency on a shared machine.
const cpuPerEdit = (cpuMilliseconds(client.child.pid!) - cpuBeforeEdits) / ROUNDS;
const formatting: number[] = [];
for (let i = 0; i < ROUNDS; i++) {
  formatting.push(await timed(() => client.connection.sendRequest("textDocument/formatting", { textDocument: { uri }, options: { tabSize: 4, insertSpaces: true } })));
}

console.log(`completion (unchanged document): ${percentiles(completion)}`);
console.log(`hover (unchanged document):      ${percentiles(hover)}`);
console.log(`completion right after an edit:  ${percentiles(completionAfterEdit)}`);
console.log(`diagnostics after an edit:       ${percentiles(diagnosticsAfterEdit)}`);
console.log(`formatting (unchanged document): ${percentiles(formatting)}`);
console.log(`server CPU time per edit round:  ${cpuPerEdit.toFixed(1)} ms (the edit, its analysis, and a completion or the diagnostics push)`);

// Memory with 200 open rule files: the large rule and up to 199 rules of the differential corpus.
const corpus = fileURLToPath(new URL("../differential/corpus", import.meta.url));
const files = readdirSync(corpus).filter((name) => /\.(incoming|outgoing)\.groovy$/.test(name)).slice(0, 199);
const before = rssMegabytes(client.child.pid!);
for (const [i, name] of files.entries()) await client.open(`file:///bench/open${i}.${name}`, readFileSync(join(corpus, name), "utf8"));
console.log(`server memory: ${before.toFixed(0)} MB with the large rule open, ${rssMegabytes(client.child.pid!).toFixed(0)} MB after opening ${files.length} more rule files (RSS)`);
await client.stop();
