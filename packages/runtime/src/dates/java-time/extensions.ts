/**
 * Groovy's extensions of the java.time classes. They exist since Groovy 3,
 * so the Groovy 4 that real rules run on has them. `date + 1` adds days to
 * a LocalDate and seconds to the other values, and `++` steps by the same
 * unit. `toDate()` converts to java.util.Date, and a java.util.Date converts
 * back with `toLocalDate()`, `toLocalDateTime()` and `toZonedDateTime()`.
 * Conversions without a zone use the run's zone.
 */

import { defineMethods } from "../../registry.ts";
import { GDate, type Value } from "../../values.ts";
import { expectArgs } from "../../gdk/collections/support.ts";
import { contextZone } from "../time-zone.ts";
import { offsetAt } from "../zones.ts";
import { joinWall, splitWall } from "./fields.ts";
import { addExtensionMethods, LocalDateTimeValue, LocalDateValue, type LocalTimeValue } from "./local.ts";
import { intArg, type TemporalMethod, type TemporalValue } from "./temporal.ts";
import { InstantValue, resolveLocal, ZonedDateTimeValue, addZonedExtensionMethods } from "./zoned.ts";

/** `plus`, `minus`, `next` and `previous` that move a value by whole units. */
function stepping<T extends TemporalValue>(move: (self: T, amount: number) => Value): Record<string, TemporalMethod<T>> {
  return {
    plus: (self, _ctx, args) => move(self, intArg(self, "plus", args, 0)),
    minus: (self, _ctx, args) => move(self, -intArg(self, "minus", args, 0)),
    next: (self, _ctx, args) => {
      expectArgs(self, "next", args, 0);
      return move(self, 1);
    },
    previous: (self, _ctx, args) => {
      expectArgs(self, "previous", args, 0);
      return move(self, -1);
    },
  };
}

addExtensionMethods<LocalDateValue, LocalDateTimeValue, LocalTimeValue>({
  date: {
    ...stepping<LocalDateValue>((self, days) => new LocalDateValue(splitWall(joinWall(self.date) + days * 86_400_000).date)),
    toDate: (self, ctx, args) => {
      expectArgs(self, "toDate", args, 0);
      return new GDate(resolveLocal(contextZone(ctx), joinWall(self.date)));
    },
  },
  dateTime: {
    ...stepping<LocalDateTimeValue>((self, seconds) => new LocalDateTimeValue(self.wall + seconds * 1000)),
    toDate: (self, ctx, args) => {
      expectArgs(self, "toDate", args, 0);
      return new GDate(resolveLocal(contextZone(ctx), self.wall));
    },
  },
});

addZonedExtensionMethods({
  zoned: {
    ...stepping<ZonedDateTimeValue>((self, seconds) => new ZonedDateTimeValue(self.epochMs + seconds * 1000, self.zone, self.offsetOnly)),
    toDate: (self, _ctx, args) => {
      expectArgs(self, "toDate", args, 0);
      return new GDate(self.epochMs);
    },
  },
  instant: {
    ...stepping<InstantValue>((self, seconds) => new InstantValue(self.epochMs + seconds * 1000)),
    toDate: (self, _ctx, args) => {
      expectArgs(self, "toDate", args, 0);
      return new GDate(self.epochMs);
    },
  },
});

defineMethods("Date", {
  toLocalDate: (ctx, self: GDate, args) => {
    expectArgs(self, "toLocalDate", args, 0);
    return new LocalDateValue(splitWall(self.time + offsetAt(contextZone(ctx), self.time)).date);
  },
  toLocalDateTime: (ctx, self: GDate, args) => {
    expectArgs(self, "toLocalDateTime", args, 0);
    return new LocalDateTimeValue(self.time + offsetAt(contextZone(ctx), self.time));
  },
  toZonedDateTime: (ctx, self: GDate, args) => {
    expectArgs(self, "toZonedDateTime", args, 0);
    return new ZonedDateTimeValue(self.time, contextZone(ctx));
  },
});
