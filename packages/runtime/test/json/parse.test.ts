import { describe, expect, it } from "vitest";
import { ExecutionContext } from "../../src/context.ts";
import { LimitError, RuleException } from "../../src/errors.ts";
import { mapEntries, mapGet } from "../../src/map.ts";
import { parseJsonText } from "../../src/json/index.ts";
import { GBigDecimal, GBigInteger, GLong, GMap, type Value } from "../../src/values.ts";

/** A typed, printable description of a parsed value: maps as [key, value] pairs, numbers with their Java class. */
function shape(value: Value): unknown {
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return `Integer ${value}`;
  if (value instanceof GLong) return `Long ${value.value}`;
  if (value instanceof GBigInteger) return `BigInteger ${value.value}`;
  if (value instanceof GBigDecimal) return `BigDecimal ${value.unscaled} scale ${value.scale}`;
  if (Array.isArray(value)) return value.map(shape);
  if (value instanceof GMap) return [...mapEntries(value)].map(([k, v]) => [k, shape(v)]);
  return `unexpected ${String(value)}`;
}

describe("parseJsonText numbers", () => {
  // Types confirmed with Groovy's JsonSlurper (2.4 overflows past Long; Groovy 4 gives BigInteger).
  const cases: [string, unknown][] = [
    ["12", "Integer 12"],
    ["-5", "Integer -5"],
    ["2147483647", "Integer 2147483647"],
    ["2147483648", "Long 2147483648"],
    ["10000000000", "Long 10000000000"],
    ["-9223372036854775808", "Long -9223372036854775808"],
    ["99999999999999999999", "BigInteger 99999999999999999999"],
    ["1.50", "BigDecimal 150 scale 2"],
    ["1.0", "BigDecimal 10 scale 1"],
    ["1e3", "BigDecimal 1 scale -3"],
    ["2.5E-3", "BigDecimal 25 scale 4"],
    ["-0.0", "BigDecimal 0 scale 1"],
    ["0", "Integer 0"],
  ];
  for (const [text, expected] of cases) {
    it(`reads ${text}`, () => {
      expect(shape(parseJsonText(text))).toEqual(expected);
    });
  }
});

describe("parseJsonText structure", () => {
  it("keeps insertion order and repeated keys in first position", () => {
    const parsed = parseJsonText('{"z":1,"a":2,"m":3,"a":4}');
    expect(shape(parsed)).toEqual([["z", "Integer 1"], ["a", "Integer 4"], ["m", "Integer 3"]]);
  });

  it("reads nested values and literals", () => {
    const parsed = parseJsonText(' {"a" : [ 1 , {"b":null}, true, false, "x" ], "c": {} } ');
    expect(shape(parsed)).toEqual([["a", ["Integer 1", [["b", null]], true, false, "x"]], ["c", []]]);
  });

  it("treats __proto__ and constructor as plain keys", () => {
    const parsed = parseJsonText('{"__proto__":{"polluted":1},"constructor":{"prototype":2},"toString":3}') as GMap;
    expect(shape(parsed)).toEqual([
      ["__proto__", [["polluted", "Integer 1"]]],
      ["constructor", [["prototype", "Integer 2"]]],
      ["toString", "Integer 3"],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(mapGet(parsed, "toString")).toBe(3);
  });

  it("decodes escapes", () => {
    expect(parseJsonText('"\\/\\b\\f\\r\\"\\\\\\u00e9\\n\\t"')).toBe('/\b\f\r"\\é\n\t');
  });

  it("keeps raw non-ASCII and surrogate pairs", () => {
    expect(parseJsonText('"é€😀"')).toBe("é€😀");
    expect(parseJsonText('"\\ud83d\\ude00"')).toBe("😀");
  });
});

describe("parseJsonText errors", () => {
  const cases: [string, RegExp][] = [
    ["{", /expected a quoted key .* line 1, column 2/],
    ["[1,]", /expected a string, number.* line 1, column 4/],
    ['{"a" 1}', /expected ':' .* line 1, column 6/],
    ["[1 2]", /expected ',' or ']' .* line 1, column 4/],
    ["nul", /line 1, column 1/],
    ['"abc', /unterminated string/],
    ['{"a":1}}', /unexpected text after the JSON value at line 1, column 8/],
    ["01", /invalid number/],
    ["-", /invalid number/],
    [".5", /expected a string, number/],
    ['["a\\x"]', /invalid escape .* line 1, column 4/],
    ["{'a':1}", /expected a quoted key/],
    ["[1e]", /invalid number/],
    ['{\n  "a": tru\n}', /line 2, column 8/],
  ];
  for (const [text, message] of cases) {
    it(`rejects ${JSON.stringify(text)}`, () => {
      let error: unknown;
      try {
        parseJsonText(text);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(RuleException);
      expect((error as RuleException).javaClass).toBe("JsonException");
      expect((error as RuleException).message).toMatch(message);
    });
  }

  it("rejects empty text like Groovy", () => {
    expect(() => parseJsonText("")).toThrow("Text must not be null or empty");
  });

  it("bounds nesting depth without overflowing the stack", () => {
    const deep = "[".repeat(100_000) + "]".repeat(100_000);
    expect(() => parseJsonText(deep)).toThrow(/nested more than 1000 levels/);
    const objects = '{"a":'.repeat(5000) + "1" + "}".repeat(5000);
    expect(() => parseJsonText(objects)).toThrow(RuleException);
  });

  it("accepts nesting up to the bound", () => {
    const ok = "[".repeat(1000) + "]".repeat(1000);
    expect(Array.isArray(parseJsonText(ok))).toBe(true);
  });

  it("counts elements against the collection limit", () => {
    const ctx = new ExecutionContext({ limits: { maxCollectionSize: 10 } });
    expect(() => parseJsonText(`[${Array.from({ length: 20 }, (_, i) => i).join(",")}]`, ctx)).toThrow(LimitError);
  });
});
