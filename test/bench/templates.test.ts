/**
 * The benchmark's Groovy blocks are the example rules with `_N` marking the
 * names the generator renames per copy, and without their imports, which the
 * generator writes once at the top. This test keeps the copies in step with
 * examples/, so a change to an example rule must be made in its block too.
 */

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..");
const templateDir = join(root, "bench", "template");

function exampleFor(block: string): string {
  const match = /^\d+-(jira-[a-z]+)-([a-z]+)-(incoming|outgoing)\.groovy$/.exec(block);
  if (match === null) throw new Error(`template block ${block} does not name its example as N-CONNECTION-SIDE-DIRECTION.groovy`);
  return join(root, "examples", match[1]!, `${match[2]}.${match[3]}.groovy`);
}

const blocks = readdirSync(templateDir).filter((f) => f.endsWith(".groovy")).sort();

describe("benchmark template blocks", () => {
  it("exist for every example rule", () => {
    expect(blocks.length).toBe(8);
  });

  it.each(blocks)("%s matches its example", (block) => {
    const template = readFileSync(join(templateDir, block), "utf8").replace(/(\w)_N\b/g, "$1");
    const example = readFileSync(exampleFor(block), "utf8")
      .split("\n")
      .filter((line) => !line.startsWith("import "))
      .join("\n");
    expect(template).toBe(example);
  });
});
