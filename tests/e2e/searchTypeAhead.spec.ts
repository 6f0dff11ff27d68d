import { expect, type Page } from '@playwright/test';
import { ARTICLE, ARTICLE_ID, readStoredSet } from './support/editorText';
import { dragOver } from './support/mouseDrag';
import { test } from './support/workbenchTest';

// A fast typist presses Ctrl+F and types at once. Label keys are digits: if the search field took
// the focus a moment late, "2024" would go to the text and tag the selection as a quote and an
// actor. Every key must land in the field, and nothing may be tagged.

/** Sends Ctrl+`chord`'s key and then each character of `text` to the browser without waiting between them. */
async function burst(page: Page, chord: 'Control+f', text: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const key = (type: 'keyDown' | 'keyUp' | 'rawKeyDown', k: string, code: string, vk: number, extra: object = {}) =>
    cdp.send('Input.dispatchKeyEvent', { type, key: k, code, windowsVirtualKeyCode: vk, ...extra });
  const sent = [
    key('rawKeyDown', 'Control', 'ControlLeft', 17, { modifiers: 2 }),
    key('rawKeyDown', 'f', 'KeyF', 70, { modifiers: 2 }),
    key('keyUp', 'f', 'KeyF', 70, { modifiers: 2 }),
    key('keyUp', 'Control', 'ControlLeft', 17),
    ...[...text].flatMap((c) => [key('keyDown', c, `Digit${c}`, c.charCodeAt(0), { text: c, unmodifiedText: c }), key('keyUp', c, `Digit${c}`, c.charCodeAt(0))]),
  ];
  await Promise.all(sent);
  await cdp.detach();
}

const items = (page: Page) => page.getByTestId('annotation-list').getByRole('option');

test('Ctrl+F then typing at once with a word selected: every letter lands in the search field and nothing is tagged', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1024, height: 700 });
  expect(ARTICLE.split('2024').length - 1).toBe(1);
  for (let round = 0; round < 3; round++) {
    // A word is selected with the mouse, so a digit reaching the text would tag it.
    await dragOver(page, 'Russland');
    await page.keyboard.press('Control+f');
    await page.keyboard.type('2024');
    await expect(page.getByRole('searchbox')).toHaveValue('2024');
    await expect(page.getByTestId('search-count')).toHaveText('1 of 1');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('searchbox')).toHaveCount(0);
  }
  // Also as one burst, every key sent before the first is handled: what a busy window gets from a
  // typist, its keys queued behind a long task.
  await dragOver(page, 'Russland');
  // A long task (a save, a big paint) holds the window for 400 ms while the keys arrive.
  await page.evaluate(() => void setTimeout(() => {
    const until = performance.now() + 400;
    while (performance.now() < until);
  }, 0));
  await burst(page, 'Control+f', '1234');
  await expect(page.getByRole('searchbox')).toHaveValue('1234');
  await page.keyboard.press('Escape');
  await expect(items(page)).toHaveCount(0);
  expect((await readStoredSet(app.dataDir, ARTICLE_ID).catch(() => ({ annotations: [] }))).annotations).toEqual([]);
});
