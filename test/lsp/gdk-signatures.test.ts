import { describe, expect, it } from "vitest";
import * as R from "../../packages/runtime/src/index.ts";
import { FAMILY_TAGS, GDK_SIGNATURES, gdkSignatures } from "../../packages/lsp/src/gdk-signatures.ts";

describe("the GDK signature table", () => {
  it("names only methods the runtime implements", () => {
    const missing: string[] = [];
    for (const [family, methods] of Object.entries(GDK_SIGNATURES)) {
      const implemented = new Set(R.methodNames(FAMILY_TAGS[family as keyof typeof FAMILY_TAGS]));
      for (const name of Object.keys(methods)) if (!implemented.has(name)) missing.push(`${family}.${name}`);
    }
    expect(missing).toEqual([]);
  });

  it("lists overloads with fewer parameters first", () => {
    for (const methods of Object.values(GDK_SIGNATURES)) {
      for (const [name, overloads] of Object.entries(methods)) {
        const counts = overloads.map((o) => o.params.length);
        expect(counts, name).toEqual([...counts].sort((a, b) => a - b));
      }
    }
  });

  it("finds a family's method and falls back to Object's", () => {
    expect(gdkSignatures("Long", "intdiv")?.[0]?.params).toEqual(["Number divisor"]);
    expect(gdkSignatures("Range", "collect")?.[0]?.params).toEqual(["Closure transform"]);
    expect(gdkSignatures("Date", "tap")?.[0]?.params).toEqual(["Closure action"]);
    expect(gdkSignatures("String", "noSuchMethod")).toBeUndefined();
    expect(gdkSignatures("String", "toString")).toBeUndefined();
    expect(gdkSignatures("Map", "constructor")).toBeUndefined();
  });
});
