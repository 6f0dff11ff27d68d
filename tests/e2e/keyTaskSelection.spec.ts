import type { Page } from '@playwright/test';
import { expect, test } from './support/workbenchTest';
import { readStoredSet, waitForSaved } from './support/editorText';
import { dragOver } from './support/mouseDrag';

// The page's selection is written before the frame, never inside a key's task (where Chromium lays out
// the page the redraw just dirtied to sync the selection to the input method), and keys pressed right
// after still act on where the caret will be.

const items = (page: Page) => page.getByTestId('annotation-list').getByRole('option');

/** Counts calls that change the page's selection while a keydown is being dispatched. */
async function countSelectionWritesInKeys(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { selectionWritesInKeys: string[] };
    w.selectionWritesInKeys = [];
    const proto = Selection.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
    for (const name of ['addRange', 'collapse', 'collapseToEnd', 'collapseToStart', 'extend', 'removeAllRanges', 'setBaseAndExtent', 'selectAllChildren']) {
      const write = proto[name]!;
      proto[name] = function (this: Selection, ...args: unknown[]) {
        if (window.event?.type === 'keydown') w.selectionWritesInKeys.push(`${name} in ${(window.event as KeyboardEvent).key}`);
        return write.apply(this, args);
      };
    }
  });
}

const writesInKeys = (page: Page) => page.evaluate(() => (window as unknown as { selectionWritesInKeys: string[] }).selectionWritesInKeys);

test('a label key, retag, J, K, Delete and undo write no page selection in the key task; the caret is right by the next frame', async ({ app }) => {
  const { page } = app;
  await countSelectionWritesInKeys(page);
  await dragOver(page, 'Wladimir Putin', { overshoot: true });
  await page.keyboard.press('1');
  await expect(items(page)).toHaveCount(1);
  await expect.poll(() => page.evaluate(() => window.getSelection()?.isCollapsed)).toBe(true);
  await page.keyboard.press('2');
  await expect(page.getByTestId('status-message')).toHaveText('“Wladimir Putin”: Claim → Quote');
  await dragOver(page, 'Kim Jong-un');
  await page.keyboard.press('4');
  await expect(items(page)).toHaveCount(2);
  await page.keyboard.press('k');
  await expect(page.getByTestId('annotation-details')).toContainText('Wladimir Putin');
  await page.keyboard.press('j');
  await expect(page.getByTestId('annotation-details')).toContainText('Kim Jong-un');
  await page.keyboard.press('Delete');
  await expect(items(page)).toHaveCount(1);
  await page.keyboard.press('Control+z');
  await expect(items(page)).toHaveCount(2);
  expect(await writesInKeys(page)).toEqual([]);
  // Focus never left the text: every key above was handled with the caret in the editor.
  await expect(page.getByTestId('editor')).toBeFocused();
});

test('Shift+arrows pressed right after a label key extend from the new tag’s end, before any frame could write it', async ({ app }) => {
  const { page } = app;
  await dragOver(page, 'Wladimir Putin', { overshoot: true });
  // No wait between the keys: the page's caret must already be at the tag's end for the browser's Shift+←.
  await page.keyboard.press('1');
  for (let i = 0; i < 'Putin'.length; i++) await page.keyboard.press('Shift+ArrowLeft');
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('Putin');
  await page.keyboard.press('4');
  await expect(items(page)).toHaveCount(2);
  await waitForSaved(page);
  const stored = (await readStoredSet(app.dataDir)).annotations;
  expect(stored.map((a) => [a.text, a.label]).sort()).toEqual([
    ['Putin', 'actor'],
    ['Wladimir Putin', 'claim'],
  ]);
});
