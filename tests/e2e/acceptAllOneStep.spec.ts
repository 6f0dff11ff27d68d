import { expect, test, type Page } from '@playwright/test';
import { launchApp } from './app';

// The panel's bulk buttons accept every suggestion of a label at once; the analyst must know
// before (the button's title) and after (the status line) that one Ctrl+Z takes them all back.

const items = (page: Page) => page.getByTestId('annotation-list').getByRole('option');
const status = (page: Page) => page.getByTestId('status-message');

for (const [locale, date, title, said] of [
  ['de-DE', 'Datum', 'Übernimmt alle übrigen Vorschläge „Datum“ als einen Schritt: Strg+Z nimmt sie alle zurück.', (n: number) => `${n} Vorschläge „Datum“ als ein Schritt übernommen — Strg+Z nimmt sie alle zurück.`],
  ['en', 'Date', 'Accepts every Date suggestion left as one undo step: Ctrl+Z takes them all back.', (n: number) => `Accepted ${n} Date suggestions as one step — Ctrl+Z takes them all back.`],
] as const) {
  test(`${locale}: "accept all dates" says before and after that it is one undo step, and one Ctrl+Z takes every date back`, async () => {
    const app = await launchApp({ locale });
    try {
      const { page } = app;
      await page.setViewportSize({ width: 1024, height: 700 });
      await expect(page.getByTestId('editor')).toContainText('Wladimir Putin');
      await page.keyboard.press('s');
      const bulk = page.getByTestId('suggestion-panel').getByRole('button', { name: new RegExp(`^(?:Accept all|Alle übernehmen): ${date} \\((\\d+)\\)$`, 'u') });
      await expect(bulk).toBeEnabled();
      await expect(bulk).toHaveAttribute('title', title);
      const n = Number(/\((\d+)\)$/u.exec((await bulk.textContent()) ?? '')?.[1]);
      expect(n).toBeGreaterThan(1);
      await bulk.click();
      await expect(status(page)).toHaveText(said(n));
      await expect(items(page)).toHaveCount(n);
      await page.keyboard.press('Control+z');
      await expect(items(page)).toHaveCount(0);
    } finally {
      await app.close();
    }
  });
}
