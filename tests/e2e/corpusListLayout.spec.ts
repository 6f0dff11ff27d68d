import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { launchApp } from './app';
import { importedCorpus } from './support/importedCorpus';

const rows = (page: Page) => page.getByTestId('corpus-list').getByRole('option');

/** Whether `inner` lies wholly inside `outer` on screen and shows its whole text (nothing cut by an ellipsis or overflow). */
async function shownWhole(inner: Locator, outer: Locator): Promise<boolean> {
  const [a, b] = [await inner.boundingBox(), await outer.boundingBox()];
  const uncut = await inner.evaluate((el) => el.scrollWidth <= el.clientWidth + 1);
  return !!a && !!b && uncut && a.x >= b.x - 0.5 && a.x + a.width <= b.x + b.width + 0.5;
}

test('German Documents list at 1024 and 1400 px: every row shows its whole status and stays within the sidebar; a long tag text is cut only with its tooltip', async () => {
  test.setTimeout(120_000);
  const app = await launchApp({ dataDir: await importedCorpus(12), annotator: 'bench', locale: 'de-DE' });
  try {
    const { page } = app;
    await expect(page.locator('.corpus-count')).toHaveText('13 Dokumente');
    // One document in progress ("In Arbeit", the longest word), one done; the built-in article has no tags ("noch keine Markierungen").
    await rows(page).filter({ hasText: 'Meldung 00002' }).click();
    await page.getByTestId('corpus-status').selectOption('in-progress');
    await expect(rows(page).filter({ hasText: 'Meldung 00002' }).locator('.status-pill')).toHaveText('◐ In Arbeit');
    await rows(page).filter({ hasText: 'Meldung 00003' }).click();
    await page.getByTestId('corpus-status').selectOption('done');
    await expect(rows(page).filter({ hasText: 'Meldung 00003' }).locator('.status-pill')).toHaveText('● Fertig');
    for (const width of [1024, 1400]) {
      await page.setViewportSize({ width, height: 900 });
      const body = page.locator('.corpus-body');
      // No row is wider than the list (content pushing past the sidebar was what cut the pill).
      await expect.poll(() => body.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
      const drawn = await rows(page).all();
      expect(drawn.length).toBeGreaterThan(3);
      for (const row of drawn) {
        const pill = row.locator('.status-pill');
        await expect(pill).toHaveText(/^[○◐●] (Neu|In Arbeit|Fertig)$/);
        expect(await shownWhole(pill, row), `${width}px: ${await row.locator('.corpus-item-title').textContent()}`).toBe(true);
        expect(await shownWhole(pill, body)).toBe(true);
        // The tag count may be cut in a narrow sidebar, but then its whole text is its tooltip.
        const tags = row.locator('.corpus-item-tags');
        await expect(tags).toHaveAttribute('title', (await tags.textContent()) ?? '');
      }
    }
    // The built-in article has no tags: its longest German count text is there in full as the tooltip.
    await page.getByTestId('corpus-filter').fill('demokrat');
    await expect(rows(page)).toHaveCount(1);
    await expect(rows(page).first().locator('.corpus-item-tags')).toHaveAttribute('title', 'noch keine Markierungen');
    expect(await shownWhole(rows(page).first().locator('.status-pill'), rows(page).first())).toBe(true);
  } finally {
    await app.close();
  }
});

test('the active row scrolled out of view stays the list’s tab stop: axe finds no unfocusable scrolling region, and Tab from the filter reaches that row', async () => {
  test.setTimeout(120_000);
  const app = await launchApp({ dataDir: await importedCorpus(300), annotator: 'bench' });
  try {
    const { page } = app;
    await expect(page.locator('.corpus-count')).toHaveText('301 documents');
    const first = rows(page).nth(1);
    const title = (await first.locator('.corpus-item-title').textContent()) ?? '';
    await first.click();
    await expect(page.getByTestId('document-title')).toHaveText(title);
    // Wheel the list far down, as a person would: the open (active) row leaves the view.
    const body = page.locator('.corpus-body');
    const box = await body.boundingBox();
    if (!box) throw new Error('no list');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let i = 0; i < 6; i++) await page.mouse.wheel(0, 1500);
    await expect.poll(() => body.evaluate((el) => el.scrollTop)).toBeGreaterThan(5000);
    await expect(rows(page).filter({ hasText: 'Meldung 00100' })).toHaveCount(0);
    // The active row is still in the page (out of view), the list's one tab stop.
    const active = page.locator('[data-testid="corpus-list"] [role="option"][tabindex="0"]');
    await expect(active).toHaveCount(1);
    await expect(active).toContainText(title);
    const axe = await new AxeBuilder({ page }).include('[data-testid="corpus"]').analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    await page.getByTestId('corpus-filter').focus();
    await page.keyboard.press('Tab');
    await expect(page.locator('[data-testid="corpus-list"] [role="option"]:focus')).toContainText(title);
    // F2 renames it in place; the field is as tall as the title, so it does not overlap the row below.
    await page.keyboard.press('F2');
    const field = page.getByRole('textbox', { name: 'New title' });
    await expect(field).toBeFocused();
    const next = rows(page).nth(2);
    const [fieldBox, nextBox] = [await field.boundingBox(), await next.boundingBox()];
    expect(fieldBox && nextBox && fieldBox.y + fieldBox.height <= nextBox.y).toBe(true);
    await page.keyboard.press('Escape');
  } finally {
    await app.close();
  }
});
