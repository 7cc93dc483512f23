import { describe, expect, it } from "vitest";
import "../../src/gdk/index.ts";
import { ExecutionContext } from "../../src/context.ts";
import { callMethod, callStatic, getProperty, getStaticProperty, resolveClass } from "../../src/dispatch.ts";
import { RuleException } from "../../src/errors.ts";
import { binary, toGroovyString } from "../../src/ops.ts";
import { GDate, GLong, type Value } from "../../src/values.ts";

const NOW = Date.UTC(2024, 6, 4, 13, 5, 6, 7);
const ctx = new ExecutionContext({ timeZone: "America/New_York", clock: () => NOW });

const cls = (name: string) => {
  const found = resolveClass(name);
  if (found === null) throw new Error(`class ${name} is not registered`);
  return found;
};
const on = (className: string, method: string, ...args: Value[]) => callStatic(ctx, cls(className), method, args);
const call = (receiver: Value, method: string, ...args: Value[]) => callMethod(ctx, receiver, method, args);
const constant = (className: string, name: string) => getStaticProperty(ctx, cls(className), name);
const zone = (id: string) => on("ZoneId", "of", id);
const show = (value: Value) => toGroovyString(value);
const localDate = (y: number, m: number, d: number) => on("LocalDate", "of", y, m, d);
const localDateTime = (...parts: number[]) => on("LocalDateTime", "of", ...parts);
const formatter = (pattern: string) => on("DateTimeFormatter", "ofPattern", pattern);

function failure(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    if (error instanceof RuleException) return `${error.javaClass}: ${error.ruleMessage}`;
    throw error;
  }
  return "no exception";
}

// Expected strings were printed by Groovy 2.4 on JDK 17.
describe("java.time toString", () => {
  const cases: [string, () => Value, string][] = [
    ["ZonedDateTime.of in a DST gap", () => on("ZonedDateTime", "of", localDateTime(2024, 3, 10, 2, 30), zone("America/New_York")), "2024-03-10T03:30-04:00[America/New_York]"],
    ["ZonedDateTime.of in a DST overlap", () => on("ZonedDateTime", "of", localDateTime(2024, 11, 3, 1, 30), zone("America/New_York")), "2024-11-03T01:30-04:00[America/New_York]"],
    ["LocalDate.of", () => localDate(2024, 1, 2), "2024-01-02"],
    ["LocalDateTime without seconds", () => localDateTime(2024, 1, 2, 3, 4), "2024-01-02T03:04"],
    ["LocalDateTime with seconds", () => localDateTime(2024, 1, 2, 3, 4, 5), "2024-01-02T03:04:05"],
    ["LocalDateTime with nanos", () => localDateTime(2024, 1, 2, 3, 4, 5, 123000000), "2024-01-02T03:04:05.123"],
    ["Instant.ofEpochMilli(0)", () => on("Instant", "ofEpochMilli", 0), "1970-01-01T00:00:00Z"],
    ["Instant.ofEpochMilli(123)", () => on("Instant", "ofEpochMilli", 123), "1970-01-01T00:00:00.123Z"],
    ["Instant.ofEpochMilli(1704164645000)", () => on("Instant", "ofEpochMilli", 1704164645000), "2024-01-02T03:04:05Z"],
    ["ZonedDateTime in UTC", () => on("ZonedDateTime", "ofInstant", on("Instant", "ofEpochMilli", 0), zone("UTC")), "1970-01-01T00:00Z[UTC]"],
    ["ZonedDateTime in Z", () => on("ZonedDateTime", "ofInstant", on("Instant", "ofEpochMilli", 0), zone("Z")), "1970-01-01T00:00Z"],
    ["ZonedDateTime at +05:30", () => on("ZonedDateTime", "ofInstant", on("Instant", "ofEpochMilli", 0), zone("+05:30")), "1970-01-01T05:30+05:30"],
    ["instant.atZone(Asia/Kolkata)", () => call(on("Instant", "ofEpochMilli", 0), "atZone", zone("Asia/Kolkata")), "1970-01-01T05:30+05:30[Asia/Kolkata]"],
    ["plusMonths clamps the day", () => call(localDate(2024, 1, 31), "plusMonths", 1), "2024-02-29"],
    ["plusYears from Feb 29", () => call(localDate(2024, 2, 29), "plusYears", 1), "2025-02-28"],
    ["minusDays", () => call(localDate(2024, 1, 2), "minusDays", 3), "2023-12-30"],
    ["atStartOfDay(zone)", () => call(localDate(2024, 1, 2), "atStartOfDay", zone("America/New_York")), "2024-01-02T00:00-05:00[America/New_York]"],
    ["date.toInstant()", () => call(new GDate(7), "toInstant"), "1970-01-01T00:00:00.007Z"],
    ["Duration.between", () => on("Duration", "between", on("Instant", "ofEpochMilli", 0), on("Instant", "ofEpochMilli", 90061000)), "PT25H1M1S"],
    ["LocalDate.parse", () => on("LocalDate", "parse", "2024-02-29"), "2024-02-29"],
    ["LocalDateTime.parse", () => on("LocalDateTime", "parse", "2024-02-29T10:15"), "2024-02-29T10:15"],
    ["ZonedDateTime.parse", () => on("ZonedDateTime", "parse", "2024-02-29T10:15:30+01:00[Europe/Paris]"), "2024-02-29T10:15:30+01:00[Europe/Paris]"],
    ["Instant.parse", () => on("Instant", "parse", "2024-02-29T10:15:30.5Z"), "2024-02-29T10:15:30.500Z"],
    ["SMART resolver clamps the day", () => on("LocalDate", "parse", "30/02/2024", formatter("dd/MM/yyyy")), "2024-02-29"],
    ["parse with month names", () => on("LocalDate", "parse", "Jan 5, 2024", formatter("MMM d, yyyy")), "2024-01-05"],
    ["LocalDateTime with a pattern", () => on("LocalDateTime", "parse", "2024-01-05 10:00", formatter("yyyy-MM-dd HH:mm")), "2024-01-05T10:00"],
    ["ZonedDateTime with an offset pattern", () => on("ZonedDateTime", "parse", "2024-01-05 10:00 +0530", formatter("yyyy-MM-dd HH:mm Z")), "2024-01-05T10:00+05:30"],
    ["two-digit years", () => on("LocalDate", "parse", "24-01-05", formatter("yy-MM-dd")), "2024-01-05"],
  ];
  for (const [name, run, expected] of cases) {
    it(name, () => {
      expect(show(run())).toBe(expected);
    });
  }
});

describe("DateTimeFormatter", () => {
  const full = "yyyy-MM-dd HH:mm:ss.SSS z zzzz VV O OOOO X XX XXX x xx xxx Z ZZZZ ZZZZZ a E EEEE MMM MMMM d D y yy u";
  const at = (zoneId: string) => on("ZonedDateTime", "of", localDateTime(2024, 7, 4, 13, 5, 6, 7000000), zone(zoneId));

  it("formats every letter in Asia/Kolkata", () => {
    expect(call(at("Asia/Kolkata"), "format", formatter(full))).toBe(
      "2024-07-04 13:05:06.007 IST India Standard Time Asia/Kolkata GMT+5:30 GMT+05:30 +0530 +0530 +05:30 +0530 +0530 +05:30 +0530 GMT+05:30 +05:30 PM Thu Thursday Jul July 4 186 2024 24 2024",
    );
  });

  it("formats every letter in UTC", () => {
    expect(call(at("UTC"), "format", formatter(full))).toBe(
      "2024-07-04 13:05:06.007 UTC Coordinated Universal Time UTC GMT GMT Z Z Z +00 +0000 +00:00 +0000 GMT Z PM Thu Thursday Jul July 4 186 2024 24 2024",
    );
  });

  const iso: [string, () => Value, string][] = [
    ["ISO_LOCAL_DATE", () => localDate(2024, 1, 2), "2024-01-02"],
    ["ISO_LOCAL_DATE_TIME", () => localDateTime(2024, 1, 2, 3, 4), "2024-01-02T03:04:00"],
    ["ISO_LOCAL_DATE_TIME", () => localDateTime(2024, 1, 2, 3, 4, 5, 500000000), "2024-01-02T03:04:05.5"],
    ["ISO_OFFSET_DATE_TIME", () => on("ZonedDateTime", "of", localDateTime(2024, 1, 2, 3, 4), zone("America/New_York")), "2024-01-02T03:04:00-05:00"],
    ["ISO_ZONED_DATE_TIME", () => on("ZonedDateTime", "of", localDateTime(2024, 1, 2, 3, 4), zone("America/New_York")), "2024-01-02T03:04:00-05:00[America/New_York]"],
    ["ISO_INSTANT", () => on("ZonedDateTime", "of", localDateTime(2024, 1, 2, 3, 4), zone("America/New_York")), "2024-01-02T08:04:00Z"],
    ["RFC_1123_DATE_TIME", () => on("ZonedDateTime", "of", localDateTime(2024, 1, 2, 3, 4), zone("America/New_York")), "Tue, 2 Jan 2024 03:04:00 -0500"],
    ["BASIC_ISO_DATE", () => on("ZonedDateTime", "of", localDateTime(2024, 1, 2, 3, 4), zone("America/New_York")), "20240102-0500"],
    ["ISO_DATE_TIME", () => on("ZonedDateTime", "of", localDateTime(2024, 1, 2, 3, 4), zone("America/New_York")), "2024-01-02T03:04:00-05:00[America/New_York]"],
  ];
  for (const [name, value, expected] of iso) {
    it(`${name} formats ${expected}`, () => {
      expect(call(value(), "format", constant("DateTimeFormatter", name))).toBe(expected);
    });
  }

  it("withZone shows an instant in that zone", () => {
    const shown = call(call(formatter("yyyy-MM-dd HH:mm z"), "withZone", zone("Asia/Tokyo")), "format", on("Instant", "ofEpochMilli", 0));
    expect(shown).toBe("1970-01-01 09:00 JST");
  });
});

describe("java.time errors", () => {
  const cases: [string, () => unknown, string][] = [
    ["LocalDate.parse('2024-02-30')", () => on("LocalDate", "parse", "2024-02-30"), "DateTimeParseException: Text '2024-02-30' could not be parsed: Invalid date 'FEBRUARY 30'"],
    ["LocalDate.parse('2024-2-3')", () => on("LocalDate", "parse", "2024-2-3"), "DateTimeParseException: Text '2024-2-3' could not be parsed at index 5"],
    ["LocalDate.parse('x')", () => on("LocalDate", "parse", "x"), "DateTimeParseException: Text 'x' could not be parsed at index 0"],
    ["dd needs two digits", () => on("LocalDate", "parse", "3/2/2024", formatter("dd/MM/yyyy")), "DateTimeParseException: Text '3/2/2024' could not be parsed at index 0"],
    ["month names are case-sensitive", () => on("LocalDate", "parse", "jan 5, 2024", formatter("MMM d, yyyy")), "DateTimeParseException: Text 'jan 5, 2024' could not be parsed at index 0"],
    ["a date has no hour", () => call(localDate(2024, 1, 2), "format", formatter("HH:mm")), "UnsupportedTemporalTypeException: Unsupported field: HourOfDay"],
    ["LocalDateTime needs a time", () => on("LocalDateTime", "parse", "2024-01-05", formatter("yyyy-MM-dd")), "DateTimeParseException: Text '2024-01-05' could not be parsed: Unable to obtain LocalDateTime from TemporalAccessor"],
    ["unknown zone", () => zone("Mars/X"), "ZoneRulesException: Unknown time-zone ID: Mars/X"],
    ["unparsed text", () => on("LocalDate", "parse", "2024-01-05x", formatter("yyyy-MM-dd")), "DateTimeParseException: Text '2024-01-05x' could not be parsed, unparsed text found at index 10"],
    ["unknown pattern letter", () => formatter("yyyy-bb"), "IllegalArgumentException: Unknown pattern letter: b"],
  ];
  for (const [name, action, expected] of cases) {
    it(name, () => {
      expect(failure(action)).toBe(expected);
    });
  }
});

// Groovy 3 and later extend java.time; Groovy 2.4 cannot confirm these, so they follow the GDK documentation.
describe("Groovy java.time extensions", () => {
  it("adds days to a LocalDate and seconds to the others", () => {
    expect(show(binary(ctx, "+", localDate(2024, 2, 28), 2))).toBe("2024-03-01");
    expect(show(binary(ctx, "-", localDate(2024, 3, 1), 1))).toBe("2024-02-29");
    expect(show(binary(ctx, "+", localDateTime(2024, 1, 1, 0, 0), 90))).toBe("2024-01-01T00:01:30");
    expect(show(binary(ctx, "+", on("Instant", "ofEpochMilli", 0), 1))).toBe("1970-01-01T00:00:01Z");
    expect(show(call(localDate(2024, 12, 31), "next"))).toBe("2025-01-01");
  });

  it("formats with a pattern string", () => {
    expect(call(localDate(2024, 1, 2), "format", "dd.MM.yyyy")).toBe("02.01.2024");
  });

  it("converts to and from java.util.Date in the run's zone", () => {
    const date = call(localDate(2024, 1, 2), "toDate") as GDate;
    expect(date.time).toBe(Date.UTC(2024, 0, 2, 5));
    expect(show(call(date, "toLocalDate"))).toBe("2024-01-02");
    expect(show(call(new GDate(0), "toLocalDateTime"))).toBe("1969-12-31T19:00");
    expect(show(call(new GDate(0), "toZonedDateTime"))).toBe("1969-12-31T19:00-05:00[America/New_York]");
  });
});

describe("java.time exception classes", () => {
  it("are registered so rules can catch them", () => {
    for (const name of ["DateTimeException", "DateTimeParseException", "UnsupportedTemporalTypeException", "ZoneRulesException"]) {
      expect(resolveClass(name), name).not.toBeNull();
    }
  });
});

describe("java.time values", () => {
  it("reads fields as properties", () => {
    const date = localDate(2024, 1, 2);
    expect(getProperty(ctx, date, "dayOfWeek")).toBe("TUESDAY");
    expect(getProperty(ctx, date, "month")).toBe("JANUARY");
    expect(getProperty(ctx, date, "year")).toBe(2024);
    expect(getProperty(ctx, date, "monthValue")).toBe(1);
  });

  it("compares with operators", () => {
    expect(binary(ctx, "<", localDate(2024, 1, 2), localDate(2024, 1, 3))).toBe(true);
    expect(binary(ctx, "==", localDate(2024, 1, 2), localDate(2024, 1, 2))).toBe(true);
    expect(call(localDate(2024, 1, 2), "isBefore", localDate(2024, 1, 3))).toBe(true);
  });

  it("are found by contains and indexOf", () => {
    const dates = [localDate(2024, 1, 2), localDate(2024, 1, 3)];
    expect(call(dates, "contains", localDate(2024, 1, 3))).toBe(true);
    expect(call(dates, "indexOf", localDate(2024, 1, 3))).toBe(1);
    expect(call(dates, "contains", localDate(2024, 1, 4))).toBe(false);
  });

  it("counts units between dates", () => {
    const days = getStaticProperty(ctx, cls("ChronoUnit"), "DAYS");
    expect(show(call(days, "between", localDate(2024, 1, 1), localDate(2024, 3, 1)))).toBe("60");
    expect(call(days, "between", localDate(2024, 1, 1), localDate(2024, 3, 1))).toBeInstanceOf(GLong);
    const months = getStaticProperty(ctx, cls("ChronoUnit"), "MONTHS");
    expect(show(call(months, "between", localDate(2024, 1, 31), localDate(2024, 2, 29)))).toBe("0");
    expect(show(call(months, "between", localDate(2024, 1, 15), localDate(2024, 3, 15)))).toBe("2");
  });

  it("converts between Date and Instant", () => {
    const date = on("Date", "from", on("Instant", "ofEpochMilli", 5)) as GDate;
    expect(date.time).toBe(5);
    expect(show(call(on("Duration", "between", on("Instant", "ofEpochMilli", 0), on("Instant", "ofEpochMilli", 90061000)), "toMinutes"))).toBe("1501");
  });

  it("reads now from the context clock and zone", () => {
    expect(show(on("Instant", "now"))).toBe("2024-07-04T13:05:06.007Z");
    expect(show(on("LocalDate", "now"))).toBe("2024-07-04");
    expect(show(on("LocalDateTime", "now"))).toBe("2024-07-04T09:05:06.007");
    expect(show(on("ZonedDateTime", "now"))).toBe("2024-07-04T09:05:06.007-04:00[America/New_York]");
  });
});
