import type { Page } from '@playwright/test';
import { ARTICLE } from './editorText';

/** A character's box on screen (CSS pixels of the viewport). */
export interface CharBox {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** How a drag over a quote starts and ends, as a person's hand would do it. */
export interface DragOptions {
  /** Which occurrence of the quote in the article (0-based). */
  occurrence?: number;
  /** Start this many characters into the first word instead of before its first letter. */
  startInside?: number;
  /** End inside the space after the quote (overshooting it) instead of after its last letter. */
  overshoot?: boolean;
  /** Drag from the end back to the start. */
  backwards?: boolean;
}

/**
 * The boxes of the characters at UTF-16 offsets `offsets` of the article, after scrolling the
 * first one to the middle of the pane, read from the editor's text nodes with a DOM Range.
 */
export async function charBoxes(page: Page, offsets: readonly number[]): Promise<CharBox[]> {
  return page.evaluate((offsets) => {
    const root = document.querySelector('[data-testid="editor"]');
    if (!root) throw new Error('editor missing');
    const paragraphs = [...root.querySelectorAll('p')];
    const locate = (offset: number): [Text, number] => {
      let base = 0;
      for (const p of paragraphs) {
        const length = p.textContent?.length ?? 0;
        if (offset < base + length) {
          let rest = offset - base;
          const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const len = node.textContent?.length ?? 0;
            if (rest < len) return [node as Text, rest];
            rest -= len;
          }
        }
        base += length + 1;
      }
      throw new Error(`offset ${offset} is not a character of the text`);
    };
    const boxOf = (offset: number) => {
      const [node, at] = locate(offset);
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 1);
      const r = range.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    };
    const first = offsets[0];
    if (first !== undefined) {
      const [node] = locate(first);
      const box = boxOf(first);
      if (box.top < 80 || box.bottom > window.innerHeight - 80) node.parentElement?.scrollIntoView({ block: 'center' });
    }
    return offsets.map(boxOf);
  }, offsets);
}

/**
 * Drags the mouse over the n-th occurrence of `quote` in the article with real pointer events
 * (down, a dozen moves, up), from the middle height of its first character to its last one.
 * Returns the quote's UTF-16 start offset.
 */
export async function dragOver(page: Page, quote: string, options: DragOptions = {}): Promise<number> {
  let start = -1;
  for (let i = 0; i <= (options.occurrence ?? 0); i++) {
    start = ARTICLE.indexOf(quote, start + 1);
    if (start < 0) throw new Error(`"${quote}" occurrence ${options.occurrence ?? 0} not in the article`);
  }
  const end = start + quote.length;
  const startChar = start + (options.startInside ?? 0);
  const [from, last, after] = await charBoxes(page, [startChar, end - 1, Math.min(end, ARTICLE.length - 1)]);
  if (!from || !last || !after) throw new Error('no boxes');
  // Inside a word: a third into the character, so the caret lands before it, between two letters.
  const fromX = options.startInside ? from.left + (from.right - from.left) * 0.3 : from.left + 1;
  // Overshooting ends a little past the middle of the following space; otherwise just inside the last letter's right edge.
  const toX = options.overshoot && after.top === last.top ? after.left + (after.right - after.left) * 0.7 : last.right - 1;
  const a = { x: fromX, y: (from.top + from.bottom) / 2 };
  const b = { x: toX, y: (last.top + last.bottom) / 2 };
  const [p, q] = options.backwards ? [b, a] : [a, b];
  await page.mouse.move(p.x, p.y);
  await page.mouse.down();
  await page.mouse.move(q.x, q.y, { steps: 12 });
  await page.mouse.up();
  // A drag that selected nothing would let a label key fall back to the selected tag: fail loudly instead.
  const selected = await page.evaluate(() => window.getSelection()?.toString() ?? '');
  if (selected.trim() === '') throw new Error(`the drag over "${quote}" selected nothing`);
  return start;
}
