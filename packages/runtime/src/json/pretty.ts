/**
 * `JsonOutput.prettyPrint(text)`: re-indents JSON text token by token with
 * 4 spaces per level, exactly as Groovy does. Like Groovy, it checks tokens
 * but not structure, writes an empty array or object as an opening bracket,
 * an indented blank line and a closing bracket, and re-escapes strings
 * (so `é` becomes `\u00e9`).
 */

import type { ExecutionContext } from "../context.ts";
import { jsonError, quoteJson } from "./output.ts";

const NUMBER_CHARS = /[0-9eE.+-]/;

function positionText(text: string, at: number): string {
  let line = 1;
  let column = 1;
  for (let i = 0; i < at; i++) {
    if (text[i] === "\n") {
      line++;
      column = 1;
    } else {
      column++;
    }
  }
  return `line ${line}, column ${column}`;
}

/** Reads a string token starting at the quote; returns its value and the index after the closing quote. */
function readString(text: string, start: number): [string, number] {
  let out = "";
  let i = start + 1;
  for (;;) {
    if (i >= text.length) throw jsonError(`unterminated string in JSON text at ${positionText(text, start)}`);
    const c = text[i]!;
    if (c === '"') return [out, i + 1];
    if (c !== "\\") {
      out += c;
      i++;
      continue;
    }
    const e = text[i + 1];
    const simple: Record<string, string> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };
    if (e !== undefined && Object.hasOwn(simple, e)) {
      out += simple[e];
      i += 2;
    } else if (e === "u" && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
      out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
      i += 6;
    } else {
      throw jsonError(`invalid escape in a JSON string at ${positionText(text, i)}`);
    }
  }
}

/** Pretty-prints JSON text. Raises a JsonException naming the position of an invalid token. */
export function prettyPrintJson(text: string, ctx?: ExecutionContext): string {
  const out: string[] = [];
  let indent = 0;
  let length = 0;
  const emit = (part: string) => {
    out.push(part);
    length += part.length;
    ctx?.checkString(length);
  };
  const newline = () => emit("\n" + " ".repeat(indent));

  let i = 0;
  while (i < text.length) {
    ctx?.step();
    const c = text[i]!;
    if (c === " " || c === "\t" || c === "\n" || c === "\r") {
      i++;
    } else if (c === "{" || c === "[") {
      indent += 4;
      emit(c);
      newline();
      i++;
    } else if (c === "}" || c === "]") {
      indent = Math.max(indent - 4, 0);
      emit("\n" + " ".repeat(indent) + c);
      i++;
    } else if (c === ",") {
      emit(",");
      newline();
      i++;
    } else if (c === ":") {
      emit(": ");
      i++;
    } else if (c === '"') {
      const [value, next] = readString(text, i);
      emit(quoteJson(value));
      i = next;
    } else if (NUMBER_CHARS.test(c)) {
      let end = i;
      while (end < text.length && NUMBER_CHARS.test(text[end]!)) end++;
      emit(text.slice(i, end));
      i = end;
    } else {
      const word = ["true", "false", "null"].find((w) => w[0] === c);
      if (word === undefined || !text.startsWith(word, i)) {
        const what = word === undefined ? "an unexpected character" : `an invalid token; expected '${word}'`;
        throw jsonError(`cannot pretty-print JSON: ${what} at ${positionText(text, i)} ('${text.slice(i, i + 10)}')`);
      }
      emit(word);
      i += word.length;
    }
  }
  return out.join("");
}
