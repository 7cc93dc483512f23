import { describe, expect, it } from "vitest";
import { RuleException } from "../../src/errors.ts";
import { compilePattern, formatDate, legacyTimeZone, parseWithPattern } from "../../src/dates/index.ts";

// Expected values printed by SimpleDateFormat on JDK 17 (Groovy 2.4 script), US locale.
const NOW = Date.UTC(2024, 5, 1);

describe("SimpleDateFormat format", () => {
  const cases: [number, string, string, string][] = [
  [0, "EEE MMM dd HH:mm:ss zzz yyyy", "UTC", "Thu Jan 01 00:00:00 UTC 1970"],
  [1710053940000, "yyyy-MM-dd HH:mm:ss z Z X XX XXX", "America/New_York", "2024-03-10 01:59:00 EST -0500 -05 -0500 -05:00"],
  [1710054000000, "yyyy-MM-dd HH:mm:ss z Z X XX XXX", "America/New_York", "2024-03-10 03:00:00 EDT -0400 -04 -0400 -04:00"],
  [1730615400000, "yyyy-MM-dd'T'HH:mm:ss.SSSZ zzzz", "America/New_York", "2024-11-03T01:30:00.000-0500 Eastern Standard Time"],
  [1730611800000, "yyyy-MM-dd'T'HH:mm:ss.SSSZ zzzz", "America/New_York", "2024-11-03T01:30:00.000-0400 Eastern Daylight Time"],
  [1234567891234, "yyyy-MM-dd'T'HH:mm:ss.SSSXXX", "Asia/Kolkata", "2009-02-14T05:01:31.234+05:30"],
  [1234567891234, "EEEE, MMMM d, yy h:mm a z", "Asia/Kolkata", "Saturday, February 14, 09 5:01 AM IST"],
  [1234567891234, "''yyyy'' 'o''clock' G D w W F u k K S SS SSSS", "Europe/Berlin", "'2009' o'clock AD 45 7 2 2 6 24 0 234 234 0234"],
  [1719792000000, "dd/MM/yyyy HH:mm z", "Europe/Berlin", "01/07/2024 02:00 CEST"],
  [1735603200000, "YYYY-ww yyyy-MM-dd E", "UTC", "2025-01 2024-12-31 Tue"],
  [1704067199000, "YYYY-ww yyyy-MM-dd E", "UTC", "2024-01 2023-12-31 Sun"],
  [-946079999877, "yyyy-MM-dd HH:mm:ss.SSS z", "America/Sao_Paulo", "1940-01-08 21:00:00.123 BRT"],
  [1700000000000, "MMM d, yyyy HH:mm z", "GMT+05:30", "Nov 15, 2023 03:43 GMT+05:30"],
  [1700000000000, "h:mm a z", "Australia/Sydney", "9:13 AM AEDT"],
  [1700000000000, "zzzz z", "Asia/Tokyo", "Japan Standard Time JST"],
  [1700000000000, "HH:mm z", "Asia/Kathmandu", "03:58 NPT"],
  ];
  for (const [epoch, pattern, zone, expected] of cases) {
    it(`formats ${epoch} as ${pattern} in ${zone}`, () => {
      expect(formatDate(pattern, epoch, legacyTimeZone(zone))).toBe(expected);
    });
  }
});

describe("SimpleDateFormat parse", () => {
  const cases: [string, string, string, number | string][] = [
  ["yyyy-MM-dd HH:mm", "2024-03-10 02:30", "America/New_York", 1710055800000],
  ["yyyy-MM-dd HH:mm", "2024-11-03 01:30", "America/New_York", 1730615400000],
  ["yyyy-MM-dd HH:mm", "2024-11-03 00:59", "America/New_York", 1730609940000],
  ["yyyy-MM-dd HH:mm", "2024-13-45 25:61", "UTC", 1739584860000],
  ["yyyy-MM-dd", "2024-02-30", "Asia/Kolkata", 1709231400000],
  ["yyyyMMddHHmmss", "20240102030405", "UTC", 1704164645000],
  ["yyyy-MM-dd'T'HH:mm:ss.SSSZ", "2024-01-02T03:04:05.678+0530", "UTC", 1704144845678],
  ["yyyy-MM-dd'T'HH:mm:ss.SSSXXX", "2024-01-02T03:04:05.678-05:00", "UTC", 1704182645678],
  ["yyyy-MM-dd'T'HH:mm:ssX", "2024-01-02T03:04:05Z", "Asia/Kolkata", 1704164645000],
  ["yyyy-MM-dd HH:mm:ss z", "2024-07-01 10:00:00 EDT", "UTC", 1719842400000],
  ["yyyy-MM-dd HH:mm:ss z", "2024-07-01 10:00:00 PST", "UTC", 1719856800000],
  ["yyyy-MM-dd HH:mm:ss z", "2024-07-01 10:00:00 GMT+02:00", "UTC", 1719820800000],
  ["yyyy-MM-dd HH:mm:ss z", "2024-07-01 10:00:00 UTC", "Asia/Tokyo", 1719828000000],
  ["dd MMM yyyy", "05 feb 2024", "UTC", 1707091200000],
  ["dd MMMM yyyy", "05 February 2024", "UTC", 1707091200000],
  ["dd MMM yyyy", "05 September 2024", "UTC", 1725494400000],
  ["EEE, d MMM yyyy HH:mm:ss Z", "Tue, 2 Jan 2024 10:11:12 +0100", "UTC", 1704186672000],
  ["MM/dd/yy h:mm a", "01/02/24 1:05 PM", "UTC", 1704200700000],
  ["MM/dd/yy h:mm a", "01/02/99 12:05 AM", "UTC", 915235500000],
  ["yyyy-MM-dd", "2024-01-02T10:00:00Z", "UTC", 1704153600000],
  ["yyyy-MM-dd", "  2024-01-02", "UTC", 1704153600000],
  ["HH:mm", "10:30", "America/New_York", 55800000],
  ["yyyy-MM-dd", "abc", "UTC", "ParseException: Unparseable date: \"abc\""],
  ["yyyy-MM-dd", "2024/01/02", "UTC", "ParseException: Unparseable date: \"2024/01/02\""],
  ["dd.MM.yyyy", "1.2.2024", "UTC", 1706745600000],
  ["yyyy-MM-dd'T'HH:mm:ss.SSS", "2024-01-02T03:04:05.5", "UTC", 1704164645005],
  ["D yyyy", "60 2024", "UTC", 1709164800000],
  ];
  for (const [pattern, text, zone, expected] of cases) {
    it(`parses ${JSON.stringify(text)} with ${pattern} in ${zone}`, () => {
      const run = () => parseWithPattern(compilePattern(pattern), text, legacyTimeZone(zone), NOW);
      if (typeof expected === "number") {
        expect(run()).toBe(expected);
      } else {
        expect(run).toThrow(RuleException);
        expect(run).toThrow(expected.replace("ParseException: ", ""));
      }
    });
  }

  it("rejects out-of-range fields when not lenient", () => {
    const tokens = compilePattern("yyyy-MM-dd");
    const utc = legacyTimeZone("UTC");
    expect(parseWithPattern(tokens, "2024-02-29", utc, NOW, false)).toBe(1709164800000);
    for (const text of ["2024-02-30", "2023-02-29", "2024-13-01"]) {
      expect(() => parseWithPattern(tokens, text, utc, NOW, false)).toThrow(`Unparseable date: "${text}"`);
    }
  });

  it("resolves two-digit years around the clock", () => {
    const tokens = compilePattern("yy-MM-dd");
    const utc = legacyTimeZone("UTC");
    expect(new Date(parseWithPattern(tokens, "44-01-01", utc, NOW)).getUTCFullYear()).toBe(2044);
    expect(new Date(parseWithPattern(tokens, "45-01-01", utc, NOW)).getUTCFullYear()).toBe(1945);
    expect(new Date(parseWithPattern(compilePattern("yy"), "2024", utc, NOW)).getUTCFullYear()).toBe(2024);
  });
});

describe("SimpleDateFormat patterns", () => {
  it("rejects unknown letters and open quotes", () => {
    expect(() => compilePattern("yyyy-MM-dd q")).toThrow("Illegal pattern character 'q'");
    expect(() => compilePattern("yyyy 'at")).toThrow("Unterminated quote");
    expect(() => compilePattern("XXXX")).toThrow("invalid ISO 8601 format");
  });

  it("maps unknown legacy zone IDs to GMT", () => {
    expect(legacyTimeZone("Mars/Olympus").id).toBe("GMT");
    expect(legacyTimeZone("GMT+5").id).toBe("GMT+05:00");
  });
});
