/** Wires the language service's functions to LSP requests. Each handler returns null or an empty list for a closed document. */

import { DocumentHighlightKind, ResponseError, ErrorCodes, type Connection, type Location, type WorkspaceEdit } from "vscode-languageserver/node";
import { offsetOf, rangeOf } from "./analysis.ts";
import { codeActions } from "./code-actions.ts";
import { complete } from "./completion.ts";
import { CompletionDocumentation } from "./completion-resolve.ts";
import { documentDiagnostics } from "./diagnostics.ts";
import { foldingRanges } from "./folding.ts";
import { formatDocument, formatRange } from "./formatting.ts";
import { hover } from "./hover.ts";
import { inlayHints } from "./inlay-hints.ts";
import { invalidNameReason, occurrences, targetAt } from "./navigation.ts";
import type { Workspace } from "./server.ts";
import { selectionRange } from "./selection.ts";
import { semanticTokens } from "./semantic-tokens.ts";
import { signatureHelp } from "./signature-help.ts";
import { SemanticTokenResults } from "./token-deltas.ts";
import { documentSymbols, matchingSymbols } from "./symbols.ts";

/** Runs a handler and logs a failure through the connection and returns `fallback` instead of crashing. */
function guarded<T>(connection: Connection, what: string, fallback: T, run: () => T): T {
  try {
    return run();
  } catch (err) {
    if (err instanceof ResponseError) throw err;
    connection.console.error(`${what} failed: ${(err as Error).stack ?? String(err)}`);
    return fallback;
  }
}

export function registerFeatures(connection: Connection, workspace: Workspace): void {
  const completionDocs = new CompletionDocumentation();

  connection.onCompletion((params, token) =>
    guarded(connection, "completion", null, () => {
      const at = workspace.offset(params.textDocument.uri, params.position);
      if (at === null || token.isCancellationRequested) return null;
      return completionDocs.defer(complete(at.doc, at.offset));
    }),
  );

  connection.onCompletionResolve((item) => guarded(connection, "completion resolve", item, () => completionDocs.resolve(item)));

  connection.onHover((params) =>
    guarded(connection, "hover", null, () => {
      const at = workspace.offset(params.textDocument.uri, params.position);
      return at === null ? null : hover(at.doc, at.offset);
    }),
  );

  connection.onSignatureHelp((params) =>
    guarded(connection, "signature help", null, () => {
      const at = workspace.offset(params.textDocument.uri, params.position);
      return at === null ? null : signatureHelp(at.doc, at.offset);
    }),
  );

  connection.onDefinition((params) =>
    guarded(connection, "definition", null, (): Location[] | null => {
      const at = workspace.offset(params.textDocument.uri, params.position);
      const found = at === null ? null : targetAt(at.doc, at.offset);
      if (at === null || found === null) return null;
      return occurrences(at.doc, found.target)
        .filter((o) => o.declaration)
        .map((o) => ({ uri: params.textDocument.uri, range: rangeOf(at.doc, o.start, o.end) }));
    }),
  );

  connection.onReferences((params) =>
    guarded(connection, "references", [], (): Location[] => {
      const at = workspace.offset(params.textDocument.uri, params.position);
      const found = at === null ? null : targetAt(at.doc, at.offset);
      if (at === null || found === null) return [];
      return occurrences(at.doc, found.target)
        .filter((o) => params.context.includeDeclaration || !o.declaration)
        .map((o) => ({ uri: params.textDocument.uri, range: rangeOf(at.doc, o.start, o.end) }));
    }),
  );

  connection.onDocumentHighlight((params) =>
    guarded(connection, "document highlight", [], () => {
      const at = workspace.offset(params.textDocument.uri, params.position);
      const found = at === null ? null : targetAt(at.doc, at.offset);
      if (at === null || found === null) return [];
      return occurrences(at.doc, found.target).map((o) => ({ range: rangeOf(at.doc, o.start, o.end), kind: o.write ? DocumentHighlightKind.Write : DocumentHighlightKind.Read }));
    }),
  );

  connection.onPrepareRename((params) =>
    guarded(connection, "prepare rename", null, () => {
      const at = workspace.offset(params.textDocument.uri, params.position);
      const found = at === null ? null : targetAt(at.doc, at.offset);
      if (at === null || found === null) return null;
      if (found.target.kind === "local" && found.target.symbol.kind === "it") return null;
      return { range: rangeOf(at.doc, found.start, found.end), placeholder: at.doc.text.slice(found.start, found.end) };
    }),
  );

  connection.onRenameRequest((params) =>
    guarded(connection, "rename", null, (): WorkspaceEdit | null => {
      const reason = invalidNameReason(params.newName);
      if (reason !== null) throw new ResponseError(ErrorCodes.InvalidParams, reason);
      const at = workspace.offset(params.textDocument.uri, params.position);
      const found = at === null ? null : targetAt(at.doc, at.offset);
      if (at === null || found === null) return null;
      if (found.target.kind === "local" && found.target.symbol.kind === "it") throw new ResponseError(ErrorCodes.InvalidParams, "the implicit closure parameter 'it' cannot be renamed; declare the parameter with '->' first");
      const edits = occurrences(at.doc, found.target).map((o) => ({ range: rangeOf(at.doc, o.start, o.end), newText: params.newName }));
      return { changes: { [params.textDocument.uri]: edits } };
    }),
  );

  connection.onDocumentSymbol((params) =>
    guarded(connection, "document symbols", [], () => {
      const doc = workspace.analysis(params.textDocument.uri);
      return doc === null ? [] : documentSymbols(doc);
    }),
  );

  connection.onDocumentFormatting((params) =>
    guarded(connection, "formatting", [], () => {
      const doc = workspace.analysis(params.textDocument.uri);
      return doc === null ? [] : formatDocument(doc, params.options);
    }),
  );

  connection.onDocumentRangeFormatting((params) =>
    guarded(connection, "range formatting", [], () => {
      const doc = workspace.analysis(params.textDocument.uri);
      return doc === null ? [] : formatRange(doc, params.range, params.options);
    }),
  );

  connection.onFoldingRanges((params) =>
    guarded(connection, "folding ranges", [], () => {
      const doc = workspace.analysis(params.textDocument.uri);
      return doc === null ? [] : foldingRanges(doc);
    }),
  );

  connection.onSelectionRanges((params) =>
    guarded(connection, "selection ranges", [], () => {
      const doc = workspace.analysis(params.textDocument.uri);
      return doc === null ? [] : params.positions.map((position) => selectionRange(doc, offsetOf(doc, position)));
    }),
  );

  connection.languages.inlayHint.on((params) =>
    guarded(connection, "inlay hints", [], () => {
      const doc = workspace.options.inlayHints ? workspace.analysis(params.textDocument.uri) : null;
      return doc === null ? [] : inlayHints(doc, offsetOf(doc, params.range.start), offsetOf(doc, params.range.end));
    }),
  );

  const tokenResults = new SemanticTokenResults();
  workspace.documents.onDidClose((event) => tokenResults.forget(event.document.uri));

  connection.languages.semanticTokens.on((params) =>
    guarded(connection, "semantic tokens", { data: [] }, () => {
      const doc = workspace.analysis(params.textDocument.uri);
      return doc === null ? { data: [] } : tokenResults.full(params.textDocument.uri, semanticTokens(doc).data);
    }),
  );

  connection.languages.semanticTokens.onDelta((params) =>
    guarded(connection, "semantic token delta", { edits: [] }, () => {
      const doc = workspace.analysis(params.textDocument.uri);
      return doc === null ? { edits: [] } : tokenResults.delta(params.textDocument.uri, params.previousResultId, semanticTokens(doc).data);
    }),
  );

  connection.onCodeAction((params) =>
    guarded(connection, "code actions", [], () => {
      const doc = workspace.analysis(params.textDocument.uri);
      return doc === null ? [] : codeActions(doc, params.textDocument.uri, params.context.diagnostics);
    }),
  );

  connection.onWorkspaceSymbol((params) =>
    guarded(connection, "workspace symbols", [], () =>
      workspace.documents.all().flatMap((document) => {
        const doc = workspace.analysis(document.uri);
        return doc === null ? [] : matchingSymbols(doc, document.uri, params.query);
      }),
    ),
  );

  connection.languages.diagnostics.on((params) =>
    guarded(connection, "pull diagnostics", { kind: "full" as const, items: [] }, () => {
      const doc = workspace.analysis(params.textDocument.uri);
      return { kind: "full" as const, items: doc === null ? [] : documentDiagnostics(doc) };
    }),
  );
}
