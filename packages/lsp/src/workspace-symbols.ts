/**
 * Workspace symbols: the symbols of every rule file under the workspace
 * folders, open or not. An open document's current text wins over its file.
 * Files on disk are listed again after `LISTING_TTL_MS`, and a file is parsed
 * again only when its modification time or size changed.
 */

import type { Dirent } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parse } from "@twinsync/compiler";
import { TextDocument } from "vscode-languageserver-textdocument";
import type { CancellationToken, Connection, InitializeParams, SymbolInformation } from "vscode-languageserver/node";
import { checkCancelled, guardedAsync } from "./request-guard.ts";
import type { Workspace } from "./server.ts";
import { flattenSymbols, matchingSymbols, scriptSymbols } from "./symbols.ts";

/** Limits of a scan, so that a huge workspace cannot stall the server. */
export interface ScanLimits {
  /** Rule files read at most; the rest are left out and the truncation is logged. */
  maxFiles: number;
  /** Files above this size in bytes are not read, as they are no hand-written rules. */
  maxFileBytes: number;
  /** Directory entries looked at, at most, over the whole scan. */
  maxEntries: number;
}

export const DEFAULT_SCAN_LIMITS: ScanLimits = { maxFiles: 2_000, maxFileBytes: 1_000_000, maxEntries: 100_000 };

/** How long a listing of the workspace folders is reused, in milliseconds, because a symbol search runs on every keystroke. */
const LISTING_TTL_MS = 3_000;

/** Returns the local paths of the workspace folders from the initialize request, or of its root URI. */
export function workspaceFolderPaths(params: Pick<InitializeParams, "workspaceFolders" | "rootUri">): string[] {
  const uris = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri === null || params.rootUri === undefined ? [] : [params.rootUri]);
  return uris.filter((uri) => uri.startsWith("file:")).map((uri) => fileURLToPath(uri));
}

/** Tells whether a directory is searched: not `node_modules`, and no dot folder such as `.git`. */
function searched(entry: Dirent): boolean {
  return entry.name !== "node_modules" && !entry.name.startsWith(".");
}

/** The rule files on disk and their symbols. */
export class RuleFileIndex {
  private listing: { folders: string; at: number; files: string[] } | null = null;
  private readonly files = new Map<string, { mtimeMs: number; size: number; symbols: SymbolInformation[] }>();

  constructor(
    private readonly log: (message: string) => void,
    private readonly limits: ScanLimits = DEFAULT_SCAN_LIMITS,
  ) {}

  /** Lists the `*.groovy` files under `folders`, breadth first, within the limits. */
  async list(folders: readonly string[], token: CancellationToken): Promise<string[]> {
    const key = folders.join("\n");
    if (this.listing !== null && this.listing.folders === key && Date.now() - this.listing.at < LISTING_TTL_MS) return this.listing.files;
    const found: string[] = [];
    const pending = [...folders];
    let entries = 0;
    let truncated = false;
    while (pending.length > 0 && !truncated) {
      checkCancelled(token, "workspace symbols");
      const dir = pending.shift()!;
      let listed: Dirent[];
      try {
        listed = await readdir(dir, { withFileTypes: true });
      } catch (err) {
        this.log(`workspace symbols: cannot list ${dir}, so its rule files are left out: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
        continue;
      }
      listed.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const entry of listed) {
        if (++entries > this.limits.maxEntries || found.length >= this.limits.maxFiles) {
          truncated = true;
          break;
        }
        if (entry.isDirectory() && searched(entry)) pending.push(join(dir, entry.name));
        else if (entry.isFile() && entry.name.endsWith(".groovy")) found.push(join(dir, entry.name));
      }
    }
    if (truncated) {
      this.log(`workspace symbols: the workspace has more than ${this.limits.maxFiles} rule files or ${this.limits.maxEntries} directory entries; only the first ${found.length} rule files are searched`);
    }
    this.listing = { folders: key, at: Date.now(), files: found };
    return found;
  }

  /** Returns the symbols of a rule file, parsed again only when the file changed; null for a file that cannot be read or is too large. */
  async symbolsOf(path: string): Promise<SymbolInformation[] | null> {
    let info;
    try {
      info = await stat(path);
    } catch {
      this.files.delete(path);
      return null;
    }
    if (info.size > this.limits.maxFileBytes) return null;
    const cached = this.files.get(path);
    if (cached !== undefined && cached.mtimeMs === info.mtimeMs && cached.size === info.size) return cached.symbols;
    let text: string;
    try {
      text = await readFile(path, "utf8");
    } catch (err) {
      this.log(`workspace symbols: cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
      return null;
    }
    const uri = pathToFileURL(path).href;
    const symbols = flattenSymbols(scriptSymbols(parse(text).script, TextDocument.create(uri, "groovy", 0, text)), uri);
    this.files.set(path, { mtimeMs: info.mtimeMs, size: info.size, symbols });
    return symbols;
  }

  /** Drops the cached symbols of files that are no longer listed. */
  prune(listed: readonly string[]): void {
    const keep = new Set(listed);
    for (const path of this.files.keys()) if (!keep.has(path)) this.files.delete(path);
  }
}

/** Registers `workspace/symbol`: the symbols of open rules, then of the rule files on disk that are not open. */
export function registerWorkspaceSymbols(connection: Connection, workspace: Workspace, limits: ScanLimits = DEFAULT_SCAN_LIMITS): RuleFileIndex {
  const index = new RuleFileIndex((message) => connection.console.warn(message), limits);
  connection.onWorkspaceSymbol((params, token) =>
    guardedAsync(connection, "workspace symbols", [], async () => {
      const wanted = params.query.toLowerCase();
      const found: SymbolInformation[] = [];
      const openPaths = new Set<string>();
      for (const document of workspace.documents.all()) {
        checkCancelled(token, "workspace symbols");
        if (document.uri.startsWith("file:")) openPaths.add(fileURLToPath(document.uri));
        const doc = workspace.analysis(document.uri);
        if (doc !== null) found.push(...matchingSymbols(doc, document.uri, params.query));
      }
      const files = await index.list(workspace.folders, token);
      for (const path of files) {
        checkCancelled(token, "workspace symbols");
        if (openPaths.has(path)) continue;
        const symbols = await index.symbolsOf(path);
        if (symbols !== null) found.push(...symbols.filter((symbol) => symbol.name.toLowerCase().includes(wanted)));
      }
      index.prune(files);
      return found;
    }),
  );
  return index;
}
