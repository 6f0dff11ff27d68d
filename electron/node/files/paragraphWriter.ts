/**
 * Collects extracted text as paragraphs, one per line: inline text has its whitespace
 * collapsed like a browser renders it, preformatted text keeps its own, and empty or
 * blank paragraphs are dropped so repeated breaks make a single paragraph break.
 */
export class ParagraphWriter {
  private readonly lines: string[] = [];
  private current = '';
  private currentIsPreformatted = false;
  private pendingSpace = false;
  private dropNextNewline = false;

  /** Adds running text; runs of ASCII whitespace become one space (U+00A0 stays, as in a browser). */
  addInline(text: string): void {
    this.dropNextNewline = false;
    const collapsed = text.replace(/[\t\n\f\r ]+/g, ' ');
    if (collapsed.length === 0) return;
    const leading = collapsed.startsWith(' ');
    const trailing = collapsed.length > 1 && collapsed.endsWith(' ');
    const words = collapsed.slice(leading ? 1 : 0, trailing ? -1 : undefined);
    if (leading) this.pendingSpace = true;
    if (words.length > 0) {
      if (this.pendingSpace && this.current.length > 0) this.current += ' ';
      this.current += words;
      this.pendingSpace = false;
    }
    if (trailing) this.pendingSpace = true;
  }

  /** Adds text that keeps its spaces; each newline in it ends a paragraph. */
  addPreformatted(text: string): void {
    const body = this.dropNextNewline ? text.replace(/^\r?\n/, '') : text;
    this.dropNextNewline = false;
    const parts = body.split(/\r\n?|\n/);
    parts.forEach((part, index) => {
      if (index > 0) this.endParagraph();
      if (this.pendingSpace && this.current.length > 0) this.current += ' ';
      this.pendingSpace = false;
      this.current += part;
      this.currentIsPreformatted = true;
    });
  }

  /** Ignores one newline at the start of the next preformatted text (HTML drops it after `<pre>`). */
  skipNextNewline(): void {
    this.dropNextNewline = true;
  }

  /** Separates table cells of one row with a tab, so a row stays one paragraph. */
  addCellSeparator(): void {
    if (this.current.trim().length === 0) return;
    this.current = `${this.current.trimEnd()}\t`;
    this.pendingSpace = false;
  }

  /** Ends the current paragraph; an empty or blank one is dropped. */
  endParagraph(): void {
    const line = this.currentIsPreformatted ? this.current.trimEnd() : this.current.trim();
    if (line.trim().length > 0) this.lines.push(line);
    this.current = '';
    this.currentIsPreformatted = false;
    this.pendingSpace = false;
  }

  /** The paragraphs joined by `\n` (no trailing newline). */
  finish(): string {
    this.endParagraph();
    return this.lines.join('\n');
  }
}
