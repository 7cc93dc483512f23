import "../../packages/runtime/src/gdk/strings.ts";
import "../../packages/runtime/src/gdk/strings-gdk.ts";
import "../../packages/runtime/src/gdk/strings-regex.ts";
import { runRule } from "../../packages/cli/src/run-rule.ts";
const probes = [
  `" a ".trim()`, `"A".toLowerCase()`, `"a b".replace(" ", "-")`, `"ab".startsWith("a")`, `"abc".size()`,
  `"abcdef".substring(0, 3)`, `"a*b*".replaceAll(/\\*(\\w)\\*/, '**$1**')`, `[1,2].collect { it * 2 }`, `[1,2].findAll { it > 1 }`,
  `[1,1].unique()`, `def l = [1]; l.addAll([2]); l`, `"\${1}".toString()`, `def m = [:]; m["a"] = 1; m`, `def x = 0; x++; x`,
  `"a b".split(" ")`, `["a","b"].join(",")`, `"abc".contains("b")`, `"abc".length()`, `"a".toUpperCase()`, `[1,2].size()`,
];
for (const p of probes) {
  const out = runRule({ source: `replica.r = (${p.includes(";") ? `{ -> ${p} }()` : p})`, fileName: "p.outgoing.groovy", direction: "outgoing", state: { issue: {} }, timeZone: "UTC" });
  console.log(out.exitCode === 0 ? "ok  " : "FAIL", p, out.exitCode === 0 ? JSON.stringify((out.output as any).replica.r) : out.error?.message);
}
