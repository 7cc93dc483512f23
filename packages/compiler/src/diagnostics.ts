/**
 * The catalogue of compiler diagnostics: every code the lexer, parser and
 * compiler can report, with its default severity. Codes are stable kebab-case
 * identifiers; tools and suppression comments refer to them.
 */

export type Severity = "error" | "warning" | "info" | "hint";

export interface DiagnosticDefinition {
  severity: Severity;
  /** One-line description for docs and `--help`. */
  description: string;
  /**
   * Message template for checker diagnostics: `{name}` placeholders are
   * filled by `formatMessage`. Lexer, parser and compiler codes build their
   * messages in place and have none.
   */
  message?: string;
}

export const DIAGNOSTICS = {
  "syntax-error": { severity: "error", description: "The text does not follow Groovy syntax." },
  "unterminated-string": { severity: "error", description: "A string literal has no closing quote." },
  "unterminated-comment": { severity: "error", description: "A block comment has no closing '*/'." },
  "invalid-escape": { severity: "error", description: "A backslash escape in a string is not valid Groovy." },
  "invalid-number": { severity: "error", description: "A number literal is malformed or out of range." },
  "invalid-character": { severity: "error", description: "A character that cannot start any token." },
  "invalid-interpolation": { severity: "error", description: "A '$' in a double-quoted string is not followed by a name or '{'." },
  "unsupported-construct": { severity: "error", description: "The construct is valid Groovy but not supported in sync rules." },
  "invalid-assignment-target": { severity: "error", description: "The left side of an assignment cannot be assigned." },
  "nesting-too-deep": { severity: "error", description: "Expressions or blocks are nested more deeply than the parser and compiler support." },
  "duplicate-variable": { severity: "error", description: "A variable is declared again where a variable of that name is already in scope." },
  "duplicate-method": { severity: "error", description: "Two script methods have the same name and parameter count." },
  "unknown-class": { severity: "error", description: "A class name that sync rules cannot use." },
  "misplaced-statement": { severity: "error", description: "'break', 'continue' or 'return' where it cannot appear." },
  // Checker codes. Messages are templates: `{name}` is filled in, and `{hint}` is an optional "; did you mean 'x'?".
  "unknown-variable": { severity: "error", description: "A name that is neither a local variable, a rule variable, a script method nor a class.", message: "unknown variable '{name}'{hint}" },
  "variable-not-in-direction": { severity: "error", description: "A rule variable that exists only in the other direction, such as 'firstSync' in an outgoing rule.", message: "'{name}' is only available in {direction} rules" },
  "script-local-in-method": { severity: "error", description: "A script method reads a 'def' variable of the script body, which methods cannot see.", message: "'{name}' is a local variable of the script body, and script methods cannot see it; pass it as a parameter or drop 'def' to make it a binding variable" },
  "unknown-property": { severity: "error", description: "A property that the value's type does not have.", message: "{type} has no property '{name}'{hint}" },
  "unknown-field": { severity: "warning", description: "A property of the issue model that is not declared and looks like a misspelt declared field.", message: "'{name}' is not a field of {type}; did you mean '{suggestion}'?" },
  "member-not-in-direction": { severity: "warning", description: "A model member that only the other direction provides, such as 'replica.addedComments' in an outgoing rule.", message: "'{name}' is only computed in {direction} rules, so it is null here" },
  "unknown-method": { severity: "error", description: "A method that the receiver does not have, or an unknown script method.", message: "{type} has no method '{name}'{hint}" },
  "wrong-argument-count": { severity: "error", description: "A call with too few or too many arguments for the method's signature.", message: "{name} takes {expected}, but {actual} {verb} given" },
  "type-mismatch": { severity: "error", description: "A value whose type cannot be converted to the declared type of a typed variable or a helper parameter.", message: "{target} expects {expected}, but the value is {actual}{hint}" },
  "field-type-mismatch": { severity: "warning", description: "A value assigned to a model field whose declared type it cannot have, such as a name where the tracker expects a user object.", message: "field '{name}' holds {expected}, but the value is {actual}{hint}" },
  "write-has-no-effect": { severity: "warning", description: "A write to the local record in an outgoing rule, which is never saved.", message: "writing '{name}' of the local record in an outgoing rule has no effect; outgoing rules fill 'replica'" },
  "read-only-field": { severity: "warning", description: "A write to a field that the tracker sets, such as 'created' or 'updated'.", message: "'{name}' is set by the tracker and cannot be written by an incoming rule" },
  "null-dereference": { severity: "warning", description: "A property read or method call on a value that can be null.", message: "'{expression}' can be null{reason}; use '?.' or check it first" },
  "assignment-in-condition": { severity: "warning", description: "An assignment used as a condition, usually a mistyped '=='.", message: "assignment in a condition; use '==' to compare, or wrap the assignment in parentheses if it is meant" },
  "unreachable-code": { severity: "warning", description: "Statements after a 'return', 'throw', 'break' or 'continue' that can never run.", message: "unreachable code after '{after}'" },
  "unused-variable": { severity: "warning", description: "A local variable that is declared but never read.", message: "variable '{name}' is never read" },
  "unused-method": { severity: "warning", description: "A script method that is never called.", message: "method '{name}' is never called" },
  "duplicate-map-key": { severity: "warning", description: "A map literal with the same key twice; the later value wins.", message: "duplicate map key '{name}'; the value at {line}:{column} is overwritten" },
  "sync-back-outside-first-sync": { severity: "warning", description: "'syncHelper.syncBackAfterProcessing()' outside 'if (firstSync)', which can start endless back-and-forth updates.", message: "syncBackAfterProcessing() outside 'if (firstSync)' syncs back after every update, which can loop between the two sides" },
  "first-sync-missing-project": { severity: "warning", description: "An incoming rule that can reach its end on a first sync without setting the project or issue type of the new record.", message: "on a first sync this rule can finish without setting {missing}, so the {connector} side cannot create the record; set it inside 'if (firstSync)'" },
  "copy-may-wipe": { severity: "hint", description: "A nullable remote value copied to the local record without a guard, which erases local data when the remote side has none.", message: "'{expression}' can be null and would erase the local '{name}'; guard it with 'if' or use '?:' with a default" },
  "unknown-custom-field": { severity: "warning", description: "A custom field name that the instance schema in twinsync.config.json does not declare.", message: "unknown custom field '{name}'{hint}" },
  "unknown-status": { severity: "warning", description: "A status name that the instance schema does not list.", message: "status '{name}' is not among the statuses of {instance}{hint}" },
  "unknown-option": { severity: "warning", description: "An option value that the custom field in the instance schema does not allow.", message: "'{name}' is not an option of custom field '{field}'{hint}" },
  "unknown-instance-value": { severity: "warning", description: "A priority, issue type, project or resolution name that the instance schema does not list.", message: "{what} '{name}' is not among the {plural} of {instance}{hint}" },
  "bidi-control-character": { severity: "error", description: "A bidirectional text control character, which can make code read differently from how it runs (Trojan Source).", message: "bidirectional control character {codePoint} ({characterName}){more} can make the code display differently from how it runs; remove it" },
  "invisible-character": { severity: "warning", description: "An invisible character such as a zero-width space, which can make two names look equal.", message: "invisible character {codePoint} ({characterName}) in the source; remove it" },
  "mixed-script-identifier": { severity: "warning", description: "A name that mixes Latin letters with look-alike letters of another script.", message: "'{name}' mixes Latin letters with {script} letters that look alike" },
  "deprecated-api": { severity: "warning", description: "A method or property that is deprecated.", message: "{name} is deprecated: {reason}" },
  "unsupported-api": { severity: "error", description: "A Groovy or Java feature that sync rules cannot use, such as 'Thread' or 'metaClass'.", message: "{name} is not available in sync rules: {reason}" },
  "unknown-suppression-code": { severity: "warning", description: "A suppression comment that names a code the catalogue does not have.", message: "unknown diagnostic code '{name}' in suppression comment{hint}" },
} as const satisfies Record<string, DiagnosticDefinition>;

export type DiagnosticCode = keyof typeof DIAGNOSTICS;

/** A second place in the rule that explains a diagnostic, such as the declaration that a duplicate repeats. */
export interface RelatedLocation {
  start: number;
  end: number;
  /** What the place has to do with the problem, as a sentence fragment such as "'user' gets a value that can be null here". */
  message: string;
}

/** A problem found in rule text. `start`/`end` are UTF-16 offsets, end exclusive. */
export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  message: string;
  start: number;
  end: number;
  /** Text that fixes the problem when it replaces `start`..`end` (a did-you-mean name), for editor quick fixes. */
  replacement?: string;
  /** Other places that explain the problem, in the same rule. */
  related?: RelatedLocation[];
}

export function diagnostic(code: DiagnosticCode, message: string, start: number, end: number): Diagnostic {
  return { code, severity: DIAGNOSTICS[code].severity, message, start, end: Math.max(end, start) };
}

/**
 * Fills a code's message template: `{key}` becomes `values[key]`, and a
 * placeholder without a value becomes empty text.
 */
export function formatMessage(code: DiagnosticCode, values: Readonly<Record<string, string | number>>): string {
  const definition: DiagnosticDefinition = DIAGNOSTICS[code];
  const template = definition.message ?? definition.description;
  return template.replace(/\{(\w+)\}/g, (_, key: string) => (Object.hasOwn(values, key) ? String(values[key]) : ""));
}
