/**
 * `java.util.Locale`, so rules can pass `Locale.US` or `new Locale("de")`
 * to SimpleDateFormat and DateTimeFormatter.
 *
 * NOTE: the date classes always print US English names whatever locale they
 * are given; a German locale still formats `Dec`, not `Dez`.
 */

import type { ExecutionContext } from "../context.ts";
import { RuleException } from "../errors.ts";
import { defineClass } from "../registry.ts";
import { NOT_FOUND, RuntimeObject, type Value } from "../values.ts";
import { expectArgs } from "../gdk/collections/support.ts";

export class LocaleValue extends RuntimeObject {
  readonly className = "java.util.Locale";

  constructor(
    readonly language: string,
    readonly country = "",
  ) {
    super();
  }

  override getProperty(_ctx: ExecutionContext, name: string): Value | typeof NOT_FOUND {
    if (name === "language") return this.language;
    if (name === "country") return this.country;
    return NOT_FOUND;
  }

  override invokeMethod(_ctx: ExecutionContext, name: string, args: Value[]): Value | typeof NOT_FOUND {
    switch (name) {
      case "getLanguage":
        expectArgs(this, name, args, 0);
        return this.language;
      case "getCountry":
        expectArgs(this, name, args, 0);
        return this.country;
      case "toLanguageTag":
        expectArgs(this, name, args, 0);
        return this.country === "" ? this.language || "und" : `${this.language}-${this.country}`;
      case "toString":
        expectArgs(this, name, args, 0);
        return this.toString();
      default:
        return NOT_FOUND;
    }
  }

  groovyEquals(other: Value): boolean {
    return other instanceof LocaleValue && other.language === this.language && other.country === this.country;
  }

  /** `en_US`, as Java prints a locale. */
  override toString(): string {
    return this.country === "" ? this.language : `${this.language}_${this.country}`;
  }
}

const CONSTANTS: Record<string, [string, string]> = {
  US: ["en", "US"],
  UK: ["en", "GB"],
  ENGLISH: ["en", ""],
  ROOT: ["", ""],
  CANADA: ["en", "CA"],
  GERMANY: ["de", "DE"],
  GERMAN: ["de", ""],
  FRANCE: ["fr", "FR"],
  FRENCH: ["fr", ""],
  ITALY: ["it", "IT"],
  JAPAN: ["ja", "JP"],
};

function textArgs(args: Value[]): string[] {
  if (args.length < 1 || args.length > 2 || !args.every((a) => typeof a === "string")) {
    throw new RuleException("GroovyRuntimeException", 'new Locale() needs a language and optionally a country, such as new Locale("en", "US")');
  }
  return args as string[];
}

defineClass("java.util.Locale", {
  construct: (_ctx, args) => {
    const [language, country] = textArgs(args);
    return new LocaleValue(language!.toLowerCase(), (country ?? "").toUpperCase());
  },
  statics: {
    getDefault: () => new LocaleValue("en", "US"),
    forLanguageTag: (_ctx, args) => {
      const [tag] = textArgs(args);
      const [language = "", country = ""] = tag!.split(/[-_]/);
      return new LocaleValue(language.toLowerCase(), country.toUpperCase());
    },
  },
  staticProperties: Object.fromEntries(
    Object.entries(CONSTANTS).map(([name, [language, country]]) => [name, () => new LocaleValue(language, country)]),
  ),
});
