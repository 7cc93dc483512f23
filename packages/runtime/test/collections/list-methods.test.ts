import { describe, expect, it as test } from "vitest";
import { GMap, type Value } from "../../src/values.ts";
import { call, decimal, failure, fn, get, isTrue, it, long, map, plus, show, times } from "./support.ts";

// Each expected string is what Groovy printed for the same expression.
type Case = [string, () => Value, string];

function table(name: string, cases: Case[]): void {
  describe(name, () => {
    for (const [groovy, run, expected] of cases) {
      test(groovy, () => {
        expect(show(run())).toBe(expected);
      });
    }
  });
}

const n = (v: Value) => v as number;

table("iteration", [
  ["[1,2,3].collect()", () => call([1, 2, 3], "collect"), "[1, 2, 3]"],
  ["[1,2,3].collect{it*2}", () => call([1, 2, 3], "collect", it((x) => n(x) * 2)), "[2, 4, 6]"],
  ["[[1,2],[3,4]].collect{a, b -> a+b}", () => call([[1, 2], [3, 4]], "collect", fn(2, (a, b) => n(a) + n(b))), "[3, 7]"],
  ["[1,2,3].collectEntries{[it, it*2]}", () => call([1, 2, 3], "collectEntries", it((x) => [x, n(x) * 2])), "[1:2, 2:4, 3:6]"],
  ["[1,2,3].collectEntries{[(it):it*2]}", () => call([1, 2, 3], "collectEntries", it((x) => mapOf(x, n(x) * 2))), "[1:2, 2:4, 3:6]"],
  ["[[1,2],[3,4]].collectEntries()", () => call([[1, 2], [3, 4]], "collectEntries"), "[1:2, 3:4]"],
  ["[1,2].collectEntries{[it]}", () => call([1, 2], "collectEntries", it((x) => [x])), "[1:null, 2:null]"],
  ["[1,2].collectEntries{[it, 2, 3]}", () => call([1, 2], "collectEntries", it((x) => [x, 2, 3])), "[1:2, 2:2]"],
  ["[1,2].collectEntries([x:0]){[it, 2]}", () => call([1, 2], "collectEntries", map({ x: 0 }), it((x) => [x, 2])), "[x:0, 1:2, 2:2]"],
  ["[[1,2],[3]].collectMany{it}", () => call([[1, 2], [3]], "collectMany", it((x) => x)), "[1, 2, 3]"],
  ["[1,2].collectMany{[it,it]}", () => call([1, 2], "collectMany", it((x) => [x, x])), "[1, 1, 2, 2]"],
  ["[1,2,3].find{it>1}", () => call([1, 2, 3], "find", it((x) => n(x) > 1)), "2"],
  ["[1,2,3].find{it>5}", () => call([1, 2, 3], "find", it((x) => n(x) > 5)), "null"],
  ["[0,null,3].find()", () => call([0, null, 3], "find"), "3"],
  ["[0,1,null,'',2,[],false].findAll()", () => call([0, 1, null, "", 2, [], false], "findAll"), "[1, 2]"],
  ["[1,2,3].findAll{it>1}", () => call([1, 2, 3], "findAll", it((x) => n(x) > 1)), "[2, 3]"],
  ["[[1,2],[3,4]].findAll{a, b -> b > 2}", () => call([[1, 2], [3, 4]], "findAll", fn(2, (_a, b) => n(b) > 2)), "[[3, 4]]"],
  ["[[a:1,b:2],[a:2]].findAll{it.a==2}", () => call([map({ a: 1, b: 2 }), map({ a: 2 })], "findAll", it((x) => get(x, "a") === 2)), "[[a:2]]"],
  ["[1,2,3].findResult{it>1?it*10:null}", () => call([1, 2, 3], "findResult", it((x) => (n(x) > 1 ? n(x) * 10 : null))), "20"],
  ["[1,2,3].findResult(0){it>5?it:null}", () => call([1, 2, 3], "findResult", 0, it((x) => (n(x) > 5 ? x : null))), "0"],
  ["[1,2,3].findResults{it>1?it:null}", () => call([1, 2, 3], "findResults", it((x) => (n(x) > 1 ? x : null))), "[2, 3]"],
  ["[1,2,3].findIndexOf{it>1}", () => call([1, 2, 3], "findIndexOf", it((x) => n(x) > 1)), "1"],
  ["[1,2,3,2].findLastIndexOf{it==2}", () => call([1, 2, 3, 2], "findLastIndexOf", it((x) => x === 2)), "3"],
  ["[1,2,3].findIndexValues{it>1}", () => call([1, 2, 3], "findIndexValues", it((x) => n(x) > 1)), "[1, 2]"],
  ["[1,2,3].any{it>2}", () => call([1, 2, 3], "any", it((x) => n(x) > 2)), "true"],
  ["[0].any()", () => call([0], "any"), "false"],
  ["[1,2,3].every{it>0}", () => call([1, 2, 3], "every", it((x) => n(x) > 0)), "true"],
  ["[].every{it>0}", () => call([], "every", it((x) => n(x) > 0)), "true"],
  ["[1,0].every()", () => call([1, 0], "every"), "false"],
  ["[1,2,3].grep{it>1}", () => call([1, 2, 3], "grep", it((x) => n(x) > 1)), "[2, 3]"],
  ["[0,1,null].grep()", () => call([0, 1, null], "grep"), "[1]"],
  ["[1,2,3].split{it>1}", () => call([1, 2, 3], "split", it((x) => n(x) > 1)), "[[2, 3], [1]]"],
  ["[1,2,3,4].withIndex()", () => call([1, 2, 3, 4], "withIndex"), "[[1, 0], [2, 1], [3, 2], [4, 3]]"],
  ["[1,2,3,4].withIndex(1)", () => call([1, 2, 3, 4], "withIndex", 1), "[[1, 1], [2, 2], [3, 3], [4, 4]]"],
  ["[1,2,3,4].indexed()", () => call([1, 2, 3, 4], "indexed"), "[0:1, 1:2, 2:3, 3:4]"],
  ["[1,2,3].withIndex().collect{v,i->v*i}", () => call(call([1, 2, 3], "withIndex"), "collect", fn(2, (v, i) => n(v) * n(i))), "[0, 2, 6]"],
]);

function mapOf(key: Value, value: Value): GMap {
  const result = new GMap();
  call(result, "put", key, value);
  return result;
}

table("each", [
  [
    "[1,2,3].each{...} returns the list and visits in order",
    () => {
      const seen: Value[] = [];
      const result = call([1, 2, 3], "each", it((x) => seen.push(x)));
      return [result, seen];
    },
    "[[1, 2, 3], [1, 2, 3]]",
  ],
  [
    "reverseEach and forEach visit in order",
    () => {
      const seen: Value[] = [];
      call([1, 2, 3], "reverseEach", it((x) => seen.push(x)));
      call([1, 2], "forEach", it((x) => seen.push(x)));
      return seen;
    },
    "[3, 2, 1, 1, 2]",
  ],
  [
    "eachWithIndex passes (item, index)",
    () => {
      const seen: Value[] = [];
      call(["a", "b"], "eachWithIndex", fn(2, (v, i) => seen.push(`${v}${i}`)));
      return seen;
    },
    "[a0, b1]",
  ],
]);

table("aggregation", [
  ["[].sum()", () => call([], "sum"), "null"],
  ["[1,2.5,3L].sum()", () => call([1, decimal("2.5"), long(3)], "sum"), "6.5"],
  ["['a','b'].sum()", () => call(["a", "b"], "sum"), "ab"],
  ["[[1],[2,3]].sum()", () => call([[1], [2, 3]], "sum"), "[1, 2, 3]"],
  ["[1,2,3].sum(10)", () => call([1, 2, 3], "sum", 10), "16"],
  ["[1,2,3].sum{it*2}", () => call([1, 2, 3], "sum", it((x) => n(x) * 2)), "12"],
  ["[1,2,3].sum(100){it*2}", () => call([1, 2, 3], "sum", 100, it((x) => n(x) * 2)), "112"],
  ["['a',1].sum()", () => call(["a", 1], "sum"), "a1"],
  ["[1,2,3].inject{a,b->a+b}", () => call([1, 2, 3], "inject", fn(2, plus)), "6"],
  ["[1,2,3].inject(10){a,b->a+b}", () => call([1, 2, 3], "inject", 10, fn(2, plus)), "16"],
  ["[5].inject{a,b->a+b}", () => call([5], "inject", fn(2, plus)), "5"],
  ["[1,2,3].inject([]){acc, v -> acc << v}", () => call([1, 2, 3], "inject", [], fn(2, (acc, v) => call(acc, "leftShift", v))), "[1, 2, 3]"],
  ["[1,2,3,4].count{it%2==0}", () => call([1, 2, 3, 4], "count", it((x) => n(x) % 2 === 0)), "2"],
  ["[1,2,1].count(1)", () => call([1, 2, 1], "count", 1), "2"],
  ["[1L].count(1)", () => call([long(1)], "count", 1), "1"],
  ["[1,2,3].count{it}", () => call([1, 2, 3], "count", it((x) => x)), "3"],
  ["[1,2,3,4].countBy{it%2==0}", () => call([1, 2, 3, 4], "countBy", it((x) => n(x) % 2 === 0)), "[false:2, true:2]"],
  ["[1,2,3,4].groupBy{it%2}", () => call([1, 2, 3, 4], "groupBy", it((x) => n(x) % 2)), "[1:[1, 3], 0:[2, 4]]"],
  ["[1,2,3].groupBy({it%2}, {it>1})", () => call([1, 2, 3], "groupBy", it((x) => n(x) % 2), it((x) => n(x) > 1)), "[1:[false:[1], true:[3]], 0:[true:[2]]]"],
  ["[1,2,3].average()", () => call([1, 2, 3], "average"), "2"],
  ["[1,2].average()", () => call([1, 2], "average"), "1.5"],
]);

table("slicing", [
  ["[1,2,3,4].first()", () => call([1, 2, 3, 4], "first"), "1"],
  ["[1,2,3,4].last()", () => call([1, 2, 3, 4], "last"), "4"],
  ["[1,2,3,4].head()", () => call([1, 2, 3, 4], "head"), "1"],
  ["[1,2,3,4].tail()", () => call([1, 2, 3, 4], "tail"), "[2, 3, 4]"],
  ["[1,2,3,4].init()", () => call([1, 2, 3, 4], "init"), "[1, 2, 3]"],
  ["[1,2,3,4].take(2)", () => call([1, 2, 3, 4], "take", 2), "[1, 2]"],
  ["[1,2,3,4].drop(2)", () => call([1, 2, 3, 4], "drop", 2), "[3, 4]"],
  ["[1,2,3,4].take(10)", () => call([1, 2, 3, 4], "take", 10), "[1, 2, 3, 4]"],
  ["[1,2,3,4].drop(10)", () => call([1, 2, 3, 4], "drop", 10), "[]"],
  ["[1,2,3].take(-1)", () => call([1, 2, 3], "take", -1), "[]"],
  ["[1,2,3].drop(-1)", () => call([1, 2, 3], "drop", -1), "[1, 2, 3]"],
  ["[1,2,3,4].takeWhile{it<3}", () => call([1, 2, 3, 4], "takeWhile", it((x) => n(x) < 3)), "[1, 2]"],
  ["[1,2,3,4].dropWhile{it<3}", () => call([1, 2, 3, 4], "dropWhile", it((x) => n(x) < 3)), "[3, 4]"],
  ["[1,2,3,4].subList(1,3)", () => call([1, 2, 3, 4], "subList", 1, 3), "[2, 3]"],
  ["[1,2,3,4,5].collate(2)", () => call([1, 2, 3, 4, 5], "collate", 2), "[[1, 2], [3, 4], [5]]"],
  ["[1,2,3,4,5].collate(2, 1)", () => call([1, 2, 3, 4, 5], "collate", 2, 1), "[[1, 2], [2, 3], [3, 4], [4, 5], [5]]"],
  ["[1,2,3,4,5].collate(2, false)", () => call([1, 2, 3, 4, 5], "collate", 2, false), "[[1, 2], [3, 4]]"],
  ["[1,2,3,4,5].collate(3, 1, false)", () => call([1, 2, 3, 4, 5], "collate", 3, 1, false), "[[1, 2, 3], [2, 3, 4], [3, 4, 5]]"],
  ["[1,[2,[3,[4]]],5].flatten()", () => call([1, [2, [3, [4]]], 5], "flatten"), "[1, 2, 3, 4, 5]"],
  ["[1,2,[3]].flatten{it*10}", () => call([1, 2, [3]], "flatten", it((x) => times(x, 10))), "[10, 20, 30]"],
  ["[1,2,3].join()", () => call([1, 2, 3], "join"), "123"],
  ["[1,null,'a'].join(', ')", () => call([1, null, "a"], "join", ", "), "1, null, a"],
  ["[1,2,3].join('-')", () => call([1, 2, 3], "join", "-"), "1-2-3"],
  ["[1,2,3][-1]", () => call([1, 2, 3], "getAt", -1), "3"],
  ["[1].getAt(3)", () => call([1], "getAt", 3), "null"],
  ["[1,2,3][[0,2]]", () => call([1, 2, 3], "getAt", [0, 2]), "[1, 3]"],
]);

table("queries and operators", [
  ["[1,2,3].intersect([3,2,4]) (Groovy 4 keeps the receiver's order)", () => call([1, 2, 3], "intersect", [3, 2, 4]), "[2, 3]"],
  ["[1L,2].intersect([1])", () => call([long(1), 2], "intersect", [1]), "[1]"],
  ["[1,2].disjoint([3])", () => call([1, 2], "disjoint", [3]), "true"],
  ["[1L].disjoint([1])", () => call([long(1)], "disjoint", [1]), "false"],
  ["[1L].contains(1)", () => call([long(1)], "contains", 1), "false"],
  ["[1L].indexOf(1)", () => call([long(1)], "indexOf", 1), "-1"],
  ["[[1L]].contains([1])", () => call([[long(1)]], "contains", [1]), "false"],
  ["[1,2].containsAll([1L])", () => call([1, 2], "containsAll", [long(1)]), "false"],
  ["[1,2,3].lastIndexOf(2)", () => call([1, 2, 3, 2], "lastIndexOf", 2), "3"],
  ["[1L] - [1]", () => call([long(1)], "minus", [1]), "[]"],
  ["[1,2]+[3]", () => call([1, 2], "plus", [3]), "[1, 2, 3]"],
  ["[1,2]+3", () => call([1, 2], "plus", 3), "[1, 2, 3]"],
  ["[1,2,3].plus(1, [9,9])", () => call([1, 2, 3], "plus", 1, [9, 9]), "[1, 9, 9, 2, 3]"],
  ["[1,2,2,3]-[2]", () => call([1, 2, 2, 3], "minus", [2]), "[1, 3]"],
  ["[1,2,2,3]-2", () => call([1, 2, 2, 3], "minus", 2), "[1, 3]"],
  ["[1,[1]] - [[1]]", () => call([1, [1]], "minus", [[1]]), "[1]"],
  ["[1,2]*2", () => call([1, 2], "multiply", 2), "[1, 2, 1, 2]"],
  ["[1,2,3].multiply(0)", () => call([1, 2, 3], "multiply", 0), "[]"],
  ["[1,2,3].size()", () => call([1, 2, 3], "size"), "3"],
  ["[].isEmpty()", () => call([], "isEmpty"), "true"],
  ["[1,2,3].get(1)", () => call([1, 2, 3], "get", 1), "2"],
  ["[1,2,3].toList()", () => call([1, 2, 3], "toList"), "[1, 2, 3]"],
]);

describe("errors", () => {
  const cases: [string, () => unknown, string][] = [
    ["[].first()", () => call([], "first"), "NoSuchElementException: Cannot access first() element from an empty List"],
    ["[].last()", () => call([], "last"), "NoSuchElementException: Cannot access last() element from an empty List"],
    ["[].head()", () => call([], "head"), "NoSuchElementException: Cannot access first() element from an empty List"],
    ["[].tail()", () => call([], "tail"), "NoSuchElementException: Cannot access tail() for an empty iterable"],
    ["[].init()", () => call([], "init"), "NoSuchElementException: Cannot access init() for an empty Iterable"],
    ["[].inject{a,b->a+b}", () => call([], "inject", fn(2, plus)), "NoSuchElementException: Cannot call inject() on an empty collection without passing an initial value."],
    ["[1].subList(1,3)", () => call([1], "subList", 1, 3), "IndexOutOfBoundsException: toIndex = 3"],
    ["[1,2,3].subList(2,1)", () => call([1, 2, 3], "subList", 2, 1), "IllegalArgumentException: fromIndex(2) > toIndex(1)"],
    ["[1,2,3].subList(-1,1)", () => call([1, 2, 3], "subList", -1, 1), "IndexOutOfBoundsException: fromIndex = -1"],
    ["[1].get(3)", () => call([1], "get", 3), "IndexOutOfBoundsException: Index 3 out of bounds for length 1"],
    ["[1,2,3][-4]", () => call([1, 2, 3], "getAt", -4), "ArrayIndexOutOfBoundsException: Negative array index [-4] too large for array size 3"],
    ["[3,1,2].sort{a,b -> a > b}", () => call([3, 1, 2], "sort", fn(2, (a, b) => n(a) > n(b))), "GroovyCastException: Cannot cast object 'false' with class 'java.lang.Boolean' to class 'int': a comparator closure must return a number"],
    ["[1,2].collectEntries{it}", () => call([1, 2], "collectEntries", it((x) => x)), "GroovyCastException: Cannot cast object '1' with class 'java.lang.Integer' to class 'java.util.Map$Entry': a collectEntries closure must return a [key, value] list or a map"],
  ];
  for (const [groovy, action, expected] of cases) {
    test(groovy, () => {
      expect(failure(action)).toBe(expected);
    });
  }

  test("closures see elements, not JS internals", () => {
    expect(isTrue(call([1, 2, 3], "any", it((x) => x === 2)))).toBe(true);
  });
});
