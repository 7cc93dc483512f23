/**
 * Builds the large rule for the parse-and-compile benchmark, in Groovy and in
 * equivalent JavaScript, from the block pairs in bench/template/. Each block
 * is one example rule body (N-name.groovy) with its hand translation
 * (N-name.js). Names ending in `_N` are renamed per copy (`_N` becomes `_1`,
 * `_2`, ...), so the copies can share one script scope.
 */

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export interface TemplateBlock {
  name: string;
  groovy: string;
  js: string;
}

export interface GeneratedRule {
  groovy: string;
  js: string;
  groovyLines: number;
  jsLines: number;
  /** Number of block copies in the rule. */
  copies: number;
}

const RENAMED = /\b\w+_N\b/g;

function lineCount(text: string): number {
  return text.split("\n").length - (text.endsWith("\n") ? 1 : 0);
}

function renamedNames(text: string): string[] {
  return [...new Set(text.match(RENAMED) ?? [])].sort();
}

/**
 * Reads the block pairs and checks that each pair has the same number of
 * lines and renames the same names, which keeps the two languages in step.
 */
export function readTemplate(dir: string): TemplateBlock[] {
  const groovyFiles = readdirSync(dir)
    .filter((f) => f.endsWith(".groovy"))
    .sort((a, b) => parseInt(a, 10) - parseInt(b, 10));
  if (groovyFiles.length === 0) throw new Error(`no .groovy template blocks found in ${dir}`);

  return groovyFiles.map((file) => {
    const name = file.slice(0, -".groovy".length);
    const groovy = readFileSync(join(dir, file), "utf8");
    const js = readFileSync(join(dir, `${name}.js`), "utf8");
    if (lineCount(groovy) !== lineCount(js)) {
      throw new Error(`template block ${name}: the Groovy file has ${lineCount(groovy)} lines but the JS file has ${lineCount(js)}; translate line for line`);
    }
    const groovyNames = renamedNames(groovy).join(", ");
    const jsNames = renamedNames(js).join(", ");
    if (groovyNames !== jsNames) {
      throw new Error(`template block ${name}: renamed names differ, Groovy has [${groovyNames}] and JS has [${jsNames}]`);
    }
    return { name, groovy, js };
  });
}

/** Concatenates renamed copies of the blocks, in order, until the Groovy rule has at least `targetLines` lines. */
export function generateRule(blocks: TemplateBlock[], targetLines: number): GeneratedRule {
  const groovyParts = ["import java.text.SimpleDateFormat\n"];
  const jsParts = ['import { SimpleDateFormat } from "java.text"\n'];
  let lines = 1;
  let copies = 0;
  while (lines < targetLines) {
    const block = blocks[copies % blocks.length]!;
    copies++;
    const suffix = `_${copies}`;
    const header = `\n// Copy ${copies}: ${block.name}\n`;
    groovyParts.push(header + block.groovy.replace(RENAMED, (name) => name.slice(0, -2) + suffix));
    jsParts.push(header + block.js.replace(RENAMED, (name) => name.slice(0, -2) + suffix));
    lines += 2 + lineCount(block.groovy);
  }
  const groovy = groovyParts.join("");
  const js = jsParts.join("");
  return { groovy, js, groovyLines: lineCount(groovy), jsLines: lineCount(js), copies };
}
