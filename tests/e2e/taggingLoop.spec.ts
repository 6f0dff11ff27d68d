import type { Page } from '@playwright/test';
import { expect, test } from './support/workbenchTest';
import { ARTICLE, readStoredSet, waitForSaved } from './support/editorText';
import { dragOver } from './support/mouseDrag';

// The four ways the tagging loop once went wrong, and the label filters, each reproduced with real mouse drags and keys.

const items = (page: Page) => page.getByTestId('annotation-list').getByRole('option');
const KOREA = 'Die Demokratische Volksrepublik Korea';

test('(a) a second label key after tagging retags the new tag instead of stacking a second one', async ({ app }) => {
  const { page } = app;
  // Repeated on three words, drags ending inside the following space: the failure was intermittent.
  const words = ['Wladimir Putin', 'Kim Jong-un', 'Pjöngjang'];
  for (const [i, word] of words.entries()) {
    await dragOver(page, word, { overshoot: true });
    await page.keyboard.press('4');
    await expect(items(page)).toHaveCount(i + 1);
    await page.keyboard.press('1');
    await expect(items(page)).toHaveCount(i + 1);
    await expect(page.getByTestId('status-message')).toHaveText(`“${word}”: Actor → Claim`);
    // Neither the editor nor the page keeps a text selection after tagging.
    expect(await page.evaluate(() => window.getSelection()?.isCollapsed ?? true)).toBe(true);
  }
  await waitForSaved(page);
  const stored = (await readStoredSet(app.dataDir)).annotations;
  expect(stored.map((a) => [a.text, a.label]).sort()).toEqual(words.map((w) => [w, 'claim']).sort());
});

test('(b) the same words with the same label twice stay one tag, and the status line says so', async ({ app }) => {
  const { page } = app;
  await dragOver(page, 'Wladimir Putin');
  await page.keyboard.press('4');
  await page.getByTestId('document-title').click();
  await dragOver(page, 'Wladimir Putin', { startInside: 3, overshoot: true });
  await page.keyboard.press('4');
  await expect(page.getByTestId('status-message')).toHaveText('“Wladimir Putin” is already tagged as Actor.');
  await expect(items(page)).toHaveCount(1);
  await expect(items(page).first()).toHaveAttribute('aria-selected', 'true');
  await waitForSaved(page);
  expect((await readStoredSet(app.dataDir)).annotations).toHaveLength(1);
});

test('(c) Ctrl+F "Wladimir Putin", Enter, Escape, 4 tags the hit and leaves the earlier claim alone', async ({ app }) => {
  const { page } = app;
  await dragOver(page, KOREA, { overshoot: true });
  await page.keyboard.press('1');
  await expect(items(page)).toHaveCount(1);
  await page.keyboard.press('Control+f');
  await page.keyboard.type('Wladimir Putin');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('searchbox')).toHaveCount(0);
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe('Wladimir Putin');
  await page.keyboard.press('4');
  await expect(items(page)).toHaveCount(2);
  await waitForSaved(page);
  const stored = (await readStoredSet(app.dataDir)).annotations;
  expect(stored.map((a) => [a.text, a.label])).toEqual([
    [KOREA, 'claim'],
    ['Wladimir Putin', 'actor'],
  ]);
});

test('(d) tag all hits of "russ" with Snap to words on tags no half-words and says how many it skips before', async ({ app }) => {
  const { page } = app;
  const hits = ARTICLE.toLowerCase().split('russ').length - 1;
  expect(hits).toBe(11);
  await page.keyboard.press('Control+f');
  await page.keyboard.type('russ');
  await expect(page.getByTestId('search-count')).toHaveText(`1 of ${hits}`);
  await expect(page.getByTestId('search-partial')).toHaveText(`${hits} partial-word hits will be skipped (Snap to words)`);
  await expect(page.getByTestId('search-tag-all')).toBeDisabled();
  await expect(page.getByTestId('search-tag-all')).toHaveText('Nothing to tag');
  await page.getByRole('searchbox').fill('russland');
  await expect(page.getByTestId('search-partial')).toHaveCount(0);
  await page.getByLabel('Tag all hits as').selectOption('actor');
  await expect(page.getByTestId('search-tag-all')).toHaveText('Tag all 6 hits');
  await page.getByTestId('search-tag-all').click();
  await expect(items(page)).toHaveCount(6);
  await waitForSaved(page);
  const stored = (await readStoredSet(app.dataDir)).annotations;
  expect(stored.every((a) => a.text === 'Russland')).toBe(true);
});

test('(e) a hidden label is hidden in the text, the list and J/K alike, and both say "filtered"', async ({ app }) => {
  const { page } = app;
  await dragOver(page, KOREA);
  await page.keyboard.press('1');
  await dragOver(page, 'Russland', { overshoot: true });
  await page.keyboard.press('4');
  await dragOver(page, 'KCNA');
  await page.keyboard.press('4');
  await expect(items(page)).toHaveCount(3);
  const editor = page.getByTestId('editor');
  await page.getByTestId('filter-actor').click();
  await expect(page.getByTestId('filter-actor')).toHaveAttribute('aria-pressed', 'false');
  await expect(editor.locator('[data-label="actor"]')).toHaveCount(0);
  await expect(editor.locator('[data-label="claim"]')).toHaveCount(1);
  await expect(items(page)).toHaveCount(1);
  await expect(page.getByTestId('list-filtered')).toHaveText('1 shown (filtered)');
  await expect(page.getByTestId('text-filter')).toContainText(/filtered/i);
  // J and K only visit what is shown: the one claim, then "last" — never a hidden actor.
  await page.getByTestId('document-title').click();
  await page.keyboard.press('j');
  await expect(page.getByTestId('annotation-details')).toContainText(KOREA);
  await page.keyboard.press('j');
  await expect(page.getByTestId('annotation-details')).toContainText(KOREA);
  await expect(page.getByTestId('status-message')).toHaveText('This is the last annotation shown (filtered).');
  await page.getByTestId('filter-actor').click();
  await expect(editor.locator('[data-label="actor"]')).toHaveCount(2);
  await expect(page.getByTestId('text-filter')).toHaveCount(0);
  await expect(page.getByTestId('list-filtered')).toHaveCount(0);
});
