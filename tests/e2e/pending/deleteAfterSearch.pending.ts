import { expect, test } from '../support/workbenchTest';
import { readStoredSet, selectQuote, waitForSaved } from '../support/editorText';
import { dragOver } from '../support/mouseDrag';

// qa-bugs.md #2: Delete (and Enter, C) act on the tag selected before, not on the tag the search hit selects.

test('Ctrl+F a tagged name, Escape, Delete deletes that tag, not the tag selected before the search', async ({ app }) => {
  const { page } = app;
  const items = page.getByTestId('annotation-list').getByRole('option');
  await selectQuote(page, 'Wladimir Putin');
  await page.keyboard.press('4');
  await selectQuote(page, 'Dieses Abkommen folgt einem Treffen');
  await page.keyboard.press('1');
  await expect(items).toHaveCount(2);
  // The claim is the selected tag now; the analyst searches the actor and presses Delete on the hit.
  await page.keyboard.press('Control+f');
  await page.keyboard.type('Wladimir Putin');
  await expect(page.getByTestId('search-count')).toHaveText('1 of 1');
  await page.keyboard.press('Escape');
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('Wladimir Putin');
  await page.keyboard.press('Delete');
  await expect(items).toHaveCount(1);
  await expect(items).toContainText(['Dieses Abkommen folgt einem Treffen']);
  await waitForSaved(page);
  expect((await readStoredSet(app.dataDir)).annotations.map((a) => a.text)).toEqual(['Dieses Abkommen folgt einem Treffen']);
});

test('a selection of untagged words and Delete deletes no tag elsewhere', async ({ app }) => {
  const { page } = app;
  const items = page.getByTestId('annotation-list').getByRole('option');
  await selectQuote(page, 'Wladimir Putin');
  await page.keyboard.press('4');
  await expect(items).toHaveCount(1);
  await page.keyboard.press('Control+f');
  await page.keyboard.type('Pjöngjang im Juni');
  await expect(page.getByTestId('search-count')).toHaveText('1 of 1');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Delete');
  await expect(page.getByTestId('status-message')).not.toHaveText('Tag deleted.');
  await expect(items).toHaveCount(1);
});

test('click a tag, drag over other untagged words, Delete: the clicked tag stays', async ({ app }) => {
  const { page } = app;
  const items = page.getByTestId('annotation-list').getByRole('option');
  await selectQuote(page, 'Wladimir Putin');
  await page.keyboard.press('4');
  await expect(items).toHaveCount(1);
  await page.getByTestId('editor').locator('[data-label="actor"]').first().click();
  await expect(page.getByTestId('annotation-details')).toContainText('Wladimir Putin');
  await dragOver(page, 'Kim Jong-un');
  await page.keyboard.press('Delete');
  await expect(page.getByTestId('status-message')).not.toHaveText('Tag deleted.');
  await expect(items).toHaveCount(1);
});
