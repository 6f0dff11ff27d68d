import type { Page } from '@playwright/test';
import { expect, test } from './support/workbenchTest';
import { readStoredSet, waitForSaved } from './support/editorText';
import { dragOver } from './support/mouseDrag';

// React follows the session after the frame that paints a change; keys pressed within that frame
// (an analyst's quick fingers, Playwright's presses) must act on the session as it is now.

const items = (page: Page) => page.getByTestId('annotation-list').getByRole('option');
const details = (page: Page) => page.getByTestId('annotation-details');

/**
 * Sends the keys one right after the other without waiting for a frame in between, as fast fingers
 * do: every key goes down before the first comes up (Ctrl as its own down and up, so it never
 * holds over the next key).
 */
async function rapidly(page: Page, keys: readonly string[]): Promise<void> {
  const { keyboard } = page;
  // The page is busy for a moment (as at 1M characters) while the keys arrive, so they queue up and run one after the other before the next frame.
  await page.evaluate(() => void setTimeout(() => {
    const end = performance.now() + 150;
    while (performance.now() < end);
  }, 0));
  await Promise.all(
    keys.flatMap((key) => (key.startsWith('Control+') ? [keyboard.down('Control'), keyboard.press(key.slice('Control+'.length)), keyboard.up('Control')] : [keyboard.press(key)])),
  );
}

/**
 * Presses the keys (keydown, keyup) on the focused element all inside one task of the page, so no
 * frame can come between them — the strict form of fast fingers that CDP key events cannot promise.
 */
async function inOneTask(page: Page, keys: readonly string[]): Promise<void> {
  await page.evaluate((keys) => {
    for (const key of keys) {
      const target = document.activeElement ?? document.body;
      for (const type of ['keydown', 'keyup']) target.dispatchEvent(new KeyboardEvent(type, { key, bubbles: true, cancelable: true, composed: true }));
    }
  }, keys);
}

/** Tags each quote (dragged over with the mouse) with the label key, one after the other. */
async function tagAll(page: Page, tags: readonly [string, string][]): Promise<void> {
  for (const [quote, key] of tags) {
    await dragOver(page, quote);
    await page.keyboard.press(key);
  }
  await expect(items(page)).toHaveCount(tags.length);
}

for (const [how, press] of [
  ['pressed rapidly', rapidly],
  ['in one task', inOneTask],
] as const) {
test(`tag, K and Delete ${how}: the new tag stays, the tag K reached is deleted`, async ({ app }) => {
  const { page } = app;
  await tagAll(page, [['Wladimir Putin', '4']]);
  await dragOver(page, 'Kim Jong-un');
  await press(page, ['4', 'k', 'Delete']);
  await expect(items(page)).toHaveCount(1);
  await expect(items(page)).toContainText(['Kim Jong-un']);
  await waitForSaved(page);
  expect((await readStoredSet(app.dataDir)).annotations.map(({ text, label }) => ({ text, label }))).toEqual([{ text: 'Kim Jong-un', label: 'actor' }]);
});

test(`tag and Enter ${how}, then typing: the note goes to the new tag`, async ({ app }) => {
  const { page } = app;
  await tagAll(page, [['Wladimir Putin', '4']]);
  // No tag selected, so no note field is shown until the new tag's details are.
  await page.keyboard.press('Escape');
  await expect(details(page)).toHaveCount(0);
  await dragOver(page, 'Pjöngjang');
  await press(page, ['1', 'Enter']);
  // An NFD umlaut and an emoji typed straight after the note key land in the new tag's note field.
  await page.keyboard.type('Pru\u0308fen 👍');
  await page.keyboard.press('Control+Enter');
  await waitForSaved(page);
  const stored = (await readStoredSet(app.dataDir)).annotations;
  expect(stored.map(({ text, note }) => ({ text, note }))).toEqual([
    { text: 'Wladimir Putin', note: undefined },
    // Notes are stored NFC, as texts are.
    { text: 'Pjöngjang', note: 'Pru\u0308fen 👍'.normalize('NFC') },
  ]);
});
}

test('in the list, Ctrl+Z, End and Enter within one frame select the last tag that is left', async ({ app }) => {
  const { page } = app;
  await tagAll(page, [
    ['Wladimir Putin', '4'],
    ['Kim Jong-un', '4'],
    ['Pjöngjang', '1'],
  ]);
  // The last row, chosen in the list with the keyboard.
  await items(page).first().focus();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await expect(details(page)).toContainText('Pjöngjang');
  // From the first row, which the undo leaves in place (so the keys stay in the list whenever React follows).
  await items(page).first().focus();
  // Undo takes the last tag away; End and Enter act on the rows that are left, not on the rows last painted.
  await rapidly(page, ['Control+z', 'End', 'Enter']);
  await expect(items(page)).toHaveCount(2);
  await expect(details(page)).toContainText('Kim Jong-un');
  await expect(page.getByTestId('annotation-list').locator('[aria-selected="true"]')).toContainText('Kim Jong-un');
  await waitForSaved(page);
  expect((await readStoredSet(app.dataDir)).annotations.map((a) => a.text)).toEqual(['Wladimir Putin', 'Kim Jong-un']);
});
