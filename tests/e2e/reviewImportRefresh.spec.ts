import path from 'node:path';
import { expect, test } from '@playwright/test';
import { launchApp } from './app';

// With review open, an analyst imports a colleague's file for this document from review's own
// button and closes the summary with Close or Escape (not "Compare now"): the panel must show the
// colleague's tags just stored, not still say there are none.

const JONAS_FILE = path.resolve(import.meta.dirname, '../fixtures/review/000_2010653594c6cf10.jonas.tagwerk.json');

for (const [locale, importButton, close, none] of [
  ['en', "Import colleague's tags…", 'Close', 'No colleague'],
  ['de-DE', 'Markierungen einer Kollegin oder eines Kollegen importieren…', 'Schließen', 'noch keine Markierungen von Kolleginnen'],
] as const) {
  for (const how of ['button', 'Escape'] as const) {
    test(`${locale}: review shows the colleague's tags after an import from review closed by ${how}`, async () => {
      const app = await launchApp({ locale, dialogs: { open: () => [JONAS_FILE] } });
      try {
        const { page } = app;
        await page.setViewportSize({ width: 1024, height: 700 });
        await expect(page.getByTestId('editor')).toContainText('Wladimir Putin');
        await page.getByTestId('review-toggle').click();
        const review = page.getByTestId('review-panel');
        await expect(review).toContainText(none);
        await review.getByRole('button', { name: importButton }).click();
        await page.getByTestId('import-purpose').locator('button[type="submit"]').click();
        await expect(page.getByTestId('import-dialog')).toHaveAttribute('data-state', 'imported');
        if (how === 'button') await page.getByTestId('import-dialog').getByRole('button', { name: close, exact: true }).click();
        else await page.keyboard.press('Escape');
        await expect(page.getByTestId('import-dialog')).toHaveCount(0);
        await expect(review).not.toContainText(none);
        await expect(page.getByTestId('group-only-theirs').getByTestId('group-count')).toHaveText(/^18\b/);
      } finally {
        await app.close();
      }
    });
  }
}
