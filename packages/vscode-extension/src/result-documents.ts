/**
 * Read-only documents that show the results of a rule run: the replica or
 * issue after the run, and the "before" side of a diff. Each lives under the
 * `twinsync-result` scheme and is replaced when the same run is repeated.
 */

import * as vscode from "vscode";

export const RESULT_SCHEME = "twinsync-result";

export class ResultDocuments implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly contents = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  /** Stores `text` under a path such as `/jira.outgoing.groovy/replica.json` and returns its URI. */
  put(path: string, text: string): vscode.Uri {
    const uri = vscode.Uri.from({ scheme: RESULT_SCHEME, path });
    const key = uri.toString();
    const known = this.contents.has(key);
    this.contents.set(key, text);
    if (known) this.changed.fire(uri);
    return uri;
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.contents.get(uri.toString()) ?? "";
  }

  dispose(): void {
    this.changed.dispose();
    this.contents.clear();
  }
}
