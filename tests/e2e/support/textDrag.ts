import { expect, type Page } from '@playwright/test';
import { readStoredSet, waitForSaved } from './editorText';
import { charBoxes } from './mouseDrag';

/** A point on screen the mouse can go to. */
export interface Point {
  x: number;
  y: number;
}

/** The n-th (0-based) UTF-16 start of `quote` in `text`; throws when it is not there. */
export function offsetOf(text: string, quote: string, occurrence = 0): number {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(quote, at + 1);
    if (at < 0) throw new Error(`"${quote}" occurrence ${occurrence} not in the text`);
  }
  return at;
}

/** The code-point offset of a UTF-16 offset of `text`, as the store and exports count. */
export function codePointAt(text: string, utf16: number): number {
  return Array.from(text.slice(0, utf16)).length;
}

/**
 * Where the mouse goes to put the caret before (`side` 'before') or after ('after') the character
 * at UTF-16 offset `offset` of the shown text: a pixel inside that edge, at the line's middle.
 */
export async function caretPoint(page: Page, offset: number, side: 'before' | 'after'): Promise<Point> {
  const [box] = await charBoxes(page, [offset]);
  if (!box) throw new Error(`no box at ${offset}`);
  return { x: side === 'before' ? box.left + 1 : box.right - 1, y: (box.top + box.bottom) / 2 };
}

/** Presses at `from`, moves in a dozen steps to `to` and releases, as a hand drags. */
export async function drag(page: Page, from: Point, to: Point): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.up();
  // A drag that selected nothing would let a label key act on the selected tag instead: fail here.
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString().trim() ?? '')).not.toBe('');
}

/** A tag as the tests compare it: its text, code-point start and end, and label. */
export type SpanRow = [text: string, start: number, end: number, label: string];

/** The SpanRow of the n-th occurrence of `quote` in `text`, offsets counted in code points as stored. */
export function spanOf(text: string, quote: string, label: string, occurrence = 0): SpanRow {
  const at = offsetOf(text, quote, occurrence);
  return [quote, codePointAt(text, at), codePointAt(text, at + quote.length), label];
}

/** My stored tags of a document once autosave reports saved, as SpanRows in text order. */
export async function storedSpans(page: Page, dataDir: string, documentId: string): Promise<SpanRow[]> {
  await waitForSaved(page);
  const set = await readStoredSet(dataDir, documentId);
  return set.annotations.map((a): SpanRow => [a.text, a.start, a.end, a.label]).sort((a, b) => a[1] - b[1]);
}
