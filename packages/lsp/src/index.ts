/**
 * The Twinsync language service: plain functions over an analysed rule
 * document and a UTF-16 offset, with no transport inside. `startServer`
 * (in `./server.ts`) adapts them to the Language Server Protocol.
 */

export { analyzeDocument, directionFromName, hasSyntaxErrors, offsetOf, rangeOf, type Direction, type DocumentAnalysis, type RuleSettings } from "./analysis.ts";
export { complete, receiverType } from "./completion.ts";
export { documentDiagnostics, toLspDiagnostic } from "./diagnostics.ts";
export { hover } from "./hover.ts";
export { membersOf, findMember, formatSignature, type Member } from "./members.ts";
export { invalidNameReason, occurrences, targetAt, type Occurrence, type Target } from "./navigation.ts";
export { visibleSymbols, scriptMethods } from "./scopes.ts";
export { documentSymbols } from "./symbols.ts";
export { formatDocument, formatLines, formatRange } from "./formatting.ts";
export { foldingRanges } from "./folding.ts";
export { codeActions } from "./code-actions.ts";
export { signatureHelp } from "./signature-help.ts";
export { selectionRange } from "./selection.ts";
export { inlayHints } from "./inlay-hints.ts";
export { semanticTokens, SEMANTIC_TOKENS_LEGEND } from "./semantic-tokens.ts";
