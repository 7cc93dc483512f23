/**
 * List, set and range methods of the GDK. Importing this module registers
 * them; the re-exports are the helpers other runtime modules call directly.
 */

import { defineExceptionClass } from "../exceptions.ts";
import "./collections/aggregate.ts";
import "./collections/iteration.ts";
import "./collections/mutation.ts";
import "./collections/ordering.ts";
import "./collections/query.ts";
import "./collections/slicing.ts";
import "./collections/map-entry.ts";
import "./collections/classes.ts";
import "./ranges.ts";
import "./maps.ts";

// Raised when hashing or comparing a value nested deeper than Java's stack would allow.
defineExceptionClass("java.lang.StackOverflowError", "Error");

export { MapEntry, mapEntryValues } from "./collections/map-entry.ts";
export { javaEquals, javaHashCode, stringHash } from "./collections/hash.ts";
export {
  isSet,
  newHashSet,
  newLinkedSet,
  newSet,
  setAdd,
  setHas,
  setKind,
  setRemove,
  type SetKind,
} from "./collections/sets.ts";
export { newTreeSet, naturalCompare, sortItems, uniqueItems } from "./collections/ordering.ts";
export { flattenItems, joinItems, listGetAt, listPutAt } from "./collections/slicing.ts";
export { intersectItems, minusItems, multiplyItems, plusItems } from "./collections/query.ts";
export { addItem, removeItem } from "./collections/mutation.ts";
export { sumValues } from "./collections/aggregate.ts";
export { checkMutable, itemsOf, javaTypeName } from "./collections/support.ts";
export {
  iterateRange,
  listGetRange,
  rangeBorders,
  rangeContains,
  rangeFrom,
  rangeIndexes,
  rangeSize,
  rangeTo,
  rangeToString,
  rangeValues,
  reverseRange,
  stepRange,
  stringGetRange,
} from "./ranges.ts";
