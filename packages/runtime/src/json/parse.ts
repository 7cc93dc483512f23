/**
 * JSON text to runtime values, as `groovy.json.JsonSlurper.parseText`
 * returns them: objects become insertion-ordered maps (a repeated key keeps
 * its first position and its last value), integers become Integer, Long or
 * BigInteger by size, numbers with a fraction or exponent become BigDecimal
 * with the scale written (`1.50` stays `1.50`).
 *
 * Keys such as `__proto__` and `constructor` are plain map keys. Nesting is
 * bounded by {@link MAX_JSON_DEPTH}, so hostile input cannot overflow the stack.
 *
 * NOTE: this parser follows the JSON grammar strictly: trailing text, leading
 * zeros (`01`) and `1.` are errors, where Groovy's parser is lenient about some of them.
 */

import type { ExecutionContext } from "../context.ts";
import { RuleException } from "../errors.ts";
import { mapPut, newMap } from "../map.ts";
import { GBigDecimal, GBigInteger, GLong, type Value } from "../values.ts";
import { jsonError, MAX_JSON_DEPTH } from "./output.ts";

const INT_MIN = -(2n ** 31n);
const INT_MAX = 2n ** 31n - 1n;
const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;

/** The runtime value of a JSON number token. */
export function jsonNumber(token: string): Value {
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(token);
  if (match === null) throw jsonError(`invalid number '${token}'`);
  const [, sign, whole, fraction, exponent] = match;
  if (fraction === undefined && exponent === undefined) {
    const value = BigInt(sign + whole!);
    if (value >= INT_MIN && value <= INT_MAX) return Number(value);
    if (value >= LONG_MIN && value <= LONG_MAX) return new GLong(value);
    return new GBigInteger(value);
  }
  const digits = whole! + (fraction ?? "");
  const scale = (fraction?.length ?? 0) - Number(exponent ?? "0");
  if (!Number.isSafeInteger(scale) || Math.abs(scale) > 1_000_000) {
    throw jsonError(`the number '${token}' has an exponent out of range`);
  }
  return new GBigDecimal(BigInt(sign + digits), scale);
}

class JsonParser {
  private position = 0;
  private elements = 0;

  constructor(
    private readonly text: string,
    private readonly ctx: ExecutionContext | undefined,
  ) {}

  parseDocument(): Value {
    this.skipWhitespace();
    const value = this.parseValue(0);
    this.skipWhitespace();
    if (this.position < this.text.length) this.fail("unexpected text after the JSON value");
    return value;
  }

  /** Raises a JsonException naming the line and column of the current position. */
  private fail(message: string, at = this.position): never {
    let line = 1;
    let column = 1;
    for (let i = 0; i < at && i < this.text.length; i++) {
      if (this.text[i] === "\n") {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    const found = at < this.text.length ? `'${this.text[at]}'` : "the end of the text";
    throw jsonError(`${message} at line ${line}, column ${column} (found ${found})`);
  }

  private skipWhitespace(): void {
    while (this.position < this.text.length) {
      const c = this.text[this.position];
      if (c !== " " && c !== "\t" && c !== "\n" && c !== "\r") break;
      this.position++;
    }
  }

  private count(): void {
    this.elements++;
    if (this.ctx !== undefined) {
      this.ctx.step();
      this.ctx.checkCollection(this.elements);
    }
  }

  private parseValue(depth: number): Value {
    const c = this.text[this.position];
    if (c === "{" || c === "[") {
      if (depth >= MAX_JSON_DEPTH) this.fail(`JSON nested more than ${MAX_JSON_DEPTH} levels deep`);
      return c === "{" ? this.parseObject(depth + 1) : this.parseArray(depth + 1);
    }
    if (c === '"') return this.parseString();
    if (c === "-" || (c !== undefined && c >= "0" && c <= "9")) return this.parseNumber();
    for (const [word, value] of [["true", true], ["false", false], ["null", null]] as const) {
      if (this.text.startsWith(word, this.position)) {
        this.position += word.length;
        return value;
      }
    }
    return this.fail(c === undefined ? "expected a JSON value" : "expected a string, number, array, object, true, false or null");
  }

  private parseObject(depth: number): Value {
    const map = newMap();
    this.position++;
    this.skipWhitespace();
    if (this.text[this.position] === "}") {
      this.position++;
      return map;
    }
    for (;;) {
      this.skipWhitespace();
      if (this.text[this.position] !== '"') this.fail("expected a quoted key in the JSON object");
      const key = this.parseString();
      this.skipWhitespace();
      if (this.text[this.position] !== ":") this.fail("expected ':' after the key in the JSON object");
      this.position++;
      this.skipWhitespace();
      mapPut(map, key, this.parseValue(depth));
      this.count();
      this.skipWhitespace();
      const next = this.text[this.position];
      this.position++;
      if (next === "}") return map;
      if (next !== ",") this.fail("expected ',' or '}' in the JSON object", this.position - 1);
    }
  }

  private parseArray(depth: number): Value {
    const list: Value[] = [];
    this.position++;
    this.skipWhitespace();
    if (this.text[this.position] === "]") {
      this.position++;
      return list;
    }
    for (;;) {
      this.skipWhitespace();
      list.push(this.parseValue(depth));
      this.count();
      this.skipWhitespace();
      const next = this.text[this.position];
      this.position++;
      if (next === "]") return list;
      if (next !== ",") this.fail("expected ',' or ']' in the JSON array", this.position - 1);
    }
  }

  private parseNumber(): Value {
    const match = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    match.lastIndex = this.position;
    const found = match.exec(this.text);
    if (found === null) return this.fail("invalid number in JSON");
    const end = this.position + found[0].length;
    const following = this.text[end];
    if (following !== undefined && /[0-9.eE+\-]/.test(following)) this.fail("invalid number in JSON", end);
    this.position = end;
    return jsonNumber(found[0]);
  }

  private parseString(): string {
    const start = this.position;
    this.position++;
    let out = "";
    for (;;) {
      const end = this.text.indexOf('"', this.position);
      const escape = this.text.indexOf("\\", this.position);
      if (end < 0) this.fail("unterminated string in JSON", start);
      if (escape < 0 || escape > end) {
        out += this.text.slice(this.position, end);
        this.position = end + 1;
        return out;
      }
      out += this.text.slice(this.position, escape);
      this.position = escape + 1;
      out += this.parseEscape();
    }
  }

  private parseEscape(): string {
    const c = this.text[this.position++];
    switch (c) {
      case '"':
      case "\\":
      case "/":
        return c;
      case "b":
        return "\b";
      case "f":
        return "\f";
      case "n":
        return "\n";
      case "r":
        return "\r";
      case "t":
        return "\t";
      case "u": {
        const hex = this.text.slice(this.position, this.position + 4);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail("invalid \\u escape in a JSON string", this.position - 2);
        this.position += 4;
        return String.fromCharCode(parseInt(hex, 16));
      }
      default:
        return this.fail("invalid escape in a JSON string", this.position - 2);
    }
  }
}

/**
 * Parses JSON text into runtime values without losing digits: `1.50` stays
 * a BigDecimal with scale 2 and `10000000000` becomes a Long. With a context,
 * each element counts as a step and against the collection size limit.
 */
export function parseJsonText(text: string, ctx?: ExecutionContext): Value {
  if (text.length === 0) {
    throw new RuleException("IllegalArgumentException", "Text must not be null or empty");
  }
  return new JsonParser(text, ctx).parseDocument();
}
