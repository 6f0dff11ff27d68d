import { expect, test, type Page } from '@playwright/test';
import { launchApp } from './app';
import { readStoredSet, waitForSaved } from './support/editorText';

// Issue 15, item 2, as an analyst does it on the built-in article: S opens the suggestion review,
// J/J/K walks back to the first suggestion, Enter accepts it (origin "assist" in the store), a
// click on the panel's "accept all dates" button takes every date as one undo step, and S hides
// the rest. It reads the panel, the tag list and the store, never how suggestions are drawn.

const SHOTS = '/work/shots/s9-sugq';
const items = (page: Page) => page.getByTestId('annotation-list').getByRole('option');
const status = (page: Page) => page.getByTestId('suggestion-status');
const current = (page: Page) => page.getByTestId('suggestion-current');

/** The number of suggestions the panel says are left. */
async function left(page: Page): Promise<number> {
  await expect(status(page)).toHaveText(/^\d+ (?:suggestions? to decide|Vorschläge? zu entscheiden)$/);
  return Number(/^\d+/u.exec((await status(page).textContent()) ?? '')?.[0]);
}

/** The current suggestion's text, as the panel quotes it ("Current: Actor “DVRK”"). */
async function currentText(page: Page): Promise<string> {
  await expect(current(page)).toBeVisible();
  const shown = (await current(page).textContent()) ?? '';
  return /[“„](.*)[”“]$/u.exec(shown)?.[1] ?? shown;
}

for (const [locale, date] of [['de-DE', 'Datum'], ['en', 'Date']] as const) {
  test(`${locale}: S, J J K, Enter accepts the first suggestion again with origin "assist"; the panel's accept-all-dates button is one undo step; S hides the rest`, async () => {
    const app = await launchApp({ locale });
    try {
      const { page } = app;
      await page.setViewportSize({ width: 1400, height: 900 });
      await expect(page.getByTestId('editor')).toContainText('Wladimir Putin');
      await page.keyboard.press('s');
      const before = await left(page);

      await page.keyboard.press('j');
      const first = await currentText(page);
      await page.keyboard.press('j');
      await expect.poll(() => currentText(page)).not.toBe(first);
      await page.keyboard.press('k');
      await expect.poll(() => currentText(page)).toBe(first);
      await page.keyboard.press('Enter');
      await expect.poll(() => left(page)).toBeLessThan(before);
      await waitForSaved(page);
      const accepted = (await readStoredSet(app.dataDir)).annotations;
      expect(accepted.map((a) => [a.text, a.origin])).toContainEqual([first, 'assist']);
      expect(accepted.every((a) => a.origin === 'assist')).toBe(true);
      expect(accepted.some((a) => a.label === 'date')).toBe(false);

      const bulk = page.getByTestId('suggestion-panel').getByRole('button', { name: new RegExp(`^(?:Accept all|Alle übernehmen): ${date} \\((\\d+)\\)$`, 'u') });
      const dates = Number(/\((\d+)\)$/u.exec((await bulk.textContent()) ?? '')?.[1]);
      expect(dates).toBeGreaterThan(1);
      const box = await bulk.boundingBox();
      if (!box) throw new Error('no accept-all button');
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await expect(items(page)).toHaveCount(accepted.length + dates);
      await waitForSaved(page);
      const withDates = (await readStoredSet(app.dataDir)).annotations;
      expect(withDates.filter((a) => a.label === 'date' && a.origin === 'assist')).toHaveLength(dates);
      await page.screenshot({ path: `${SHOTS}/review-${locale}-1400.png` });
      await page.setViewportSize({ width: 1024, height: 700 });
      await page.screenshot({ path: `${SHOTS}/review-${locale}-1024.png` });

      // One Ctrl+Z takes every date back, and nothing else.
      await page.keyboard.press('Control+z');
      await expect(items(page)).toHaveCount(accepted.length);
      await waitForSaved(page);
      expect((await readStoredSet(app.dataDir)).annotations.map((a) => a.text).sort()).toEqual(accepted.map((a) => a.text).sort());

      // S hides the suggestions; the accepted tags stay mine.
      await page.keyboard.press('s');
      await expect(page.getByTestId('suggestion-panel')).toHaveCount(0);
      await expect(items(page)).toHaveCount(accepted.length);
    } finally {
      await app.close();
    }
  });
}
