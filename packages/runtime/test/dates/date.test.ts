import { describe, expect, it } from "vitest";
import "../../src/gdk/index.ts";
import { ExecutionContext } from "../../src/context.ts";
import { callMethod, callStatic, getProperty, getStaticProperty, newInstance, resolveClass } from "../../src/dispatch.ts";
import { binary } from "../../src/ops.ts";
import { dateToString } from "../../src/dates/index.ts";
import { newMap } from "../../src/map.ts";
import { GDate, GLong, type Value } from "../../src/values.ts";

const newYork = new ExecutionContext({ timeZone: "America/New_York", clock: () => 1_700_000_000_000 });
const kolkata = new ExecutionContext({ timeZone: "Asia/Kolkata" });

const cls = (name: string) => resolveClass(name)!;
const call = (ctx: ExecutionContext, receiver: Value, method: string, ...args: Value[]) => callMethod(ctx, receiver, method, args);
const timeZone = (ctx: ExecutionContext, id: string) => callStatic(ctx, cls("TimeZone"), "getTimeZone", [id]);
const text = (ctx: ExecutionContext, date: Value) => dateToString(ctx, date as GDate);
const time = (date: Value) => (date as GDate).time;

// Expected values were printed by Groovy 2.4 on JDK 17 with the same default time zone.
describe("Date in America/New_York", () => {
  const d = new GDate(1_710_000_000_000);

  it("prints in the run's zone", () => {
    expect(text(newYork, d)).toBe("Sat Mar 09 11:00:00 EST 2024");
  });

  it("adds days on the local calendar across the DST change", () => {
    const next = binary(newYork, "+", d, 1);
    expect(text(newYork, next)).toBe("Sun Mar 10 11:00:00 EDT 2024");
    expect(time(next)).toBe(1_710_082_800_000);
    expect(text(newYork, binary(newYork, "-", d, 1))).toBe("Fri Mar 08 11:00:00 EST 2024");
  });

  it("subtracts dates as calendar days", () => {
    expect(binary(newYork, "-", binary(newYork, "+", d, 2), d)).toBe(2);
    expect(binary(newYork, "-", d, new GDate(1_709_900_000_000))).toBe(1);
  });

  it("clearTime moves to local midnight in place", () => {
    const e = new GDate(1_710_000_000_000);
    expect(call(newYork, e, "clearTime")).toBe(e);
    expect(e.time).toBe(1_709_960_400_000);
  });

  it("Date.parse uses the run's zone or the given one", () => {
    expect(time(callStatic(newYork, cls("Date"), "parse", ["yyyy-MM-dd HH:mm", "2024-03-10 02:30"]))).toBe(1_710_055_800_000);
    expect(time(callStatic(newYork, cls("Date"), "parse", ["yyyy-MM-dd", "2024-07-01", timeZone(newYork, "Asia/Kolkata")]))).toBe(1_719_772_200_000);
  });

  it("format uses the run's zone unless given one", () => {
    expect(call(newYork, d, "format", "yyyy-MM-dd HH:mm z")).toBe("2024-03-09 11:00 EST");
    expect(call(newYork, d, "format", "yyyy-MM-dd HH:mm z", timeZone(newYork, "Asia/Kolkata"))).toBe("2024-03-09 21:30 IST");
  });

  it("prints Groovy's short date and time strings", () => {
    const utc = new ExecutionContext({ timeZone: "UTC" });
    expect(getProperty(utc, d, "dateString")).toBe("3/9/24");
    expect(getProperty(utc, d, "timeString")).toBe("4:00:00 PM");
    expect(getProperty(utc, d, "dateTimeString")).toBe("3/9/24, 4:00:00 PM");
  });

  it("reads Java's deprecated fields as properties", () => {
    expect(getProperty(newYork, d, "year")).toBe(124);
    expect(getProperty(newYork, d, "month")).toBe(2);
    expect(getProperty(newYork, d, "date")).toBe(9);
    expect(getProperty(newYork, d, "day")).toBe(6);
    expect(getProperty(newYork, d, "hours")).toBe(11);
    expect(getProperty(newYork, d, "time")).toEqual(new GLong(1_710_000_000_000n));
  });

  it("constructs dates from the clock, epoch millis and fields", () => {
    expect(time(newInstance(newYork, cls("Date"), []))).toBe(1_700_000_000_000);
    expect(time(newInstance(newYork, cls("Date"), [new GLong(5n)]))).toBe(5);
    expect(text(newYork, newInstance(newYork, cls("Date"), [124, 0, 15]))).toBe("Mon Jan 15 00:00:00 EST 2024");
  });

  it("adds to getTime() as a Long", () => {
    const later = binary(newYork, "+", getProperty(newYork, d, "time"), 1500);
    expect(later).toEqual(new GLong(1_710_000_001_500n));
  });

  it("prints and parses timestamps", () => {
    const stamp = newInstance(newYork, cls("Timestamp"), [new GLong(1_720_000_000_120n)]);
    expect(text(newYork, stamp)).toBe("2024-07-03 05:46:40.12");
    expect(time(callStatic(newYork, cls("Timestamp"), "valueOf", ["2024-07-03 05:46:40.5"]))).toBe(1_720_000_000_500);
  });

  it("compares dates", () => {
    const later = new GDate(1_710_000_000_001);
    expect(call(newYork, d, "before", later)).toBe(true);
    expect(call(newYork, d, "after", later)).toBe(false);
    expect(call(newYork, d, "compareTo", later)).toBe(-1);
    expect(binary(newYork, "<", d, later)).toBe(true);
  });
});

describe("SimpleDateFormat and TimeZone objects", () => {
  it("default to the run's zone", () => {
    expect(text(kolkata, new GDate(0))).toBe("Thu Jan 01 05:30:00 IST 1970");
    const format = newInstance(kolkata, cls("SimpleDateFormat"), ["dd/MM/yyyy"]);
    expect(time(call(kolkata, format, "parse", "01/02/2024"))).toBe(1_706_725_800_000);
    expect(call(kolkata, format, "format", new GDate(0))).toBe("01/01/1970");
    expect(getProperty(kolkata, getProperty(kolkata, format, "timeZone"), "ID")).toBe("Asia/Kolkata");
  });

  it("accept a Locale argument", () => {
    const us = getStaticProperty(kolkata, cls("Locale"), "US");
    expect(String(us)).toBe("en_US");
    const format = newInstance(kolkata, cls("SimpleDateFormat"), ["EEE, d MMM yyyy", us]);
    expect(call(kolkata, format, "format", new GDate(0))).toBe("Thu, 1 Jan 1970");
  });

  it("switch zones with setTimeZone", () => {
    const format = newInstance(kolkata, cls("SimpleDateFormat"), ["dd/MM/yyyy"]);
    call(kolkata, format, "setTimeZone", timeZone(kolkata, "UTC"));
    expect(time(call(kolkata, format, "parse", "01/02/2024"))).toBe(1_706_745_600_000);
    expect(call(kolkata, format, "format", new GLong(86_400_000n))).toBe("02/01/1970");
  });

  it("answer zone questions like Java", () => {
    const ny = timeZone(kolkata, "America/New_York");
    expect(call(kolkata, ny, "getOffset", new GLong(1_720_000_000_000n))).toBe(-14_400_000);
    expect(getProperty(kolkata, ny, "rawOffset")).toBe(-18_000_000);
    expect(getProperty(kolkata, timeZone(kolkata, "nope"), "ID")).toBe("GMT");
    expect(getProperty(kolkata, timeZone(kolkata, "GMT+5"), "ID")).toBe("GMT+05:00");
    expect(getProperty(kolkata, callStatic(kolkata, cls("TimeZone"), "getDefault", []), "ID")).toBe("Asia/Kolkata");
  });

  it("refuse TimeZone.setDefault", () => {
    expect(() => callStatic(kolkata, cls("TimeZone"), "setDefault", [timeZone(kolkata, "UTC")])).toThrow(/not allowed in a rule/);
  });
});

describe("Date constructor with named arguments", () => {
  it("sets the time property", () => {
    const properties = newMap([["time", new GLong(86_400_000n)]]);
    expect(time(newInstance(newYork, cls("Date"), [properties]))).toBe(86_400_000);
  });
});
