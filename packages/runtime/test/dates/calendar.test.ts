import { describe, expect, it } from "vitest";
import "../../src/gdk/index.ts";
import { ExecutionContext } from "../../src/context.ts";
import { callMethod, callStatic, getProperty, getStaticProperty, resolveClass, setProperty } from "../../src/dispatch.ts";
import { dateToString } from "../../src/dates/index.ts";
import { GDate, GLong, type Value } from "../../src/values.ts";

const ctx = new ExecutionContext({ timeZone: "America/New_York", clock: () => 0 });
const calendarClass = resolveClass("Calendar")!;
const field = (name: string) => getStaticProperty(ctx, calendarClass, name);
const call = (receiver: Value, method: string, ...args: Value[]) => callMethod(ctx, receiver, method, args);
const shown = (calendar: Value) => dateToString(ctx, getProperty(ctx, calendar, "time") as GDate);

// Expected values were printed by Groovy 2.4 on JDK 17 in America/New_York.
describe("Calendar", () => {
  const start = () => {
    const calendar = callStatic(ctx, calendarClass, "getInstance", []);
    call(calendar, "setTime", new GDate(1_710_000_000_000));
    return calendar;
  };

  it("reads fields", () => {
    const calendar = start();
    const read = (name: string) => call(calendar, "get", field(name));
    expect(read("YEAR")).toBe(2024);
    expect(read("MONTH")).toBe(2);
    expect(read("DAY_OF_MONTH")).toBe(9);
    expect(read("DAY_OF_WEEK")).toBe(7);
    expect(read("HOUR_OF_DAY")).toBe(11);
    expect(read("HOUR")).toBe(11);
    expect(read("AM_PM")).toBe(0);
    expect(read("WEEK_OF_YEAR")).toBe(10);
    expect(read("DAY_OF_YEAR")).toBe(69);
    expect(call(calendar, "getAt", field("YEAR"))).toBe(2024);
  });

  it("adds days on the calendar and hours on the clock", () => {
    const calendar = start();
    call(calendar, "add", field("DATE"), 1);
    expect(shown(calendar)).toBe("Sun Mar 10 11:00:00 EDT 2024");
    expect(getProperty(ctx, calendar, "timeInMillis")).toEqual(new GLong(1_710_082_800_000n));
    call(calendar, "add", field("HOUR_OF_DAY"), 24);
    expect(shown(calendar)).toBe("Mon Mar 11 11:00:00 EDT 2024");
    call(calendar, "add", field("MONTH"), 11);
    expect(shown(calendar)).toBe("Tue Feb 11 11:00:00 EST 2025");
  });

  it("keeps the day inside a shorter month and rolls over set fields", () => {
    const calendar = start();
    call(calendar, "setTime", new GDate(1_706_659_200_000));
    call(calendar, "add", field("MONTH"), 1);
    expect(shown(calendar)).toBe("Thu Feb 29 19:00:00 EST 2024");
    call(calendar, "set", field("DAY_OF_MONTH"), 35);
    expect(shown(calendar)).toBe("Wed Mar 06 19:00:00 EST 2024");
  });

  it("sets a whole date and clears the time", () => {
    const calendar = start();
    call(calendar, "set", 2024, field("DECEMBER"), 31, 23, 59, 59);
    expect(shown(calendar)).toBe("Tue Dec 31 23:59:59 EST 2024");
    for (const name of ["HOUR_OF_DAY", "MINUTE", "SECOND", "MILLISECOND"]) call(calendar, "set", field(name), 0);
    expect(shown(calendar)).toBe("Tue Dec 31 00:00:00 EST 2024");
    expect(call(calendar, "getTimeInMillis")).toEqual(new GLong(1_735_621_200_000n));
    expect(call(calendar, "getActualMaximum", field("DAY_OF_MONTH"))).toBe(31);
  });

  it("uses the zone it was created with", () => {
    const utc = callStatic(ctx, resolveClass("TimeZone")!, "getTimeZone", ["UTC"]);
    const calendar = callStatic(ctx, calendarClass, "getInstance", [utc]);
    setProperty(ctx, calendar, "timeInMillis", new GLong(0n));
    expect(call(calendar, "get", field("HOUR_OF_DAY"))).toBe(0);
    call(calendar, "add", field("YEAR"), -1);
    expect(call(calendar, "getTimeInMillis")).toEqual(new GLong(-31_536_000_000n));
  });
});
