/**
 * Wires the language service's functions to LSP requests. Each handler
 * returns null or an empty list for a closed document. Document requests
 * run through `onCurrentVersion`, so a cancelled request or one whose
 * document changed meanwhile is answered with an error instead of a result.
 */

import { DocumentHighlightKind, ErrorCodes, ResponseError, type CancellationToken, type Connection, type Location, type WorkspaceEdit } from "vscode-languageserver/node";
import { offsetOf, rangeOf, type DocumentAnalysis } from "./analysis.ts";
import { codeActions } from "./code-actions.ts";
import { complete } from "./completion.ts";
import { CompletionDocumentation } from "./completion-resolve.ts";
import { documentDiagnostics } from "./diagnostics.ts";
import { foldingRanges } from "./folding.ts";
import { formatDocument, formatRange } from "./formatting.ts";
import { hover } from "./hover.ts";
import { inlayHints } from "./inlay-hints.ts";
import { invalidNameReason, occurrences, targetAt } from "./navigation.ts";
import { guarded, onCurrentVersion } from "./request-guard.ts";
import type { Workspace } from "./server.ts";
import { selectionRange } from "./selection.ts";
import { semanticTokens } from "./semantic-tokens.ts";
import { signatureHelp } from "./signature-help.ts";
import { documentSymbols } from "./symbols.ts";
import { SemanticTokenResults } from "./token-deltas.ts";
import { registerWorkspaceSymbols } from "./workspace-symbols.ts";

/** A position request's document, as `textDocument` and `position` of its parameters. */
interface PositionParams {
  textDocument: { uri: string };
  position: { line: number; character: number };
}

export function registerFeatures(connection: Connection, workspace: Workspace): void {
  /** Runs `run` for a request on one document; see `onCurrentVersion`. */
  const onDocument = <T>(what: string, uri: string, token: CancellationToken, fallback: T, run: (doc: DocumentAnalysis) => T) =>
    onCurrentVersion({ connection, workspace, what, uri, token }, fallback, run);

  /** Runs `run` with the offset of a request's position. */
  const atPosition = <T>(what: string, params: PositionParams, token: CancellationToken, fallback: T, run: (doc: DocumentAnalysis, offset: number) => T) =>
    onDocument(what, params.textDocument.uri, token, fallback, (doc) => run(doc, offsetOf(doc, params.position)));

  const completionDocs = new CompletionDocumentation();
  connection.onCompletion((params, token) => atPosition("completion", params, token, null, (doc, offset) => completionDocs.defer(complete(doc, offset))));
  connection.onCompletionResolve((item) => guarded(connection, "completion resolve", item, () => completionDocs.resolve(item)));

  connection.onHover((params, token) => atPosition("hover", params, token, null, hover));
  connection.onSignatureHelp((params, token) => atPosition("signature help", params, token, null, signatureHelp));

  connection.onDefinition((params, token) =>
    atPosition("definition", params, token, null, (doc, offset): Location[] | null => {
      const found = targetAt(doc, offset);
      if (found === null) return null;
      return occurrences(doc, found.target)
        .filter((o) => o.declaration)
        .map((o) => ({ uri: params.textDocument.uri, range: rangeOf(doc, o.start, o.end) }));
    }),
  );

  connection.onReferences((params, token) =>
    atPosition("references", params, token, [], (doc, offset): Location[] => {
      const found = targetAt(doc, offset);
      if (found === null) return [];
      return occurrences(doc, found.target)
        .filter((o) => params.context.includeDeclaration || !o.declaration)
        .map((o) => ({ uri: params.textDocument.uri, range: rangeOf(doc, o.start, o.end) }));
    }),
  );

  connection.onDocumentHighlight((params, token) =>
    atPosition("document highlight", params, token, [], (doc, offset) => {
      const found = targetAt(doc, offset);
      if (found === null) return [];
      return occurrences(doc, found.target).map((o) => ({ range: rangeOf(doc, o.start, o.end), kind: o.write ? DocumentHighlightKind.Write : DocumentHighlightKind.Read }));
    }),
  );

  connection.onPrepareRename((params, token) =>
    atPosition("prepare rename", params, token, null, (doc, offset) => {
      const found = targetAt(doc, offset);
      if (found === null) return null;
      if (found.target.kind === "local" && found.target.symbol.kind === "it") return null;
      return { range: rangeOf(doc, found.start, found.end), placeholder: doc.text.slice(found.start, found.end) };
    }),
  );

  connection.onRenameRequest((params, token) => {
    const reason = invalidNameReason(params.newName);
    if (reason !== null) throw new ResponseError(ErrorCodes.InvalidParams, reason);
    return atPosition("rename", params, token, null, (doc, offset): WorkspaceEdit | null => {
      const found = targetAt(doc, offset);
      if (found === null) return null;
      if (found.target.kind === "local" && found.target.symbol.kind === "it") throw new ResponseError(ErrorCodes.InvalidParams, "the implicit closure parameter 'it' cannot be renamed; declare the parameter with '->' first");
      const edits = occurrences(doc, found.target).map((o) => ({ range: rangeOf(doc, o.start, o.end), newText: params.newName }));
      return { changes: { [params.textDocument.uri]: edits } };
    });
  });

  connection.onDocumentSymbol((params, token) => onDocument("document symbols", params.textDocument.uri, token, [], documentSymbols));

  connection.onDocumentFormatting((params, token) => onDocument("formatting", params.textDocument.uri, token, [], (doc) => formatDocument(doc, params.options)));
  connection.onDocumentRangeFormatting((params, token) => onDocument("range formatting", params.textDocument.uri, token, [], (doc) => formatRange(doc, params.range, params.options)));

  connection.onFoldingRanges((params, token) => onDocument("folding ranges", params.textDocument.uri, token, [], foldingRanges));
  connection.onSelectionRanges((params, token) =>
    onDocument("selection ranges", params.textDocument.uri, token, [], (doc) => params.positions.map((position) => selectionRange(doc, offsetOf(doc, position)))),
  );

  connection.languages.inlayHint.on((params, token) => {
    if (!workspace.options.inlayHints) return [];
    return onDocument("inlay hints", params.textDocument.uri, token, [], (doc) => inlayHints(doc, offsetOf(doc, params.range.start), offsetOf(doc, params.range.end)));
  });

  const tokenResults = new SemanticTokenResults();
  workspace.documents.onDidClose((event) => tokenResults.forget(event.document.uri));
  connection.languages.semanticTokens.on((params, token) =>
    onDocument("semantic tokens", params.textDocument.uri, token, { data: [] }, (doc) => tokenResults.full(params.textDocument.uri, semanticTokens(doc).data)),
  );
  connection.languages.semanticTokens.onDelta((params, token) =>
    onDocument("semantic token delta", params.textDocument.uri, token, { edits: [] }, (doc) => tokenResults.delta(params.textDocument.uri, params.previousResultId, semanticTokens(doc).data)),
  );

  connection.onCodeAction((params, token) => onDocument("code actions", params.textDocument.uri, token, [], (doc) => codeActions(doc, params.textDocument.uri, params.context.diagnostics)));

  connection.languages.diagnostics.on((params, token) =>
    onDocument("pull diagnostics", params.textDocument.uri, token, { kind: "full" as const, items: [] }, (doc) => ({ kind: "full" as const, items: documentDiagnostics(doc) })),
  );

  registerWorkspaceSymbols(connection, workspace);
}
