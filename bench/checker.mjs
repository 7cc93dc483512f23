// Benchmarks the static checker against parsing alone, in one process:
// one generated 2,000-line incoming rule, and a folder of 200 rule files
// taken from the differential corpus and the examples.
//
//   node bench/checker.mjs            timing table (median of many runs)
//   node bench/checker.mjs --corpus   findings per 1,000 lines of the valid corpora, by code
//
// Bundles packages/compiler with esbuild first, as bench/run.mjs does for
// its own benchmarks, so that it runs on plain Node.

import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { cpus } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";
import { NODE_ESM_BUNDLE } from "../scripts/node-bundle.mjs";

const benchDir = dirname(fileURLToPath(import.meta.url));
const rootDir = dirname(benchDir);
const buildDir = join(benchDir, ".build");
const bundle = join(buildDir, "checker-lib.mjs");

mkdirSync(buildDir, { recursive: true });
await build({
  ...NODE_ESM_BUNDLE,
  entryPoints: [join(rootDir, "packages", "compiler", "src", "index.ts")],
  outfile: bundle,
});
const { parse, checkRule } = await import(pathToFileURL(bundle).href);

/** Returns one block of a typical incoming rule; `n` keeps its names unique. */
function block(n) {
  return `
// Block ${n}: status, users, labels and custom fields.
def statusMap${n} = ["Open": "To Do", "In Progress": "In Progress", "Resolved": "Done", "Closed": "Done"]
def remoteStatus${n} = replica.status?.name
def target${n} = statusMap${n}[remoteStatus${n}] ?: "To Do"
if (issue.status?.name != target${n}) {
    issue.setStatus(target${n})
}
def assignee${n} = nodeHelper.getUserByEmail(replica.assignee?.email)
if (!assignee${n} && replica.assignee) {
    assignee${n} = nodeHelper.getUserByUsername(replica.assignee.username)
}
issue.assignee = assignee${n} ?: issue.assignee
def labels${n} = (replica.labels ?: []).collect { it.label.toLowerCase().replaceAll(/\\s+/, "-") }.findAll { it }
issue.labels = labels${n}.collect { nodeHelper.getLabel(it) }.findAll { it != null }
issue.customFields."Story Points".value = replica."Story Points"
def team${n} = replica.customKeys?.team
if (team${n}) {
    def option${n} = nodeHelper.getOption(issue, "Team", team${n})
    if (option${n} != null) {
        issue.customFields."Team".value = option${n}
    } else {
        log.info("Team '\${team${n}}' is not an option")
    }
}
issue.comments = commentHelper.mergeComments(issue, replica) { comment ->
    comment.body = "\${comment.author?.displayName ?: 'Remote'}: \${comment.body}"
}
for (c in replica.addedComments) {
    if (c.internal) continue
    log.debug("new comment \${c.id} by \${c.author?.key}")
}
`;
}

function largeRule(lines) {
  let text = `if (firstSync) {\n    issue.projectKey = "SUP"\n    issue.typeName = replica.type?.name == "Bug" ? "Bug" : "Task"\n}\nissue.summary = replica.summary ?: "No summary"\n`;
  for (let n = 0; text.split("\n").length < lines; n++) text += block(n);
  return text.split("\n").slice(0, lines).join("\n") + "\n";
}

function ruleFiles(dir) {
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...ruleFiles(path));
    else if (/\.(incoming|outgoing)\.groovy$/.test(entry.name)) found.push(path);
  }
  return found.sort();
}

const validFiles = [...ruleFiles(join(rootDir, "test", "differential", "corpus")), ...ruleFiles(join(rootDir, "examples"))];
const directionOf = (file) => (file.includes(".incoming.") ? "incoming" : "outgoing");

if (process.argv.includes("--corpus")) {
  const byCode = new Map();
  let lines = 0;
  for (const file of validFiles) {
    const text = readFileSync(file, "utf8");
    const parsed = parse(text);
    lines += parsed.lineMap.lineCount;
    for (const d of checkRule(parsed, { direction: directionOf(file), source: text })) {
      const key = `${d.severity} ${d.code}`;
      byCode.set(key, (byCode.get(key) ?? 0) + 1);
    }
  }
  console.log(`${validFiles.length} rules, ${lines} lines`);
  for (const [key, count] of [...byCode].sort((a, b) => b[1] - a[1])) console.log(`${key.padEnd(40)} ${String(count).padStart(4)}  ${((count * 1000) / lines).toFixed(1)} per 1,000 lines`);
  process.exit(0);
}

const folder = Array.from({ length: 200 }, (_, i) => validFiles[i % validFiles.length]).map((file) => ({ text: readFileSync(file, "utf8"), direction: directionOf(file) }));
const large = { text: largeRule(2000), direction: "incoming" };

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Times parsing alone and parsing plus checking of `rules`, interleaved so both see the same machine state. */
function measure(rules, runs) {
  const parseTimes = [];
  const checkTimes = [];
  for (let i = 0; i < runs + 5; i++) {
    let start = performance.now();
    for (const rule of rules) parse(rule.text);
    const parseOnly = performance.now() - start;
    const parsed = rules.map((rule) => parse(rule.text));
    start = performance.now();
    rules.forEach((rule, j) => checkRule(parsed[j], { direction: rule.direction, source: rule.text }));
    const checkOnly = performance.now() - start;
    if (i >= 5) {
      parseTimes.push(parseOnly);
      checkTimes.push(checkOnly);
    }
  }
  return { parse: median(parseTimes), check: median(checkTimes) };
}

const rows = [
  ["2,000-line rule", measure([large], 60)],
  ["folder of 200 rules", measure(folder, 30)],
];
console.log(`Node ${process.version}, ${cpus()[0]?.model ?? "unknown CPU"}, ${cpus().length} cores`);
console.log("case                  parse ms   check ms   check / parse");
for (const [name, { parse: p, check: c }] of rows) {
  console.log(`${name.padEnd(20)} ${p.toFixed(2).padStart(9)} ${c.toFixed(2).padStart(10)} ${(c / p).toFixed(2).padStart(14)}`);
}
