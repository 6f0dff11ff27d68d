import type { Page } from '@playwright/test';

/** One range a custom highlight paints on the editor's text: the highlight's name, the text, its first line box (client px) and paragraph. */
export interface PaintedRange {
  readonly name: string;
  readonly text: string;
  readonly box: { x: number; y: number; width: number; height: number } | null;
  /** The index of the editor paragraph (`p`) the range starts in. */
  readonly paragraph: number;
}

/**
 * The ranges of the custom highlights whose names match `namePattern` (a RegExp source) that stand
 * on text in the editor now, in text order — what a user sees painted, read from the browser's
 * highlight registry rather than our state, so search hits and suggestions are checked alike.
 */
export async function paintedRanges(page: Page, namePattern: string): Promise<PaintedRange[]> {
  return page.evaluate((pattern) => {
    const wanted = new RegExp(pattern, 'u');
    const editor = document.querySelector('[data-testid="editor"]');
    const paragraphs = [...(editor?.querySelectorAll('p') ?? [])];
    const found: { name: string; text: string; box: { x: number; y: number; width: number; height: number } | null; paragraph: number; range: Range }[] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!wanted.test(name)) continue;
      for (const painted of highlight) {
        const r = painted as AbstractRange;
        if (!r.startContainer.isConnected || !r.endContainer.isConnected || !editor?.contains(r.startContainer)) continue;
        const range = document.createRange();
        try {
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
        } catch {
          continue;
        }
        const rect = range.getClientRects()[0];
        const paragraph = paragraphs.findIndex((p) => p.contains(r.startContainer));
        found.push({ name, text: range.toString(), box: rect ? { x: rect.x, y: rect.y, width: rect.width, height: rect.height } : null, paragraph, range });
      }
    }
    found.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
    return found.map(({ range: _range, ...rest }) => rest);
  }, namePattern);
}
