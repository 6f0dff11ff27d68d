import type { Page } from '@playwright/test';
import { expect, test } from './support/workbenchTest';
import { readStoredSet, waitForSaved } from './support/editorText';

const items = (page: Page) => page.getByTestId('annotation-list').getByRole('option');

// The search bar says what "tag all" would do after the hits are drawn (a deferred render), so the
// count may lag one render behind the query: the button must still act on the query as typed.
test('"tag all" pressed right after the last letter tags the hits of the whole query, as one undo step', async ({ app }) => {
  const { page } = app;
  await page.keyboard.press('Control+f');
  // "russlan" hits only inside words: nothing to tag (Snap to words).
  await page.keyboard.type('russlan');
  await expect(page.getByTestId('search-tag-all')).toHaveText('Nothing to tag');
  await expect(page.getByTestId('search-tag-all')).toBeDisabled();
  // The last letter and the click at once, by mouse, as a quick analyst would.
  await page.keyboard.type('d');
  const button = page.getByTestId('search-tag-all');
  const box = await button.boundingBox();
  if (!box) throw new Error('no tag-all button');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(items(page)).toHaveCount(6);
  await expect(button).toHaveText('Nothing to tag');
  await waitForSaved(page);
  const stored = (await readStoredSet(app.dataDir)).annotations;
  expect(stored.map((a) => a.text)).toEqual(Array(6).fill('Russland'));
  // One undo step takes all six back.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+z');
  await expect(items(page)).toHaveCount(0);
});
