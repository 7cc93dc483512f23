import { describe, expect, it as test } from "vitest";
import { MapEntry } from "../../src/gdk/collections.ts";
import { setProperty } from "../../src/dispatch.ts";
import { mapEntries, mapGet, mapKeys, mapPut, mapPutString, mapRemove, newMap } from "../../src/map.ts";
import { GLong, GMap, type Value } from "../../src/values.ts";
import { call, ctx, get, it, long, map, show } from "./support.ts";

const value = (entry: Value) => get(entry, "value");

// Expected strings are what Groovy 2.4 printed for the same steps. Map.removeAll needs
// Groovy 2.5 or later, where removing through the iterator detaches the entry the same way.
describe("map keys", () => {
  test("a Long key keeps its key object", () => {
    const key = long(1);
    const m = newMap([[key, "x"]]);
    expect(mapKeys(m)[0]).toBe(key);
    expect([...mapEntries(m)][0]![0]).toBe(key);
    expect(call(call(m, "keySet"), "first")).toBeInstanceOf(GLong);
  });

  test("Integer, Long and String keys stay apart", () => {
    const m = newMap([[1, "int"], [long(1), "long"], ["1", "string"]]);
    expect(m.size).toBe(3);
    expect(mapGet(m, long(1))).toBe("long");
    expect(show(m)).toBe("[1:int, 1:long, 1:string]");
  });

  test("a put on an existing key keeps the first key object", () => {
    const first = long(5);
    const m = newMap([[first, "a"]]);
    mapPut(m, long(5), "b");
    expect(mapKeys(m)[0]).toBe(first);
    expect(mapGet(m, first)).toBe("b");
  });

  test("removing a key forgets its key object", () => {
    const m = newMap([[long(2), "a"]]);
    mapRemove(m, long(2));
    expect(m.originalKeys?.size ?? 0).toBe(0);
    mapPut(m, long(2), "b");
    expect(show(m)).toBe("[2:b]");
  });

  test("mapPutString keeps the position of an existing key", () => {
    const m = map({ a: 1, b: 2 });
    mapPutString(m, "a", 3);
    mapPutString(m, "c", 4);
    expect(show(m)).toBe("[a:3, b:2, c:4]");
  });

  test("mapEntries lists the keys as written", () => {
    const key = long(7);
    const m = newMap([["a", 1], [key, 2]]);
    expect([...mapEntries(m)]).toEqual([["a", 1], [key, 2]]);
    expect(m.get("a")).toBe(1);
    expect(m.size).toBe(2);
  });
});

describe("map entries", () => {
  test("the same key gives the same entry", () => {
    const m = map({ a: 1, b: 2 });
    const first = call(m, "find", it((e) => get(e, "key") === "b"));
    const second = call(m, "find", it((e) => get(e, "key") === "b"));
    expect(first).toBeInstanceOf(MapEntry);
    expect(first).toBe(second);
  });

  test("an entry reads a later put", () => {
    const m = map({ a: 1 });
    const entry = call(m, "find", it(() => true));
    call(m, "put", "a", 5);
    expect(value(entry)).toBe(5);
  });

  test("a removed entry no longer writes through", () => {
    const m = map({ a: 1, b: 2 });
    const entry = call(m, "find", it((e) => get(e, "key") === "a"));
    call(m, "remove", "a");
    setProperty(ctx, entry, "value", 5);
    expect(show(m)).toBe("[b:2]");
    expect(show(entry)).toBe("a=5");
  });

  test("a removed entry ignores a new entry of its key", () => {
    const m = map({ a: 1, b: 2 });
    const entry = call(m, "find", it((e) => get(e, "key") === "a"));
    call(m, "remove", "a");
    call(m, "put", "a", 7);
    setProperty(ctx, entry, "value", 9);
    expect(show(m)).toBe("[b:2, a:7]");
    expect(show(entry)).toBe("a=9");
  });

  test("clear detaches every entry", () => {
    const m = map({ a: 1, b: 2 });
    const entry = call(m, "find", it((e) => get(e, "key") === "b"));
    call(m, "clear");
    setProperty(ctx, entry, "value", 3);
    expect(show(m)).toBe("[:]");
    expect(show(entry)).toBe("b=3");
  });

  test("removeAll detaches the entries it removes", () => {
    const m = map({ a: 1, b: 2 });
    const entry = call(m, "find", it((e) => get(e, "key") === "a"));
    call(m, "removeAll", it((e) => get(e, "key") === "a"));
    setProperty(ctx, entry, "value", 4);
    expect(show(m)).toBe("[b:2]");
    expect(show(entry)).toBe("a=4");
  });

  test("a standalone entry keeps its own value", () => {
    const entry = new MapEntry("k", 1);
    expect(entry.setValue(2)).toBe(1);
    expect(entry.value).toBe(2);
    expect(entry).not.toBeInstanceOf(GMap);
  });
});
