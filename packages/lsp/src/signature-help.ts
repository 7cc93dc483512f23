/** Signature help for helper, entity and script-method calls: the parameters and which one the cursor is in. */

import type { AST } from "@twinsync/compiler";
import type { SignatureHelp } from "vscode-languageserver";
import type { DocumentAnalysis } from "./analysis.ts";
import { receiverInText } from "./completion.ts";
import type { GdkSignature } from "./gdk-signatures.ts";
import { findMember, formatSignatureType } from "./members.ts";
import { scriptMethods } from "./scopes.ts";
import { CLOSERS, layoutTokens, OPENERS } from "./tokens.ts";
import { nodePath } from "./tree.ts";

interface OpenCall {
  /** Index of the `(` token. */
  paren: number;
  commas: number;
}

/** Finds the innermost unclosed `(` before `offset` and counts the commas at its level. */
function openCallAt(doc: DocumentAnalysis, offset: number): OpenCall | null {
  const { tokens } = layoutTokens(doc);
  const stack: { index: number; commas: number; paren: boolean }[] = [];
  for (let i = 0; i < tokens.length && tokens[i]!.start < offset; i++) {
    const token = tokens[i]!;
    if (token.end > offset && token.type.endsWith("StringLiteral")) return null;
    if (OPENERS.has(token.type)) stack.push({ index: i, commas: 0, paren: token.type === "LParen" });
    else if (CLOSERS.has(token.type)) stack.pop();
    else if (token.type === "Comma" && stack.length > 0) stack[stack.length - 1]!.commas++;
  }
  const top = stack.at(-1);
  return top === undefined || !top.paren ? null : { paren: top.index, commas: top.commas };
}

function receiverOfCall(doc: DocumentAnalysis, nameStart: number, parenStart: number, offset: number) {
  for (const node of nodePath(doc.compiled.script, nameStart).reverse()) {
    if (node.kind === "MethodCallExpression" && node.object !== null && node.nameStart === nameStart) return doc.analysis.typeOf(node.object);
  }
  // The call is not closed yet, so analyse the text with the call closed at the cursor.
  return receiverInText(doc, doc.text.slice(0, parenStart + 1) + ")" + doc.text.slice(offset), nameStart);
}

function methodLabel(method: AST.MethodDeclaration): { label: string; params: string[] } {
  const params = method.params.map((p) => `${p.type === null ? "def" : p.type.name} ${p.name}`);
  return { label: `${method.name}(${params.join(", ")})`, params };
}

/** Builds signature help for a GDK method's overloads, choosing the first that takes the arguments typed so far. */
function overloadHelp(name: string, overloads: readonly GdkSignature[], commas: number): SignatureHelp {
  const signatures = overloads.map((o) => ({ label: `${name}(${o.params.join(", ")})`, documentation: o.doc, parameters: o.params.map((p) => ({ label: p })) }));
  const fitting = overloads.findIndex((o) => o.params.length > commas || o.params.some((p) => p.includes("...")));
  const active = fitting === -1 ? overloads.length - 1 : fitting;
  const count = overloads[active]!.params.length;
  return { signatures, activeSignature: active, activeParameter: Math.min(commas, Math.max(0, count - 1)) };
}

/** Returns the signature of the call around `offset`, or null outside a call or for an undeclared method. */
export function signatureHelp(doc: DocumentAnalysis, offset: number): SignatureHelp | null {
  const call = openCallAt(doc, offset);
  if (call === null) return null;
  const { tokens } = layoutTokens(doc);
  const name = tokens[call.paren - 1];
  if (name === undefined || name.type !== "Identifier") return null;
  const methodName = doc.text.slice(name.start, name.end);
  const operator = tokens[call.paren - 2];
  let label: string;
  let params: string[];
  let documentation: string | undefined;

  if (operator !== undefined && (operator.type === "Dot" || operator.type === "SafeDot")) {
    const receiver = receiverOfCall(doc, name.start, tokens[call.paren]!.start, offset);
    const member = receiver === null ? undefined : findMember(receiver, methodName, doc.settings.direction, doc.settings.config);
    if (member?.overloads !== undefined) return overloadHelp(methodName, member.overloads, call.commas);
    if (member?.params === undefined) return null;
    label = member.detail;
    params = member.params.map((p) => `${formatSignatureType(p.type)} ${p.name}${p.optional === true ? "?" : ""}`);
    documentation = member.doc;
  } else {
    const method = scriptMethods(doc).find((m) => m.name === methodName);
    if (method === undefined) return null;
    ({ label, params } = methodLabel(method));
  }

  const signature = { label, documentation, parameters: params.map((p) => ({ label: p })) };
  return { signatures: [signature], activeSignature: 0, activeParameter: Math.min(call.commas, Math.max(0, params.length - 1)) };
}
