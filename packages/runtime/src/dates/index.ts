/**
 * Dates and times for rules: java.util.Date and java.sql.Timestamp with
 * Groovy's extensions, SimpleDateFormat, TimeZone, and the java.time basics.
 * Importing this module registers them. Every reading of "now" comes from
 * `ctx.clock`, and every operation without an explicit zone uses `ctx.timeZone`.
 */

import { setDateRenderer } from "../ops-format.ts";
import { dateToString } from "./date.ts";
import { defineExceptionClass } from "../exceptions.ts";
import "./date.ts";
import "./simple-date-format.ts";
import "./time-zone.ts";
import "./java-time/classes.ts";
import "./locale.ts";
import "./calendar-class.ts";

// Exceptions the date classes raise, so rules can catch them by name.
defineExceptionClass("java.time.DateTimeException", "RuntimeException");
defineExceptionClass("java.time.format.DateTimeParseException", "DateTimeException");
defineExceptionClass("java.time.temporal.UnsupportedTemporalTypeException", "DateTimeException");
defineExceptionClass("java.time.zone.ZoneRulesException", "DateTimeException");

export { addDays, dateToString, daysBetween, parseDate } from "./date.ts";
export { compilePattern, formatDate, javaDateString, javaTimestampString } from "./simple-format.ts";
export { parseWithPattern } from "./simple-parse.ts";
export { SimpleDateFormatValue } from "./simple-date-format.ts";
export { asZone, contextZone, TimeZoneValue, ZoneIdValue } from "./time-zone.ts";
export { findZone, legacyTimeZone, offsetAt, wallToEpoch, zoneOf, type Zone } from "./zones.ts";
export { DateTimeFormatterValue } from "./java-time/formatter.ts";
export { LocalDateTimeValue, LocalDateValue, LocalTimeValue } from "./java-time/local.ts";
export { InstantValue, ZonedDateTimeValue } from "./java-time/zoned.ts";
export { ChronoUnitValue, DurationValue } from "./java-time/duration.ts";
export { LocaleValue } from "./locale.ts";
export { CalendarValue } from "./calendar-class.ts";

// Dates in GStrings and `println` render in the run's time zone, as Java's Date.toString does.
setDateRenderer(dateToString);
