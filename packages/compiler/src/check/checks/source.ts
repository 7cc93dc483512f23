/**
 * Checks on the source text (Trojan Source, CVE-2021-42574): bidirectional
 * control characters that reorder how code is displayed, invisible characters
 * that make two names look the same, and names that mix Latin letters with
 * look-alike Cyrillic or Greek ones.
 */

import { isQuotedProperty } from "../describe.ts";
import { defineCheck, defineRuleCheck, type CheckContext, type RuleCheckContext } from "../registry.ts";

/** Unicode bidirectional embedding, override and isolate controls. */
const BIDI_CONTROLS = new Map<number, string>([
  [0x202a, "LEFT-TO-RIGHT EMBEDDING"],
  [0x202b, "RIGHT-TO-LEFT EMBEDDING"],
  [0x202c, "POP DIRECTIONAL FORMATTING"],
  [0x202d, "LEFT-TO-RIGHT OVERRIDE"],
  [0x202e, "RIGHT-TO-LEFT OVERRIDE"],
  [0x2066, "LEFT-TO-RIGHT ISOLATE"],
  [0x2067, "RIGHT-TO-LEFT ISOLATE"],
  [0x2068, "FIRST STRONG ISOLATE"],
  [0x2069, "POP DIRECTIONAL ISOLATE"],
]);

/** Characters that render as nothing in most editors. */
const INVISIBLE = new Map<number, string>([
  [0x00ad, "SOFT HYPHEN"],
  [0x061c, "ARABIC LETTER MARK"],
  [0x115f, "HANGUL CHOSEONG FILLER"],
  [0x1160, "HANGUL JUNGSEONG FILLER"],
  [0x180e, "MONGOLIAN VOWEL SEPARATOR"],
  [0x200b, "ZERO WIDTH SPACE"],
  [0x200c, "ZERO WIDTH NON-JOINER"],
  [0x200d, "ZERO WIDTH JOINER"],
  [0x200e, "LEFT-TO-RIGHT MARK"],
  [0x200f, "RIGHT-TO-LEFT MARK"],
  [0x2060, "WORD JOINER"],
  [0x2061, "FUNCTION APPLICATION"],
  [0x2062, "INVISIBLE TIMES"],
  [0x2063, "INVISIBLE SEPARATOR"],
  [0x2064, "INVISIBLE PLUS"],
  [0x3164, "HANGUL FILLER"],
  [0xfeff, "ZERO WIDTH NO-BREAK SPACE"],
  [0xffa0, "HALFWIDTH HANGUL FILLER"],
]);

const SUSPECT = /[\u00ad\u061c\u115f\u1160\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\u3164\ufeff\uffa0]/g;

function codePointLabel(code: number): string {
  return "U+" + code.toString(16).toUpperCase().padStart(4, "0");
}

defineRuleCheck((context: RuleCheckContext) => {
  const source = context.source;
  if (source === undefined) return;
  // Bidirectional controls come in pairs (an override and its end); each line is reported once, from its first control.
  const bidiLines = new Map<number, { start: number; end: number; code: number; count: number }>();
  for (const match of source.matchAll(SUSPECT)) {
    const offset = match.index!;
    const code = source.charCodeAt(offset);
    // A byte order mark at the very start is an encoding marker, not content.
    if (code === 0xfeff && offset === 0) continue;
    if (BIDI_CONTROLS.has(code)) {
      const line = context.lineMap.position(offset).line;
      const known = bidiLines.get(line);
      if (known === undefined) bidiLines.set(line, { start: offset, end: offset + 1, code, count: 1 });
      else {
        known.end = offset + 1;
        known.count++;
      }
      continue;
    }
    context.report("invisible-character", { start: offset, end: offset + 1 }, { codePoint: codePointLabel(code), characterName: INVISIBLE.get(code)! });
  }
  for (const found of bidiLines.values()) {
    const more = found.count === 1 ? "" : ` and ${found.count - 1} more on this line`;
    context.report("bidi-control-character", found, { codePoint: codePointLabel(found.code), characterName: BIDI_CONTROLS.get(found.code)!, more });
  }
});

const LATIN = /[A-Za-z]/;
const LOOK_ALIKE_SCRIPTS: [RegExp, string][] = [
  [/\p{Script=Cyrillic}/u, "Cyrillic"],
  [/\p{Script=Greek}/u, "Greek"],
];

/** Returns the name of the look-alike script a Latin name mixes in, or null. */
function mixedScript(name: string): string | null {
  if (!LATIN.test(name)) return null;
  for (const [pattern, script] of LOOK_ALIKE_SCRIPTS) if (pattern.test(name)) return script;
  return null;
}

/** Reports a mixed-script name once per rule, where it first appears. */
function checkName(name: string, start: number, end: number, context: CheckContext): void {
  const script = mixedScript(name);
  if (script === null || context.facts.reportedNames.has(name)) return;
  context.facts.reportedNames.add(name);
  context.report("mixed-script-identifier", { start, end }, { name, script });
}

defineCheck("Identifier", (node, context) => checkName(node.name, node.start, node.end, context));
defineCheck("VariableDeclaration", (node, context) => {
  for (const d of node.declarators) checkName(d.name, d.nameStart, d.nameEnd, context);
});
defineCheck("PropertyExpression", (node, context) => {
  if (typeof node.property === "string" && !isQuotedProperty(node)) checkName(node.property, node.propertyStart, node.propertyEnd, context);
});
defineCheck("MethodCallExpression", (node, context) => {
  if (typeof node.name === "string") checkName(node.name, node.nameStart, node.nameEnd, context);
});
