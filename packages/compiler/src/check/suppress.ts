/**
 * Suppression comments and severity settings.
 *
 * `// twinsync-disable-next-line code-a, code-b` drops those codes on the next
 * line, `// twinsync-disable-line code-a` on the comment's own line. Without
 * codes, every checker diagnostic on that line is dropped. Text after `--` is
 * a reason for readers.
 */

import { diagnostic, DIAGNOSTICS, formatMessage, type Diagnostic, type DiagnosticCode, type DiagnosticDefinition } from "../diagnostics.ts";
import type { LineMap } from "../line-map.ts";
import type { Comment } from "../syntax/lexer.ts";
import type { SeveritySetting } from "./config.ts";
import { closestName, didYouMean } from "./suggest.ts";

const DIRECTIVE = /^\s*twinsync-disable-(next-line|line)\b([^]*)$/;

/** Lines with suppressed codes: `null` means every code. */
export interface Suppressions {
  byLine: Map<number, Set<string> | null>;
  /** Problems in the comments themselves, such as an unknown code. */
  problems: Diagnostic[];
}

function commentText(source: string, comment: Comment): string {
  const raw = source.slice(comment.start, comment.end);
  return comment.kind === "line" ? raw.replace(/^\/\//, "") : raw.replace(/^\/\*/, "").replace(/\*\/$/, "");
}

export function readSuppressions(source: string, comments: Comment[], lineMap: LineMap): Suppressions {
  const byLine = new Map<number, Set<string> | null>();
  const problems: Diagnostic[] = [];
  for (const comment of comments) {
    const match = DIRECTIVE.exec(commentText(source, comment));
    if (match === null) continue;
    const line = lineMap.position(comment.start).line + (match[1] === "next-line" ? 1 : 0);
    const list = match[2]!.split("--")[0]!.trim();
    const codes = list === "" ? [] : list.split(/[\s,]+/).filter((c) => c !== "");
    if (codes.length === 0) {
      byLine.set(line, null);
      continue;
    }
    const set = byLine.get(line) ?? new Set<string>();
    if (set === null) continue;
    for (const code of codes) {
      if (!Object.hasOwn(DIAGNOSTICS, code)) {
        const suggestion = closestName(code, Object.keys(DIAGNOSTICS) as string[]);
        const at = source.indexOf(code, comment.start);
        problems.push(diagnostic("unknown-suppression-code", formatMessage("unknown-suppression-code", { name: code, hint: didYouMean(suggestion) }), at, at + code.length));
      }
      set.add(code);
    }
    byLine.set(line, set);
  }
  return { byLine, problems };
}

function hasTemplate(code: DiagnosticCode): boolean {
  const definition: DiagnosticDefinition = DIAGNOSTICS[code];
  return definition.message !== undefined;
}

/** Whether a diagnostic is dropped by a suppression comment. Only checker codes (those with message templates) can be suppressed. */
export function isSuppressed(d: Diagnostic, suppressions: Suppressions, lineMap: LineMap): boolean {
  if (suppressions.byLine.size === 0 || !hasTemplate(d.code) || d.code === "unknown-suppression-code") return false;
  const line = lineMap.position(d.start).line;
  if (!suppressions.byLine.has(line)) return false;
  const codes = suppressions.byLine.get(line)!;
  return codes === null || codes.has(d.code);
}

/** Applies per-code severity settings: `off` drops the diagnostic, a severity replaces the default. */
export function applySeverities(diagnostics: Diagnostic[], settings: Partial<Record<DiagnosticCode, SeveritySetting>> | undefined): Diagnostic[] {
  if (settings === undefined) return diagnostics;
  const out: Diagnostic[] = [];
  for (const d of diagnostics) {
    const setting = settings[d.code];
    if (setting === "off") continue;
    out.push(setting === undefined ? d : { ...d, severity: setting });
  }
  return out;
}
