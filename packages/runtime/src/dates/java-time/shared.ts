/**
 * `format(...)` shared by the java.time values.
 */

import { RuleException } from "../../errors.ts";
import { expectArgs } from "../../gdk/collections/support.ts";
import type { Value } from "../../values.ts";
import { DateTimeFormatterValue } from "./formatter.ts";
import type { TemporalValue } from "./temporal.ts";

/**
 * `value.format(formatter)`, or `value.format("yyyy-MM-dd")` with a pattern
 * string, which Groovy 3 and later add to the java.time classes.
 */
export function formatWith(self: TemporalValue, args: Value[]): string {
  expectArgs(self, "format", args, 1);
  const formatter = typeof args[0] === "string" ? DateTimeFormatterValue.ofPattern(args[0]) : args[0];
  if (!(formatter instanceof DateTimeFormatterValue)) {
    throw new RuleException(
      "MissingMethodException",
      `${self.simpleName}.format() needs a DateTimeFormatter such as DateTimeFormatter.ofPattern("yyyy-MM-dd"), got ${formatter === null ? "null" : String(formatter)}`,
    );
  }
  return formatter.formatFields(self.temporalFields());
}
