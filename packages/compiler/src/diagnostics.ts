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
  "duplicate-method": { severity: "error", description: "Two script methods have the same name and parameter count." },
  "unknown-class": { severity: "error", description: "A class name that sync rules cannot use." },
  "misplaced-statement": { severity: "error", description: "'break', 'continue' or 'return' where it cannot appear." },
} as const satisfies Record<string, DiagnosticDefinition>;

export type DiagnosticCode = keyof typeof DIAGNOSTICS;

/** A problem found in rule text. `start`/`end` are UTF-16 offsets, end exclusive. */
export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  message: string;
  start: number;
  end: number;
}

export function diagnostic(code: DiagnosticCode, message: string, start: number, end: number): Diagnostic {
  return { code, severity: DIAGNOSTICS[code].severity, message, start, end: Math.max(end, start) };
}
