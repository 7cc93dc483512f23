import { describe, expect, it } from "vitest";
import "../../src/gdk/index.ts";
import { ExecutionContext } from "../../src/context.ts";
import { callMethod, callStatic, newInstance, resolveClass } from "../../src/dispatch.ts";
import { toGroovyString } from "../../src/ops.ts";
import { LimitError, RuleException } from "../../src/errors.ts";
import { newMap } from "../../src/map.ts";
import { parseJsonText, prettyPrintJson, toJsonText } from "../../src/json/index.ts";
import { mapEntryValues } from "../../src/gdk/collections.ts";
import { CalendarValue } from "../../src/dates/index.ts";
import { newLinkedSet } from "../../src/gdk/collections/sets.ts";
import { GBigDecimal, GBigInteger, GDate, GDouble, GFloat, GLong, GRange, type Value } from "../../src/values.ts";

const ctx = new ExecutionContext({ timeZone: "UTC" });
const decimal = (unscaled: bigint, scale: number) => new GBigDecimal(unscaled, scale);
const map = (entries: [Value, Value][]) => newMap(entries);

// Expected strings were printed by groovy.json.JsonOutput.toJson (Groovy 2.4).
describe("toJsonText", () => {
  const cases: [string, Value, string][] = [
    [
      "strings with escapes and non-ASCII",
      ["x\"y\\z\n\t\u0001é€😀</", "a\u007fb\u0080", "a\u2028b", ""],
      '["x\\"y\\\\z\\n\\t\\u0001\\u00e9\\u20ac\\ud83d\\ude00</","a\\u007fb\\u0080","a\\u2028b",""]',
    ],
    [
      "numbers of every kind",
      [1, new GLong(2n), decimal(350n, 2), new GDouble(1.0), new GDouble(1e10), new GFloat(1.5), new GBigInteger(100n), new GDouble(1e-5), new GDouble(12345678.9)],
      "[1,2,3.50,1.0,1.0E10,1.5,100,1.0E-5,1.23456789E7]",
    ],
    ["more doubles and floats", [new GFloat(Math.fround(3.4028235e38)), new GDouble(100), new GDouble(1e7), new GDouble(0.001), new GDouble(1e6)], "[3.4028235E38,100.0,1.0E7,0.001,1000000.0]"],
    ["BigDecimal in Java notation", [decimal(1n, -3), decimal(1n, 8), decimal(10n, -9)], "[1E+3,1E-8,1.0E+10]"],
    ["negative zero", new GDouble(-0), "0.0"],
    ["Long.MAX_VALUE", new GLong(9223372036854775807n), "9223372036854775807"],
    ["null, booleans, empty containers", map([["c", null], ["e", true], ["f", newMap()], ["g", []]]), '{"c":null,"e":true,"f":{},"g":[]}'],
    ["nested maps and lists", map([["k", [map([["x", 1]])]]]), '{"k":[{"x":1}]}'],
    ["non-string keys use their string form", map([[1, "a"], [new GLong(3n), 4], [true, 1], [[1], 2]]), '{"1":"a","3":4,"true":1,"[1]":2}'],
    ["a range", new GRange(1, 3, false), "[1,2,3]"],
    ["a character range", new GRange("a", "c", false), '["a","b","c"]'],
    ["a set", newLinkedSet(ctx, [1, 2]), "[1,2]"],
    ["a date", new GDate(0), '"1970-01-01T00:00:00+0000"'],
    ["a date in a map", map([["d", new GDate(86400000)]]), '{"d":"1970-01-02T00:00:00+0000"}'],
    ["a timestamp", new GDate(0, true), '"1970-01-01T00:00:00+0000"'],
    ["a calendar", new CalendarValue(86_400_000, { id: "UTC", fixed: 0 }), '"1970-01-02T00:00:00+0000"'],
    ["a map entry", mapEntryValues(map([["a", 1]]))[0]!, '{"value":1,"key":"a"}'],
    ["JSON text as a string", '{"a":1}', '"{\\"a\\":1}"'],
    ["prototype-like keys", map([["__proto__", 1], ["constructor", 2]]), '{"__proto__":1,"constructor":2}'],
  ];
  for (const [name, value, expected] of cases) {
    it(name, () => {
      expect(toJsonText(value)).toBe(expected);
    });
  }

  it("writes dates as epoch milliseconds when asked", () => {
    expect(toJsonText(map([["d", new GDate(86400000)]]), { datesAsEpochMillis: true })).toBe('{"d":86400000}');
  });

  it("rejects null keys, NaN and infinity like Groovy", () => {
    expect(() => toJsonText(map([[null, 2]]))).toThrow("Maps with null keys can't be converted to JSON");
    expect(() => toJsonText(new GDouble(NaN))).toThrow("Number NaN can't be serialized as JSON: NaN are not allowed in JSON.");
    expect(() => toJsonText([new GDouble(Infinity)])).toThrow("Number Infinity can't be serialized as JSON: infinite are not allowed in JSON.");
  });

  it("stops output that shared sublists make huge", () => {
    const row = Array.from({ length: 1000 }, () => 1);
    const table = Array.from({ length: 1000 }, () => row);
    const cube = Array.from({ length: 1000 }, () => table);
    expect(() => toJsonText(cube, { maxLength: 1_000_000 })).toThrow(LimitError);
    const jsonOutput = resolveClass("groovy.json.JsonOutput")!;
    expect(() => callStatic(new ExecutionContext({ limits: { maxStringLength: 1000 } }), jsonOutput, "toJson", [table])).toThrow(LimitError);
  });

  it("rejects cycles and deep nesting", () => {
    const loop: Value[] = [];
    loop.push(loop);
    expect(() => toJsonText(loop)).toThrow(RuleException);
    let deep: Value = [];
    for (let i = 0; i < 5000; i++) deep = [deep];
    expect(() => toJsonText(deep)).toThrow(/nested more than 1000 levels/);
  });
});

describe("JSON round trips", () => {
  const texts = [
    '{"a":1,"b":2147483648,"c":99999999999999999999,"d":1.50,"e":1E+3,"f":[true,false,null],"g":{}}',
    '{"__proto__":{"x":1},"constructor":{"prototype":[1,2]},"hasOwnProperty":"no"}',
    '["\\u00e9\\n",-5,0.001,[[[]]]]',
  ];
  for (const text of texts) {
    it(text, () => {
      expect(toJsonText(parseJsonText(text))).toBe(text);
    });
  }

  it("a deeply nested document round-trips up to the bound", () => {
    const text = '{"a":'.repeat(999) + "[]" + "}".repeat(999);
    expect(toJsonText(parseJsonText(text))).toBe(text);
  });
});

describe("prettyPrintJson", () => {
  it("indents by four spaces and spreads empty containers like Groovy", () => {
    const text = toJsonText(map([["a", 1], ["b", [1, 2, map([["c", []]])]], ["d", newMap()], ["e", "x y"], ["f", null]]));
    expect(prettyPrintJson(text)).toBe(
      [
        "{",
        '    "a": 1,',
        '    "b": [',
        "        1,",
        "        2,",
        "        {",
        '            "c": [',
        "                ",
        "            ]",
        "        }",
        "    ],",
        '    "d": {',
        "        ",
        "    },",
        '    "e": "x y",',
        '    "f": null',
        "}",
      ].join("\n"),
    );
  });

  it("keeps number text and re-escapes strings", () => {
    const text = '{"a":"with \\"quote\\" and , : { [","b":[ ],"c":-1.5e3, "u":"\\u00e9é"}';
    expect(prettyPrintJson(text)).toBe(
      ["{", '    "a": "with \\"quote\\" and , : { [",', '    "b": [', "        ", "    ],", '    "c": -1.5e3,', '    "u": "\\u00e9\\u00e9"', "}"].join("\n"),
    );
  });

  it("prints a bare string and empty text", () => {
    expect(prettyPrintJson('  "x"  ')).toBe('"x"');
    expect(prettyPrintJson("")).toBe("");
  });

  it("names the position of a bad token", () => {
    expect(() => prettyPrintJson('{"a":tru}')).toThrow(/line 1, column 6/);
  });
});

describe("JsonOutput and JsonSlurper classes", () => {
  it("are reachable as static calls and constructors", () => {
    const jsonOutput = resolveClass("groovy.json.JsonOutput")!;
    expect(callStatic(ctx, jsonOutput, "toJson", [[1, "a"]])).toBe('[1,"a"]');
    expect(callStatic(ctx, jsonOutput, "prettyPrint", ["[1]"])).toBe("[\n    1\n]");
  });

  it("register JsonException for catch clauses", () => {
    expect(resolveClass("JsonException")?.qualifiedName).toBe("groovy.json.JsonException");
  });

  it("parse through new JsonSlurper().parseText(text)", () => {
    const slurper = newInstance(ctx, resolveClass("JsonSlurper")!, []);
    const parsed = callMethod(ctx, slurper, "parseText", ['{"a":[1,2.50]}']);
    expect(toGroovyString(parsed)).toBe("[a:[1, 2.50]]");
    expect(() => callMethod(ctx, slurper, "parseText", ["{"])).toThrow(RuleException);
  });
});
