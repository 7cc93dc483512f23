/**
 * The Twinsync language service: plain functions over an analysed rule
 * document and a UTF-16 offset, with no transport inside. `startServer`
 * (in `./server.ts`) adapts them to the Language Server Protocol.
 */

export { analyzeDocument, directionFromName, hasSyntaxErrors, offsetOf, rangeOf, type CompiledSyntax, type Direction, type DocumentAnalysis, type RuleSettings } from "./analysis.ts";
export { complete, receiverType } from "./completion.ts";
export { CHECKER_DOCS_URL, documentDiagnostics, toLspDiagnostic } from "./diagnostics.ts";
export { withCompilerRelated } from "./related.ts";
export { CompletionDocumentation } from "./completion-resolve.ts";
export { hover } from "./hover.ts";
export { membersOf, findMember, formatSignature, type Member } from "./members.ts";
export { invalidNameReason, labelRange, occurrences, targetAt, type Occurrence, type Target } from "./navigation.ts";
export { visibleSymbols, scriptMethods } from "./scopes.ts";
export { documentSymbols, flattenSymbols, matchingSymbols, scriptSymbols } from "./symbols.ts";
export { RuleFileIndex, workspaceFolderPaths, type ScanLimits } from "./workspace-symbols.ts";
export { formatDocument, formatLines, formatRange } from "./formatting.ts";
export { foldingRanges } from "./folding.ts";
export { codeActions } from "./code-actions.ts";
export { signatureHelp } from "./signature-help.ts";
export { selectionRange } from "./selection.ts";
export { inlayHints } from "./inlay-hints.ts";
export { semanticTokens, SEMANTIC_TOKENS_LEGEND } from "./semantic-tokens.ts";
export { applyTokenEdits, SemanticTokenResults, tokenEdits } from "./token-deltas.ts";
