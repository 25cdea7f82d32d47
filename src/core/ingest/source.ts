// Helpers every reader needs before it looks at the text: one newline convention and a way to
// turn character offsets back into the 1-based line numbers users see in their editor.

/** Drops a byte-order mark and turns CRLF / lone CR into LF, so offsets and lines agree. */
export function prepareText(text: string): string {
  const noBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return noBom.includes('\r') ? noBom.replace(/\r\n?/g, '\n') : noBom;
}

/** Maps character offsets of one text to 1-based line and column numbers. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
      this.starts.push(i + 1);
  }

  /** 1-based line of the character at `offset` (offsets past the end count as the last line). */
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  /** 1-based column of the character at `offset`. */
  columnOf(offset: number): number {
    return offset - this.starts[this.lineOf(offset) - 1] + 1;
  }
}

/** True when the text has nothing but whitespace (and maybe a byte-order mark). */
export function isBlank(text: string): boolean {
  return !/[^\s\ufeff]/.test(text);
}
