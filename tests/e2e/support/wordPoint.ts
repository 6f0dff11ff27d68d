import type { Page } from '@playwright/test';

/** The centre of the first occurrence of `word` in the text under `within` (the editor by default), where a person points at it. */
export async function wordPoint(page: Page, word: string, within = '[data-testid="editor"]'): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    ([w, selector]) => {
      const root = document.querySelector(selector);
      if (!root) return null;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf(w) ?? -1;
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + w.length);
        const r = range.getClientRects()[0];
        return r ? { x: r.x + r.width / 2, y: r.y + r.height / 2 } : null;
      }
      return null;
    },
    [word, within] as const,
  );
  if (!point) throw new Error(`no word ${word}`);
  return point;
}
