import { expect, test, type Page } from '@playwright/test';
import { launchApp } from './app';
import { importedCorpus } from './support/importedCorpus';
import { paintedSuggestions } from './support/paintedSuggestions';
import { paintedHits } from './support/paintedHits';

// The window keeps one text editor and gives each document a fresh state in it (createWindowEditor):
// nothing of the document left — its undo steps, search, relation pick, suggestions, selected tag — may act in the next.

const row = (page: Page, title: string) => page.getByTestId('corpus-list').getByRole('option').filter({ has: page.locator('.corpus-item-title', { hasText: title }) });
const count = (page: Page) => page.getByTestId('annotation-count');
const editor = (page: Page) => page.getByTestId('editor');

/** Opens a document by a click on its row in the sidebar and waits for its text and its 20 or more tags. */
async function openByClick(page: Page, title: string, text: string): Promise<void> {
  await row(page, title).click();
  await expect(page.getByTestId('document-title')).toHaveText(title);
  await expect(editor(page)).toContainText(text);
}

/** Tags the first word of the text as a claim by a double-click and "1" (the tag is then selected). */
async function tagFirstWord(page: Page): Promise<void> {
  await editor(page).locator('p').first().dblclick({ position: { x: 12, y: 8 } });
  await page.keyboard.press('1');
}

test('Ctrl+Z right after a switch undoes nothing of the document left; back there, its own undo steps are still its own', async () => {
  test.setTimeout(120_000);
  const dataDir = await importedCorpus(2);
  const app = await launchApp({ dataDir, annotator: 'bench' });
  try {
    const { page } = app;
    await openByClick(page, 'Meldung 00001', 'Meldung 1.');
    await expect(count(page)).toHaveText('20 annotations');
    await tagFirstWord(page);
    await expect(count(page)).toHaveText('21 annotations');

    await openByClick(page, 'Meldung 00002', 'Meldung 2.');
    await expect(count(page)).toHaveText('20 annotations');
    // The caret in the new text, then undo twice: the new document has nothing to undo, and its text stays.
    await editor(page).locator('p').first().click({ position: { x: 30, y: 8 } });
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    await expect(count(page)).toHaveText('20 annotations');
    await expect(editor(page)).toContainText('Meldung 2.');
    await expect(editor(page)).not.toContainText('Meldung 1.');
    await expect(row(page, 'Meldung 00001')).toContainText('21 tags');

    // Back in the first document, its tag is there and Ctrl+Z takes exactly it back.
    await openByClick(page, 'Meldung 00001', 'Meldung 1.');
    await expect(count(page)).toHaveText('21 annotations');
    await editor(page).locator('p').first().click({ position: { x: 30, y: 8 } });
    await page.keyboard.press('Control+z');
    await expect(count(page)).toHaveText('20 annotations');
    await expect(row(page, 'Meldung 00002')).toContainText('20 tags');
  } finally {
    await app.close();
  }
});

test('an open search, a relation being picked, suggestions shown and the selected tag stay with the document left', async () => {
  test.setTimeout(150_000);
  const dataDir = await importedCorpus(2);
  const app = await launchApp({ dataDir, annotator: 'bench' });
  try {
    const { page } = app;
    const hitCount = async () => (await paintedHits(page)).length;
    const banner = page.getByTestId('relation-banner');
    const selectedRows = page.getByTestId('annotation-list').locator('[role="option"][aria-selected="true"]');

    // Search: hits drawn in the first document; after a switch the bar is closed and no hit is drawn.
    await openByClick(page, 'Meldung 00001', 'Meldung 1.');
    await page.keyboard.press('Control+f');
    await page.getByRole('searchbox').fill('Meldung');
    await expect(page.getByTestId('search-count')).toHaveText(/^1 of \d+$/);
    await expect.poll(hitCount).toBeGreaterThan(0);
    await openByClick(page, 'Meldung 00002', 'Meldung 2.');
    await expect(page.getByRole('searchbox')).toHaveCount(0);
    await expect.poll(hitCount).toBe(0);
    // A new search here starts empty and finds this text's words.
    await page.keyboard.press('Control+f');
    await expect(page.getByRole('searchbox')).toHaveValue('');
    await page.keyboard.press('Escape');

    // A relation being picked (R on a selected claim) ends with its document: the next has no banner, and J just moves.
    await openByClick(page, 'Meldung 00001', 'Meldung 1.');
    await tagFirstWord(page);
    await expect(selectedRows).toHaveCount(1);
    await page.keyboard.press('r');
    await expect(banner).toHaveAttribute('data-mode', 'picking');
    await openByClick(page, 'Meldung 00002', 'Meldung 2.');
    await expect(banner).toHaveCount(0);
    await expect(selectedRows).toHaveCount(0);
    await editor(page).locator('p').first().click({ position: { x: 30, y: 8 } });
    await page.keyboard.press('j');
    await expect(selectedRows).toHaveCount(1);
    await expect(banner).toHaveCount(0);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('relation-arcs').locator('.arc')).toHaveCount(0);

    // Suggestions shown (S) are the document's: after a switch the panel is closed and nothing dashed is drawn.
    await page.keyboard.press('Escape');
    await editor(page).locator('p').first().click({ position: { x: 30, y: 8 } });
    await page.keyboard.press('s');
    await expect(page.getByTestId('suggestion-panel')).toBeVisible();
    await expect.poll(async () => (await paintedSuggestions(page)).length).toBeGreaterThan(0);
    await expect(page.locator('.suggestions-toggle')).toHaveAttribute('aria-pressed', 'true');
    await openByClick(page, 'Meldung 00001', 'Meldung 1.');
    await expect(page.getByTestId('suggestion-panel')).toHaveCount(0);
    await expect(page.locator('.suggestions-toggle')).toHaveAttribute('aria-pressed', 'false');
    expect(await paintedSuggestions(page)).toEqual([]);
  } finally {
    await app.close();
  }
});
