/** Converts UTF-16 offsets to 1-based lines and columns and back. */
export class LineMap {
  /** Offsets (relative to the text) at which each line starts. */
  private readonly lineStarts: number[] = [0];
  /** Index of the line found by the last `position` call. */
  private lastLine = 0;

  constructor(
    private readonly text: string,
    /** Offset of `text` inside the document it was cut from. */
    private readonly baseOffset = 0,
  ) {
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 10) this.lineStarts.push(i + 1);
      else if (ch === 13 && text.charCodeAt(i + 1) !== 10) this.lineStarts.push(i + 1);
    }
  }

  /**
   * Returns the 1-based line and column of a document offset. Lines are counted inside
   * this text only; callers that lex a slice pass a map built on the whole document.
   */
  position(offset: number): { line: number; column: number } {
    const relative = offset - this.baseOffset;
    // The lexer requests offsets in increasing order, so the line of the previous result is tried first.
    const hinted = this.lastLine;
    if (relative >= this.lineStarts[hinted]!) {
      let line = hinted;
      while (line + 1 < this.lineStarts.length && this.lineStarts[line + 1]! <= relative && line - hinted < 8) line++;
      if (line + 1 >= this.lineStarts.length || this.lineStarts[line + 1]! > relative) {
        this.lastLine = line;
        return { line: line + 1, column: relative - this.lineStarts[line]! + 1 };
      }
    }
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid]! <= relative) low = mid;
      else high = mid - 1;
    }
    this.lastLine = low;
    return { line: low + 1, column: relative - this.lineStarts[low]! + 1 };
  }

  /** Returns the document offset of a 1-based line and column. */
  offset(line: number, column: number): number {
    const start = this.lineStarts[Math.min(Math.max(line - 1, 0), this.lineStarts.length - 1)]!;
    return Math.min(start + column - 1, this.text.length) + this.baseOffset;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }
}
