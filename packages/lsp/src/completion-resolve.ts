/**
 * Completion resolve: a completion list goes out without documentation, and
 * the client asks for an item's documentation with `completionItem/resolve`
 * when it shows that item. The server keeps the documentation of its latest
 * lists and gives each item a small `data` key into them.
 */

import type { CompletionItem, CompletionList, MarkupContent } from "vscode-languageserver";

/** The `data` of a completion item whose documentation the server kept. */
export interface CompletionItemKey {
  list: number;
  index: number;
}

/** How many completion lists keep their documentation; a client resolves items of the list it shows, which is the latest one. */
const KEPT_LISTS = 4;

function isItemKey(data: unknown): data is CompletionItemKey {
  if (typeof data !== "object" || data === null) return false;
  const { list, index } = data as Record<string, unknown>;
  return Number.isInteger(list) && Number.isInteger(index);
}

export class CompletionDocumentation {
  private readonly lists = new Map<number, (string | MarkupContent | undefined)[]>();
  private nextList = 1;

  /** Moves the documentation of the items into the store and gives each documented item its key. */
  defer(list: CompletionList): CompletionList {
    const id = this.nextList++;
    const docs = list.items.map((item, index) => {
      const documentation = item.documentation;
      if (documentation !== undefined) {
        delete item.documentation;
        item.data = { list: id, index } satisfies CompletionItemKey;
      }
      return documentation;
    });
    this.lists.set(id, docs);
    this.lists.delete(id - KEPT_LISTS);
    return list;
  }

  /** Returns the item with the documentation kept for it; an item of an older list comes back as it is. */
  resolve(item: CompletionItem): CompletionItem {
    if (!isItemKey(item.data)) return item;
    const documentation = this.lists.get(item.data.list)?.[item.data.index];
    return documentation === undefined ? item : { ...item, documentation };
  }
}
