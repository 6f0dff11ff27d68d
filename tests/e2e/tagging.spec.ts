import { expect, test } from './support/workbenchTest';
import { clickTag } from './support/clickTag';
import { ARTICLE, editorText, readStoredSet, selectQuote, selectRange, waitForSaved } from './support/editorText';

const items = (page: import('@playwright/test').Page) => page.getByTestId('annotation-list').getByRole('option');

test('key 4 tags "Wladimir Putin" as actor, stored at code points 278–292', async ({ app }, testInfo) => {
  const { page } = app;
  await expect(page.getByTestId('editor')).toContainText('Wladimir Putin');
  await selectQuote(page, 'Wladimir Putin');
  await page.keyboard.press('4');
  await expect(items(page)).toHaveCount(1);
  await expect(items(page).first()).toContainText('Wladimir Putin');
  await expect(page.locator('[data-testid="editor"] [data-label="actor"]')).toHaveText('Wladimir Putin');
  await waitForSaved(page);
  const stored = await readStoredSet(app.dataDir);
  expect(stored.offsetUnit).toBe('codepoint');
  expect(stored.annotations).toHaveLength(1);
  expect(stored.annotations[0]).toMatchObject({ label: 'actor', start: 278, end: 292, text: 'Wladimir Putin', annotator: 'tester' });
  expect(Array.from(ARTICLE).slice(278, 292).join('')).toBe('Wladimir Putin');
  expect(await editorText(page)).toBe(ARTICLE);
  await page.screenshot({ path: testInfo.outputPath('tagged.png') });
});

test('an actor nested inside a claim: both visible, clicks cycle, retag, delete, undo and redo', async ({ app }, testInfo) => {
  const { page } = app;
  const claim = 'Dieses Abkommen folgt einem Treffen zwischen dem russischen Präsidenten Wladimir Putin und dem nordkoreanischen Staatsführer Kim Jong-un in Pjöngjang im Juni.';
  await selectQuote(page, claim);
  await page.keyboard.press('1');
  await selectQuote(page, 'Kim Jong-un');
  await page.getByRole('button', { name: /Actor \(key 4\)/ }).click();
  await selectQuote(page, 'im Juni');
  await page.keyboard.press('3');
  await expect(items(page)).toHaveCount(3);
  const editor = page.getByTestId('editor');
  await expect(editor.locator('[data-label="claim"]').first()).toBeVisible();
  await expect(editor.locator('tw-l1[data-label="actor"], tw-l1[data-label="date"]')).toHaveCount(2);
  await page.screenshot({ path: testInfo.outputPath('nested.png') });

  // Clicking the nested actor selects the innermost span first, a second click the claim around it
  // (slow clicks: a quick second click is a double-click, which selects a word), and C cycles back.
  const details = page.getByTestId('annotation-details');
  await clickTag(page, editor.locator('[data-label="actor"]').first());
  await expect(details).toContainText('Kim Jong-un');
  await page.waitForTimeout(700);
  await clickTag(page, editor.locator('[data-label="actor"]').first());
  await expect(details.locator('.chip')).toHaveText('Claim');
  await page.keyboard.press('c');
  await expect(details.locator('.chip')).toHaveText('Actor');
  await page.keyboard.press('c');
  await expect(details.locator('.chip')).toHaveText('Claim');

  // Retag the selected claim to quote with key 2, then delete it.
  await page.keyboard.press('2');
  await expect(page.getByTestId('annotation-details').locator('.chip')).toHaveText('Quote');
  await page.keyboard.press('Delete');
  await expect(items(page)).toHaveCount(2);
  await page.keyboard.press('Control+z');
  await expect(items(page)).toHaveCount(3);
  await expect(page.getByTestId('annotation-list').locator('[data-label="quote"]')).toHaveCount(1);
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('annotation-list').locator('[data-label="claim"]')).toHaveCount(1);
  await page.keyboard.press('Control+Shift+z');
  await expect(page.getByTestId('annotation-list').locator('[data-label="quote"]')).toHaveCount(1);
  await page.keyboard.press('Control+y');
  await expect(items(page)).toHaveCount(2);
  await waitForSaved(page);
  const stored = await readStoredSet(app.dataDir);
  expect(stored.annotations.map((a) => a.label).sort()).toEqual(['actor', 'date']);
});

test('a note is kept with the annotation', async ({ app }) => {
  const { page } = app;
  await selectQuote(page, 'KCNA');
  await page.keyboard.press('4');
  await page.keyboard.press('Enter');
  await page.getByLabel('Note').fill('Nachrichtenagentur – prüfen 👀');
  await page.keyboard.press('Control+Enter');
  await expect(items(page).first().getByRole('img', { name: 'has a note' })).toBeVisible();
  await waitForSaved(page);
  expect((await readStoredSet(app.dataDir)).annotations[0]?.note).toBe('Nachrichtenagentur – prüfen 👀');
});

test('tag all hits of "Russland" is one undoable step and skips spans already tagged', async ({ app }) => {
  const { page } = app;
  const occurrences = ARTICLE.split('Russland').length - 1;
  expect(occurrences).toBeGreaterThan(1);
  await selectQuote(page, 'Russland', 1);
  await page.keyboard.press('4');
  await page.keyboard.press('Control+f');
  await page.getByRole('searchbox').fill('russland');
  await expect(page.getByTestId('search-count')).toHaveText(`1 of ${occurrences}`);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('search-count')).toHaveText(`2 of ${occurrences}`);
  await page.getByLabel('Tag all hits as').selectOption('actor');
  await page.getByRole('button', { name: /Tag all/ }).click();
  await expect(items(page)).toHaveCount(occurrences);
  await expect(page.getByTestId('status-message')).toContainText(`Tagged ${occurrences - 1} hits as Actor (1 already tagged)`);
  await page.getByTestId('annotation-list').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Escape');
  await page.getByTestId('document-title').click();
  await page.keyboard.press('Control+z');
  await expect(items(page)).toHaveCount(1);
  await page.keyboard.press('Control+y');
  await expect(items(page)).toHaveCount(occurrences);
  await waitForSaved(page);
  const stored = await readStoredSet(app.dataDir);
  expect(stored.annotations.filter((a) => a.text === 'Russland' && a.label === 'actor')).toHaveLength(occurrences);
});

test('a span can be created with the keyboard only: caret, Shift+arrows, label key', async ({ app }) => {
  const { page } = app;
  const start = ARTICLE.indexOf('KCNA');
  await selectRange(page, start, start);
  await page.getByTestId('editor').focus();
  await selectRange(page, start, start);
  for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('4');
  await expect(items(page)).toHaveCount(1);
  await waitForSaved(page);
  expect((await readStoredSet(app.dataDir)).annotations[0]).toMatchObject({ text: 'KCNA', label: 'actor' });
});

test('an empty or whitespace-only selection creates nothing and says why', async ({ app }) => {
  const { page } = app;
  const start = ARTICLE.indexOf('KCNA');
  await selectRange(page, start, start);
  await page.keyboard.press('1');
  await expect(page.getByTestId('status-message')).toContainText('Nothing selected');
  const space = ARTICLE.indexOf(' und ');
  await selectRange(page, space, space + 1);
  await page.keyboard.press('1');
  await expect(page.getByTestId('status-message')).toContainText('only spaces');
  await expect(page.getByTestId('annotation-list')).toHaveCount(0);
});

test('a selection across two paragraphs becomes one span containing the line break', async ({ app }) => {
  const { page } = app;
  const end = ARTICLE.indexOf('\n');
  await selectRange(page, end - 'im Juni.'.length, end + 1 + 'Kim Jong-un'.length);
  await page.keyboard.press('1');
  await waitForSaved(page);
  const [a] = (await readStoredSet(app.dataDir)).annotations;
  expect(a?.text).toBe('im Juni.\nKim Jong-un');
});

test('20 spans tagged in quick succession by keys are all kept', async ({ app }) => {
  const { page } = app;
  const words = [...ARTICLE.matchAll(/[A-ZÄÖÜ][\p{L}-]{3,}/gu)].slice(0, 20);
  expect(words).toHaveLength(20);
  for (const [i, match] of words.entries()) {
    await selectRange(page, match.index, match.index + match[0].length);
    await page.keyboard.press(String((i % 4) + 1));
  }
  await expect(items(page)).toHaveCount(20);
  await waitForSaved(page);
  const stored = await readStoredSet(app.dataDir);
  expect(stored.annotations).toHaveLength(20);
  expect(stored.annotations.map((a) => a.text).sort()).toEqual(words.map((w) => w[0]).sort());
});

test('keyboard only from the start: Tab into the text, Ctrl+Home, Shift+Ctrl+→, a label key', async ({ app }) => {
  const { page } = app;
  for (let i = 0; i < 40; i++) {
    if (await page.getByTestId('editor').evaluate((el) => el === document.activeElement)) break;
    await page.keyboard.press('Tab');
  }
  await expect(page.getByTestId('editor')).toBeFocused();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Shift+Control+ArrowRight');
  await page.keyboard.press('Shift+Control+ArrowRight');
  await page.keyboard.press('1');
  await expect(items(page)).toHaveCount(1);
  await waitForSaved(page);
  expect((await readStoredSet(app.dataDir)).annotations[0]).toMatchObject({ text: 'Die Demokratische', start: 0, end: 17, label: 'claim' });
});
