/**
 * Line and column numbers for the tokens of one lexer run, counted forward
 * through the text. The lexer requests offsets in increasing order, so this
 * costs one pass over the text instead of a line-map search and two position
 * objects per token.
 */

import type { LineMap } from "../line-map.ts";

export class LinePositions {
  /** 1-based line of the offset passed to the last {@link moveTo}. */
  line = 1;
  /** 1-based column of the offset passed to the last {@link moveTo}. */
  column = 1;
  /** Document offset at which the current line starts. */
  private lineStart = 0;
  /** Offset in `text` up to which line breaks are counted, or -1 before the first call. */
  private counted = -1;

  constructor(
    private readonly text: string,
    /** Offset of `text` in the document that `lineMap` describes. */
    private readonly baseOffset: number,
    private readonly lineMap: LineMap,
  ) {}

  /**
   * Sets {@link line} and {@link column} to the position of `offset` in
   * `text`. Line breaks are `\n`, `\r\n` and a lone `\r`, as in the line map.
   * The line map gives the position for the first call and for any call that
   * goes backwards.
   */
  moveTo(offset: number): void {
    if (offset < this.counted || this.counted < 0) {
      const { line, column } = this.lineMap.position(offset + this.baseOffset);
      this.line = line;
      this.column = column;
      this.lineStart = offset + this.baseOffset - column + 1;
      this.counted = offset;
      return;
    }
    const text = this.text;
    for (let i = this.counted; i < offset; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 10 || (ch === 13 && text.charCodeAt(i + 1) !== 10)) {
        this.line++;
        this.lineStart = i + 1 + this.baseOffset;
      }
    }
    this.counted = offset;
    this.column = offset + this.baseOffset - this.lineStart + 1;
  }
}
