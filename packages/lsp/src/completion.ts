/**
 * Completion: members of the receiver's type after `.`, `?.` and `*.`, and
 * otherwise the visible locals, the rule variables of the direction, script
 * methods, keywords and snippets for common rule patterns.
 */

import { analyzeRule, formatType, parse, type CheckType } from "@twinsync/compiler";
import * as R from "@twinsync/runtime";
import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem, type CompletionList } from "vscode-languageserver";
import type { DocumentAnalysis } from "./analysis.ts";
import { formatSignatureType, membersOf, type Member } from "./members.ts";
import { scriptMethods, visibleSymbols } from "./scopes.ts";
import { stringValueCompletions } from "./string-completion.ts";
import { nodePath } from "./tree.ts";

const KEYWORDS = ["def", "if", "else", "for", "in", "while", "do", "return", "try", "catch", "finally", "throw", "new", "null", "true", "false", "switch", "case", "default", "break", "continue", "import", "as", "instanceof", "assert"];

/** Name written in place of the missing member when the text before the cursor ends in a dot. */
const PLACEHOLDER = "twinsyncCompletionPlaceholder";

/** Sort groups: lower sorts first. */
const RANK = { local: "0", member: "0", variable: "1", method: "1", gdk: "2", keyword: "3", snippet: "4" } as const;

const isNamePart = (ch: string) => /[\w$]/.test(ch);

function insideComment(doc: DocumentAnalysis, offset: number): boolean {
  for (const comment of doc.compiled.comments) {
    if (comment.start < offset && (offset < comment.end || (comment.kind === "line" && offset === comment.end))) return true;
  }
  return false;
}

function insideString(doc: DocumentAnalysis, offset: number): boolean {
  const innermost = nodePath(doc.compiled.script, offset).at(-1);
  return innermost !== undefined && innermost.kind === "StringLiteral" && innermost.start < offset && offset < innermost.end;
}

/** The member operator that ends right before `wordStart`, or null. */
function memberOperatorBefore(text: string, wordStart: number): { operator: string; start: number } | null {
  let at = wordStart;
  while (at > 0 && (text[at - 1] === " " || text[at - 1] === "\t")) at--;
  if (text[at - 1] !== ".") return null;
  if (text[at - 2] === "." ) return null; // a range `1..`
  if (text[at - 2] === "?" || text[at - 2] === "*") return { operator: text.slice(at - 2, at), start: at - 2 };
  return { operator: ".", start: at - 1 };
}

type Analysis = DocumentAnalysis["analysis"];

function receiverIn(script: DocumentAnalysis["compiled"]["script"], analysis: Analysis, wordStart: number): CheckType | null {
  for (const node of nodePath(script, wordStart).reverse()) {
    if (node.kind === "PropertyExpression" && node.propertyStart === wordStart) return analysis.typeOf(node.object);
    if (node.kind === "MethodCallExpression" && node.object !== null && node.nameStart === wordStart) return analysis.typeOf(node.object);
  }
  return null;
}

/**
 * The type of the expression before the member operator. The current tree
 * has it when the member name is already written; otherwise the text is
 * analysed again with a placeholder name after the dot.
 */
export function receiverType(doc: DocumentAnalysis, wordStart: number, offset: number): CheckType | null {
  const current = receiverIn(doc.compiled.script, doc.analysis, wordStart);
  if (current !== null) return current;
  const patched = doc.text.slice(0, wordStart) + PLACEHOLDER + doc.text.slice(offset);
  return receiverInText(doc, patched, wordStart);
}

/** The receiver type of the member whose name starts at `nameStart` in another version of the text. */
export function receiverInText(doc: DocumentAnalysis, patched: string, nameStart: number): CheckType | null {
  const parsed = parse(patched);
  const analysis = analyzeRule(parsed, { direction: doc.settings.direction, config: doc.settings.config });
  return receiverIn(parsed.script, analysis, nameStart);
}

function documentation(detail: string, doc: string | undefined) {
  return { kind: MarkupKind.Markdown, value: "```groovy\n" + detail + "\n```" + (doc === undefined ? "" : "\n\n" + doc) };
}

/** A call snippet with a placeholder per required argument; an optional trailing closure is left out. */
function callSnippet(name: string, params: readonly R.ParamDecl[] | undefined, parenthesisFollows: boolean): { text: string; snippet: boolean } {
  if (parenthesisFollows) return { text: name, snippet: false };
  if (params === undefined) return { text: `${name}($0)`, snippet: true };
  const required = params.filter((p) => p.optional !== true);
  const args = required.map((p, i) => `\${${i + 1}:${p.name}}`).join(", ");
  return { text: `${name}(${args})`, snippet: true };
}

function memberItem(member: Member, parenthesisFollows: boolean): CompletionItem {
  const item: CompletionItem = {
    label: member.name,
    kind: member.kind === "field" ? CompletionItemKind.Field : CompletionItemKind.Method,
    detail: member.detail,
    documentation: documentation(member.detail, member.doc),
    sortText: (member.origin === "gdk" ? RANK.gdk : RANK.member) + member.name,
  };
  if (member.kind === "method") {
    const call = callSnippet(member.name, member.params, parenthesisFollows);
    item.insertText = call.text;
    if (call.snippet) item.insertTextFormat = InsertTextFormat.Snippet;
  } else if (!/^[A-Za-z_$][\w$]*$/.test(member.name)) {
    item.insertText = JSON.stringify(member.name);
  }
  return item;
}

function memberItems(doc: DocumentAnalysis, type: CheckType, operator: string, parenthesisFollows: boolean): CompletionItem[] {
  const target = operator === "*." && type.kind === "list" ? type.element : type;
  const members = membersOf(target, doc.settings.direction, doc.settings.config);
  const seen = new Set<string>();
  const items: CompletionItem[] = [];
  for (const member of members) {
    if (seen.has(member.name)) continue;
    seen.add(member.name);
    items.push(memberItem(member, parenthesisFollows));
  }
  return items;
}

function snippetItems(doc: DocumentAnalysis): CompletionItem[] {
  const snippets: { label: string; body: string; doc: string }[] = [];
  if (doc.settings.direction === "incoming") {
    snippets.push({ label: "if (firstSync)", body: "if (firstSync) {\n\tissue.projectKey = \"${1:KEY}\"\n\tissue.typeName = \"${2:Task}\"\n}\n$0", doc: "Sets the project and type of the record that a first sync creates." });
    snippets.push({ label: "mergeComments", body: "issue.comments = commentHelper.mergeComments(issue, replica)", doc: "Applies new, edited and deleted remote comments to the local record." });
  } else {
    snippets.push({ label: "send basic fields", body: "replica.key = issue.key\nreplica.summary = issue.summary\nreplica.description = issue.description\nreplica.comments = issue.comments\n$0", doc: "Copies the usual fields of the local record into the replica." });
  }
  return snippets.map((s) => ({
    label: s.label,
    kind: CompletionItemKind.Snippet,
    insertText: s.body,
    insertTextFormat: InsertTextFormat.Snippet,
    documentation: { kind: MarkupKind.Markdown, value: s.doc },
    sortText: RANK.snippet + s.label,
  }));
}

function nameItems(doc: DocumentAnalysis, offset: number, parenthesisFollows: boolean): CompletionItem[] {
  const items: CompletionItem[] = [];
  const seen = new Set<string>();
  const add = (item: CompletionItem) => {
    if (seen.has(item.label)) return;
    seen.add(item.label);
    items.push(item);
  };
  for (const symbol of visibleSymbols(doc, offset)) {
    const type = symbol.declaredType === null ? "def" : formatType(symbol.declaredType);
    add({ label: symbol.name, kind: CompletionItemKind.Variable, detail: `${type} ${symbol.name}`, sortText: RANK.local + symbol.name });
  }
  for (const variable of R.RULE_VARIABLES) {
    if (variable.access[doc.settings.direction] === null) continue;
    const detail = `${formatSignatureType(variable.type)} ${variable.name}`;
    add({ label: variable.name, kind: CompletionItemKind.Variable, detail, documentation: documentation(detail, variable.doc), sortText: RANK.variable + variable.name });
  }
  for (const method of scriptMethods(doc)) {
    const detail = `${method.name}(${method.params.map((p) => p.name).join(", ")})`;
    const call = callSnippet(method.name, method.params.map((p) => ({ name: p.name, type: { kind: "Any" }, optional: p.defaultValue !== null })), parenthesisFollows);
    add({ label: method.name, kind: CompletionItemKind.Function, detail, documentation: documentation(detail, "A method of this rule."), insertText: call.text, insertTextFormat: call.snippet ? InsertTextFormat.Snippet : undefined, sortText: RANK.method + method.name });
  }
  for (const keyword of KEYWORDS) add({ label: keyword, kind: CompletionItemKind.Keyword, sortText: RANK.keyword + keyword });
  return [...items, ...snippetItems(doc)];
}

/** Completion items at `offset`. Returns an empty list inside comments and plain strings. */
export function complete(doc: DocumentAnalysis, offset: number): CompletionList {
  const text = doc.text;
  if (offset < 0 || offset > text.length || insideComment(doc, offset)) return { isIncomplete: false, items: [] };
  const values = stringValueCompletions(doc, offset);
  if (values !== null) return { isIncomplete: false, items: values };
  if (insideString(doc, offset)) return { isIncomplete: false, items: [] };
  let wordStart = offset;
  while (wordStart > 0 && isNamePart(text[wordStart - 1]!)) wordStart--;
  if (/^\d/.test(text.slice(wordStart, offset))) return { isIncomplete: false, items: [] };
  const parenthesisFollows = text[offset] === "(";

  const member = memberOperatorBefore(text, wordStart);
  if (member !== null) {
    const type = receiverType(doc, wordStart, offset);
    return { isIncomplete: false, items: type === null ? [] : memberItems(doc, type, member.operator, parenthesisFollows) };
  }
  return { isIncomplete: false, items: nameItems(doc, offset, parenthesisFollows) };
}
