/**
 * Parameter lists of the GDK and JDK methods that rules call most, for
 * signature help and completion details. The runtime's method tables name
 * the methods but declare no parameters, so this table adds them. A test
 * checks that every entry names a method the runtime implements.
 */

import type { TypeTag } from "@twinsync/runtime";

/** One overload: its parameters as Groovy code writes them, and what it does. */
export interface GdkSignature {
  params: readonly string[];
  doc: string;
}

type Family = "String" | "Collection" | "Map" | "Number" | "Object";

const FAMILY: Partial<Record<TypeTag, Family>> = {
  String: "String",
  List: "Collection",
  Range: "Collection",
  Collection: "Collection",
  Map: "Map",
  Integer: "Number",
  Long: "Number",
  BigInteger: "Number",
  BigDecimal: "Number",
  Double: "Number",
  Float: "Number",
  Number: "Number",
};

const sig = (params: string[], doc: string): GdkSignature => ({ params, doc });

/** Overloads per family and method name, fewest parameters first. */
export const GDK_SIGNATURES: Readonly<Record<Family, Readonly<Record<string, readonly GdkSignature[]>>>> = {
  String: {
    contains: [sig(["CharSequence text"], "Tells whether the string contains `text`.")],
    startsWith: [sig(["String prefix"], "Tells whether the string starts with `prefix`.")],
    endsWith: [sig(["String suffix"], "Tells whether the string ends with `suffix`.")],
    indexOf: [sig(["String text"], "Returns the index of the first `text`, or -1."), sig(["String text", "int fromIndex"], "Returns the index of the first `text` at or after `fromIndex`, or -1.")],
    substring: [sig(["int beginIndex"], "Returns the text from `beginIndex` to the end."), sig(["int beginIndex", "int endIndex"], "Returns the text from `beginIndex` up to, not including, `endIndex`.")],
    replace: [sig(["CharSequence target", "CharSequence replacement"], "Replaces every literal `target` with `replacement`.")],
    replaceAll: [sig(["String regex", "String replacement"], "Replaces every match of the Java regular expression; `$1` in `replacement` inserts a group.")],
    replaceFirst: [sig(["String regex", "String replacement"], "Replaces the first match of the Java regular expression.")],
    split: [sig(["String regex"], "Splits around matches of the regular expression; trailing empty strings are dropped."), sig(["String regex", "int limit"], "Splits into at most `limit` parts.")],
    tokenize: [sig([], "Splits at whitespace, dropping empty tokens."), sig(["String delimiters"], "Splits at any of the `delimiters` characters, dropping empty tokens.")],
    padLeft: [sig(["int width"], "Pads with spaces on the left to `width`."), sig(["int width", "String padding"], "Pads with `padding` on the left to `width`.")],
    padRight: [sig(["int width"], "Pads with spaces on the right to `width`."), sig(["int width", "String padding"], "Pads with `padding` on the right to `width`.")],
    take: [sig(["int count"], "Returns the first `count` characters.")],
    drop: [sig(["int count"], "Returns the string without its first `count` characters.")],
    equalsIgnoreCase: [sig(["String other"], "Compares with `other`, ignoring case.")],
    matches: [sig(["String regex"], "Tells whether the whole string matches the regular expression.")],
    find: [sig(["String regex"], "Returns the first match of the regular expression, or null."), sig(["String regex", "Closure action"], "Calls `action` with the first match and its groups.")],
    findAll: [sig(["String regex"], "Returns every match of the regular expression."), sig(["String regex", "Closure transform"], "Returns `transform` of every match.")],
    format: [sig(["String format", "Object... args"], "Formats `args` with a Java format string, as `String.format`.")],
  },
  Collection: {
    each: [sig(["Closure action"], "Calls `action` with each element.")],
    eachWithIndex: [sig(["Closure action"], "Calls `action` with each element and its index.")],
    collect: [sig(["Closure transform"], "Returns a list of `transform` applied to each element.")],
    collectEntries: [sig(["Closure transform"], "Builds a map from the `[key, value]` pairs or one-entry maps that `transform` returns.")],
    collectMany: [sig(["Closure transform"], "Concatenates the collections that `transform` returns.")],
    find: [sig(["Closure condition"], "Returns the first element for which `condition` is true, or null.")],
    findAll: [sig(["Closure condition"], "Returns the elements for which `condition` is true.")],
    findResult: [sig(["Closure transform"], "Returns the first non-null result of `transform`, or null."), sig(["Object defaultValue", "Closure transform"], "Returns the first non-null result of `transform`, or `defaultValue`.")],
    findIndexOf: [sig(["Closure condition"], "Returns the index of the first element for which `condition` is true, or -1.")],
    any: [sig(["Closure condition"], "Tells whether `condition` is true for some element.")],
    every: [sig(["Closure condition"], "Tells whether `condition` is true for every element.")],
    count: [sig(["Closure condition"], "Counts the elements for which `condition` is true.")],
    countBy: [sig(["Closure key"], "Counts the elements per value of `key`, as a map.")],
    groupBy: [sig(["Closure key"], "Groups the elements per value of `key`, as a map of lists.")],
    inject: [sig(["Object initial", "Closure combine"], "Folds the elements into one value, starting from `initial`.")],
    join: [sig(["String separator"], "Joins the elements' text with `separator`.")],
    sort: [sig([], "Sorts the collection in place and returns it."), sig(["Closure comparator"], "Sorts in place by a one-parameter key or a two-parameter comparison."), sig(["boolean mutate", "Closure comparator"], "Sorts; with `false`, returns a sorted copy and leaves the collection alone.")],
    unique: [sig([], "Removes duplicates in place."), sig(["Closure key"], "Removes elements whose `key` repeats, in place."), sig(["boolean mutate", "Closure key"], "With `false`, returns a copy without duplicates.")],
    take: [sig(["int count"], "Returns the first `count` elements.")],
    drop: [sig(["int count"], "Returns the collection without its first `count` elements.")],
    takeWhile: [sig(["Closure condition"], "Returns the leading elements for which `condition` is true.")],
    dropWhile: [sig(["Closure condition"], "Drops the leading elements for which `condition` is true.")],
    subList: [sig(["int fromIndex", "int toIndex"], "Returns the elements from `fromIndex` up to, not including, `toIndex`.")],
    intersect: [sig(["Collection other"], "Returns the elements also in `other`.")],
    disjoint: [sig(["Collection other"], "Tells whether no element is also in `other`.")],
    add: [sig(["Object element"], "Appends `element`."), sig(["int index", "Object element"], "Inserts `element` at `index`.")],
    addAll: [sig(["Collection elements"], "Appends every element of `elements`.")],
    remove: [sig(["Object elementOrIndex"], "Removes the element at an index (an int argument on a list) or the first equal element.")],
    contains: [sig(["Object element"], "Tells whether an equal element is in the collection.")],
    max: [sig([], "Returns the largest element."), sig(["Closure key"], "Returns the element with the largest `key`, or by a two-parameter comparison.")],
    min: [sig([], "Returns the smallest element."), sig(["Closure key"], "Returns the element with the smallest `key`, or by a two-parameter comparison.")],
    sum: [sig([], "Adds the elements."), sig(["Closure transform"], "Adds `transform` of each element.")],
  },
  Map: {
    get: [sig(["Object key"], "Returns the value of `key`, or null."), sig(["Object key", "Object defaultValue"], "Returns the value of `key`; when missing, stores `defaultValue` and returns it.")],
    put: [sig(["Object key", "Object value"], "Sets the value of `key` and returns the previous value.")],
    putAll: [sig(["Map entries"], "Copies every entry of `entries`.")],
    remove: [sig(["Object key"], "Removes `key` and returns its value.")],
    containsKey: [sig(["Object key"], "Tells whether the map has `key`.")],
    containsValue: [sig(["Object value"], "Tells whether some entry has an equal value.")],
    each: [sig(["Closure action"], "Calls `action` with each entry, or with key and value for two parameters.")],
    collect: [sig(["Closure transform"], "Returns a list of `transform` applied to each entry (or key and value).")],
    collectEntries: [sig(["Closure transform"], "Builds a new map from what `transform` returns for each entry.")],
    find: [sig(["Closure condition"], "Returns the first entry for which `condition` is true, or null.")],
    findAll: [sig(["Closure condition"], "Returns a map of the entries for which `condition` is true.")],
    any: [sig(["Closure condition"], "Tells whether `condition` is true for some entry.")],
    every: [sig(["Closure condition"], "Tells whether `condition` is true for every entry.")],
    subMap: [sig(["Collection keys"], "Returns a map of the entries whose keys are in `keys`.")],
    sort: [sig([], "Returns a copy sorted by key."), sig(["Closure comparator"], "Returns a copy sorted by a key of the entry or a two-parameter comparison.")],
  },
  Number: {
    intdiv: [sig(["Number divisor"], "Divides and drops the fraction.")],
    times: [sig(["Closure action"], "Calls `action` with 0 up to, not including, this number.")],
    upto: [sig(["Number to", "Closure action"], "Calls `action` with each number from this one up to `to`.")],
    downto: [sig(["Number to", "Closure action"], "Calls `action` with each number from this one down to `to`.")],
    compareTo: [sig(["Number other"], "Returns a negative number, zero or a positive number as this is less than, equal to or greater than `other`.")],
  },
  Object: {
    equals: [sig(["Object other"], "Tells whether the two values are equal.")],
    with: [sig(["Closure action"], "Calls `action` with this value as the delegate and returns its result.")],
    tap: [sig(["Closure action"], "Calls `action` with this value as the delegate and returns this value.")],
  },
};

/** Returns the overloads of `name` on a value of `tag`, or undefined when the table has none. */
export function gdkSignatures(tag: TypeTag, name: string): readonly GdkSignature[] | undefined {
  // Own keys only: a method name such as `toString` must not find Object.prototype's function.
  const lookup = (family: Family) => (Object.hasOwn(GDK_SIGNATURES[family], name) ? GDK_SIGNATURES[family][name] : undefined);
  const family = FAMILY[tag];
  return (family === undefined ? undefined : lookup(family)) ?? lookup("Object");
}

/** The tags each family of the table stands for, for the drift test. */
export const FAMILY_TAGS: Readonly<Record<Family, TypeTag>> = { String: "String", Collection: "List", Map: "Map", Number: "Integer", Object: "Object" };
