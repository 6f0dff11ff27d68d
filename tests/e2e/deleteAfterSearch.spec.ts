import type { Page } from '@playwright/test';
import { expect, test } from './support/workbenchTest';
import { readStoredSet, selectQuote, waitForSaved } from './support/editorText';
import { clickTag } from './support/clickTag';
import { dragOver } from './support/mouseDrag';

// qa-bugs.md #2: Delete (and Enter, C) acted on the tag selected before, not on what the visible selection
// (a search hit left selected by Escape, a drag) is on. They follow the label keys' rule now.

const items = (page: Page) => page.getByTestId('annotation-list').getByRole('option');
const CLAIM = 'Dieses Abkommen folgt einem Treffen';

/** Tags Wladimir Putin as actor, then the claim, so the claim is the selected tag. */
async function tagPutinThenClaim(page: Page): Promise<void> {
  await selectQuote(page, 'Wladimir Putin');
  await page.keyboard.press('4');
  await selectQuote(page, CLAIM);
  await page.keyboard.press('1');
  await expect(items(page)).toHaveCount(2);
}

/** Ctrl+F `query`, one hit, Escape: the hit stays selected in the text. */
async function searchAndClose(page: Page, query: string): Promise<void> {
  await page.keyboard.press('Control+f');
  await page.keyboard.type(query);
  await expect(page.getByTestId('search-count')).toHaveText('1 of 1');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('searchbox')).toHaveCount(0);
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe(query);
}

test('Ctrl+F a tagged name, Escape, Delete deletes that tag, not the tag selected before the search', async ({ app }) => {
  const { page } = app;
  await tagPutinThenClaim(page);
  await searchAndClose(page, 'Wladimir Putin');
  await page.keyboard.press('Delete');
  await expect(items(page)).toHaveCount(1);
  await expect(items(page)).toContainText([CLAIM]);
  await waitForSaved(page);
  expect((await readStoredSet(app.dataDir)).annotations.map((a) => a.text)).toEqual([CLAIM]);
});

test('a search hit on untagged words and Delete deletes no tag elsewhere, and says why', async ({ app }) => {
  const { page } = app;
  await selectQuote(page, 'Wladimir Putin');
  await page.keyboard.press('4');
  await expect(items(page)).toHaveCount(1);
  await searchAndClose(page, 'Pjöngjang im Juni');
  await page.keyboard.press('Delete');
  await expect(page.getByTestId('status-message')).toContainText('The selected text is not exactly a tag');
  await expect(items(page)).toHaveCount(1);
  await waitForSaved(page);
  expect((await readStoredSet(app.dataDir)).annotations.map((a) => a.text)).toEqual(['Wladimir Putin']);
});

test('Ctrl+F a tagged name, Escape, Enter edits that tag\'s note, not the note of the tag selected before', async ({ app }) => {
  const { page } = app;
  await tagPutinThenClaim(page);
  await searchAndClose(page, 'Wladimir Putin');
  await page.keyboard.press('Enter');
  await expect(page.locator('#note-field')).toBeFocused();
  await page.keyboard.type('Präsident prüfen 👀');
  await page.keyboard.press('Control+Enter');
  await expect(items(page).filter({ hasText: 'Wladimir Putin' }).getByRole('img', { name: 'has a note' })).toBeVisible();
  await waitForSaved(page);
  const stored = (await readStoredSet(app.dataDir)).annotations;
  expect(stored.map((a) => [a.text, a.note])).toEqual([
    [CLAIM, undefined],
    ['Wladimir Putin', 'Präsident prüfen 👀'],
  ]);
});

test('a mouse drag over untagged words, then Enter: no note of the selected tag opens, the status line says why', async ({ app }) => {
  const { page } = app;
  await tagPutinThenClaim(page);
  await dragOver(page, 'Kim Jong-un', { overshoot: true });
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('status-message')).toContainText('The selected text is not exactly a tag');
  await expect(page.locator('#note-field')).not.toBeFocused();
  await expect(items(page)).toHaveCount(2);
});

test('click a tag, drag over other untagged words, Delete: the clicked tag stays', async ({ app }) => {
  const { page } = app;
  await selectQuote(page, 'Wladimir Putin');
  await page.keyboard.press('4');
  await expect(items(page)).toHaveCount(1);
  await clickTag(page, page.getByTestId('editor').locator('[data-label="actor"]').first());
  await expect(page.getByTestId('annotation-details')).toContainText('Wladimir Putin');
  await dragOver(page, 'Kim Jong-un');
  await page.keyboard.press('Delete');
  await expect(page.getByTestId('status-message')).toContainText('The selected text is not exactly a tag');
  await expect(items(page)).toHaveCount(1);
});
