import path from 'node:path';
import { expect, test } from '@playwright/test';
import { launchApp } from './app';
import { selectQuote } from './support/editorText';

// Review in a 1024 px window, in both languages: the agreement table stays inside the review panel
// (in German its "Überlapp-F1" head made the κ column reach 12 px past the panel's edge), and the
// status line after "merge all" reads on one line (in German it broke inside "(Strg+Z macht | alles rückgängig)");
// the corpus scope names the colleague inside its sentence.

const JONAS_FILE = path.resolve(import.meta.dirname, '../fixtures/review/000_2010653594c6cf10.jonas.tagwerk.json');

/** Tags that agree with jonas's set in part, so every score column holds a number. */
const MINE = [
  ['Russland', '4'],
  ['am Dienstag', '3'],
  ['Wladimir Putin', '4'],
  ['Kim Jong-un', '4'],
  ['KCNA', '4'],
  ['Moskau', '4'],
  ['im Juni', '3'],
] as const;

for (const [locale, agreementTab, differencesTab, mergeAll, merged] of [
  ['en-US', 'Agreement', 'Differences', 'Merge all from jonas', 'Review: merged — tags: 12, relations: 0, agreements accepted: 5 (Ctrl+Z undoes all of it).'],
  ['de-DE', 'Übereinstimmung', 'Unterschiede', 'Alles von jonas übernehmen', 'Übernommen – Markierungen: 12, Beziehungen: 0, Übereinstimmungen: 5 (Strg+Z nimmt alles zurück).'],
] as const) {
  test(`${locale} 1024: the agreement table stays inside the review panel and the merge status is one line`, async () => {
    const app = await launchApp({ locale, dialogs: { open: () => [JONAS_FILE] } });
    try {
      const { page } = app;
      await page.setViewportSize({ width: 1024, height: 700 });
      await expect(page.getByTestId('editor')).toContainText('Wladimir Putin');
      for (const [quote, key] of MINE) {
        await selectQuote(page, quote);
        await page.keyboard.press(key);
      }
      await expect(page.getByTestId('annotation-list').getByRole('option')).toHaveCount(MINE.length);
      await page.getByTestId('review-toggle').click();
      const review = page.getByTestId('review-panel');
      await review.getByRole('button').filter({ hasText: /…$/ }).first().click();
      await page.getByTestId('import-purpose').locator('button[type="submit"]').click();
      await expect(page.getByTestId('import-dialog')).toHaveAttribute('data-state', 'imported');
      await page.keyboard.press('Escape');

      await review.getByRole('tab', { name: agreementTab }).click();
      const table = page.getByTestId('agreement-table');
      await expect(table.getByTestId('agreement-row-micro')).toContainText('7/18');
      const overflow = await table.evaluate((t) => {
        const panel = t.closest('[data-testid="review-panel"]')!.getBoundingClientRect();
        const cells = [...t.querySelectorAll('th, td')].map((c) => c.getBoundingClientRect().right);
        return Math.max(t.getBoundingClientRect().right, ...cells) - panel.right;
      });
      expect(overflow, 'px past the review panel').toBeLessThanOrEqual(0.5);
      // The corpus scope's sentence reads as one run of text: the colleague's name sits right against
      // the words around it ("jonas's", not "jonas 's" — the label's flex gap once split the sentence).
      const gaps = await review.locator('.agreement-scope label', { has: page.locator('bdi') }).evaluate((label) => {
        const walker = document.createTreeWalker(label, NodeFilter.SHOW_TEXT);
        const pieces: { left: number; right: number; top: number }[] = [];
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const range = document.createRange();
          range.selectNodeContents(node);
          const rects = [...range.getClientRects()].filter((r) => r.width > 0);
          if (rects.length > 0) pieces.push({ left: rects[0]!.left, right: rects.at(-1)!.right, top: Math.round(rects.at(-1)!.top) });
        }
        return pieces.slice(1).flatMap((piece, i) => (Math.round(pieces[i]!.top) === Math.round(piece.top) ? [piece.left - pieces[i]!.right] : []));
      });
      expect(gaps.length, 'the name and the words beside it').toBeGreaterThan(0);
      expect(Math.max(...gaps.map(Math.abs)), 'px between the name and the words beside it').toBeLessThanOrEqual(0.5);

      await review.getByRole('tab', { name: differencesTab }).click();
      await review.getByRole('button', { name: mergeAll }).click();
      const status = page.getByTestId('status-message');
      await expect(status).toHaveText(merged);
      const lines = await status.evaluate((s) => {
        const range = document.createRange();
        range.selectNodeContents(s);
        return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
      });
      expect(lines).toBe(1);
    } finally {
      await app.close();
    }
  });
}
