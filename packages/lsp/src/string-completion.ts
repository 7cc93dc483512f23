/**
 * Completion inside string literals where the instance schema lists the
 * valid values: statuses in `setStatus("…")`, priorities, issue types,
 * projects and resolutions in `nodeHelper` lookups and in `projectKey` and
 * `typeName` writes, and custom field names after `customFields.` and in
 * `nodeHelper.getOption(issue, "…")`, and the field's options in its third
 * argument. Matching is textual, so it also works while the string is not
 * closed yet.
 */

import { findCustomField, type InstanceSchema } from "@twinsync/compiler";
import { CompletionItemKind, type CompletionItem } from "vscode-languageserver";
import { rangeOf, type DocumentAnalysis } from "./analysis.ts";

type ValueList = "statuses" | "priorities" | "issueTypes" | "projects" | "resolutions" | "customFields";

/** Text before the opening quote, and the list whose values belong in the string. */
const CONTEXTS: { pattern: RegExp; list: ValueList; what: string }[] = [
  { pattern: /\.\s*setStatus\s*\(\s*$/, list: "statuses", what: "status" },
  { pattern: /nodeHelper\s*\.\s*getPriority\s*\(\s*$/, list: "priorities", what: "priority" },
  { pattern: /nodeHelper\s*\.\s*getIssueType\s*\(\s*$/, list: "issueTypes", what: "issue type" },
  { pattern: /nodeHelper\s*\.\s*getProject\s*\(\s*$/, list: "projects", what: "project" },
  { pattern: /nodeHelper\s*\.\s*getResolution\s*\(\s*$/, list: "resolutions", what: "resolution" },
  { pattern: /\.\s*projectKey\s*=\s*$/, list: "projects", what: "project" },
  { pattern: /\.\s*typeName\s*=\s*$/, list: "issueTypes", what: "issue type" },
  { pattern: /customFields\s*\.\s*$/, list: "customFields", what: "custom field" },
  { pattern: /nodeHelper\s*\.\s*getOption\s*\(\s*[\w.]+\s*,\s*$/, list: "customFields", what: "custom field" },
];

/** `nodeHelper.getOption(issue, "Team", "…")`: the third argument is an option of the named field. */
const OPTION_CONTEXT = /nodeHelper\s*\.\s*getOption\s*\(\s*[\w.]+\s*,\s*(["'])([^"'\\$]*)\1\s*,\s*$/;

function optionContext(instance: InstanceSchema, fieldName: string): { values: string[]; what: string } | undefined {
  const field = findCustomField(instance, fieldName);
  return field?.options === undefined ? undefined : { values: field.options, what: `option of custom field '${field.name}'` };
}

function valuesOf(instance: InstanceSchema, list: ValueList): string[] {
  if (list === "customFields") return instance.customFields?.map((field) => field.name) ?? [];
  return instance[list] ?? [];
}

/** Returns the instance values for a string at `offset`, or null when the string is not one of the known places. */
export function stringValueCompletions(doc: DocumentAnalysis, offset: number): CompletionItem[] | null {
  const instance = doc.settings.config?.instance;
  if (instance === undefined) return null;
  const lineStart = doc.text.lastIndexOf("\n", offset - 1) + 1;
  const before = doc.text.slice(lineStart, offset);
  const open = /(["'])([^"'\\$]*)$/.exec(before);
  if (open === null) return null;
  const quoteAt = lineStart + open.index;
  const prefix = doc.text.slice(lineStart, quoteAt);
  const quote = open[1]!;
  const range = rangeOf(doc, quoteAt + 1, offset);
  const option = OPTION_CONTEXT.exec(prefix);
  const context = option !== null ? optionContext(instance, option[2]!) : CONTEXTS.find((c) => c.pattern.test(prefix));
  if (context === undefined) return null;
  const values = "values" in context ? context.values : valuesOf(instance, context.list);
  return values
    .filter((value) => !value.includes(quote) && !value.includes("\\"))
    .map((value) => ({
      label: value,
      kind: CompletionItemKind.Value,
      detail: `${context.what} of instance '${instance.name}'`,
      textEdit: { range, newText: value },
    }));
}
