import type { Page } from '@playwright/test';

/** One search hit the page paints: its text, whether it is the current hit, and its first line box (client px). */
export interface PaintedHit {
  readonly text: string;
  readonly current: boolean;
  readonly box: { x: number; y: number; width: number; height: number } | null;
  /** The index of the editor paragraph (`p`) the hit starts in. */
  readonly paragraph: number;
}

/**
 * The search hits painted in the editor now, in text order: the ranges of the `tw-search-hit` and
 * `tw-search-current` custom highlights that stand on text in the page — what a user sees marked,
 * read from the browser's highlight registry, not from our state.
 */
export async function paintedHits(page: Page): Promise<PaintedHit[]> {
  return page.evaluate(() => {
    const editor = document.querySelector('[data-testid="editor"]');
    const paragraphs = [...(editor?.querySelectorAll('p') ?? [])];
    const found: { text: string; current: boolean; box: { x: number; y: number; width: number; height: number } | null; paragraph: number; range: Range }[] = [];
    for (const name of ['tw-search-hit', 'tw-search-current']) {
      for (const painted of CSS.highlights.get(name) ?? []) {
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
        found.push({ text: range.toString(), current: name === 'tw-search-current', box: rect ? { x: rect.x, y: rect.y, width: rect.width, height: rect.height } : null, paragraph, range });
      }
    }
    found.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
    return found.map(({ range: _range, ...rest }) => rest);
  });
}
