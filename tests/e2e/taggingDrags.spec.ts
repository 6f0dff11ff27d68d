import type { Page } from '@playwright/test';
import { launchApp } from './app';
import { expect, test } from './support/workbenchTest';
import { ARTICLE, editorText, readStoredSet, waitForSaved } from './support/editorText';
import { dragOver } from './support/mouseDrag';

// The analyst's loop as a person does it — mouse drags (overshooting, mid-word, backwards), the
// keyboard alone, search then key — at the two window widths the issue was tried at.

const items = (page: Page) => page.getByTestId('annotation-list').getByRole('option');
const status = (page: Page) => page.getByTestId('status-message');
const selectionIsCollapsed = (page: Page) => page.evaluate(() => window.getSelection()?.isCollapsed ?? true);

for (const width of [1400, 1024]) {
  test.describe(`at ${width} px`, () => {
    test.beforeEach(async ({ app }) => {
      await app.page.setViewportSize({ width, height: 860 });
    });

    test('drags overshooting, starting mid-word and going backwards each tag whole words; a key after a drag retags', async ({ app }) => {
      const { page } = app;
      const drags: Array<[string, Parameters<typeof dragOver>[2], string, string]> = [
        ['Wladimir Putin', { overshoot: true }, '4', 'actor'],
        ['Kim Jong-un', { startInside: 2 }, '4', 'actor'],
        ['Nachrichtenagentur', { backwards: true, overshoot: true }, '1', 'claim'],
        ['Pjöngjang', { occurrence: 2, startInside: 4, overshoot: true }, '3', 'date'],
      ];
      for (const [i, [quote, options, key]] of drags.entries()) {
        await dragOver(page, quote, options);
        await page.keyboard.press(key);
        await expect(items(page)).toHaveCount(i + 1);
        await expect(status(page)).toContainText(`“${quote}”`);
        expect(await selectionIsCollapsed(page)).toBe(true);
      }
      // A second key right after the last drag retags what it made, naming it.
      await page.keyboard.press('2');
      await expect(status(page)).toHaveText('“Pjöngjang”: Date → Quote');
      await expect(items(page)).toHaveCount(drags.length);
      await waitForSaved(page);
      const stored = (await readStoredSet(app.dataDir)).annotations;
      const expected = drags.map(([quote, options], i) => {
        let at = -1;
        for (let n = 0; n <= (options?.occurrence ?? 0); n++) at = ARTICLE.indexOf(quote, at + 1);
        return { text: quote, start: at, end: at + quote.length, label: i === drags.length - 1 ? 'quote' : drags[i]?.[3] };
      });
      expect(stored.map(({ text, start, end, label }) => ({ text, start, end, label }))).toEqual(expected.sort((a, b) => a.start - b.start));
      expect(await editorText(page)).toBe(ARTICLE);
    });

    test('keyboard only: Shift+Ctrl+→ selects, a key tags, another retags, Escape deselects, a key then says nothing is selected', async ({ app }) => {
      const { page } = app;
      await page.getByTestId('editor').focus();
      await page.keyboard.press('Control+Home');
      await page.keyboard.press('Shift+Control+ArrowRight');
      await page.keyboard.press('Shift+Control+ArrowRight');
      await page.keyboard.press('1');
      await expect(status(page)).toHaveText('Tagged “Die Demokratische” as Claim.');
      await page.keyboard.press('4');
      await expect(status(page)).toHaveText('“Die Demokratische”: Claim → Actor');
      // From the caret the tag left behind (at its end): past the space, then Shift+→ over the next word.
      await page.keyboard.press('ArrowRight');
      for (let i = 0; i < 'Volksrepublik'.length; i++) await page.keyboard.press('Shift+ArrowRight');
      await page.keyboard.press('3');
      await expect(items(page)).toHaveCount(2);
      await page.keyboard.press('Escape');
      await page.keyboard.press('2');
      await expect(status(page)).toContainText('Nothing selected');
      await waitForSaved(page);
      const stored = (await readStoredSet(app.dataDir)).annotations;
      expect(stored.map((a) => [a.text, a.label])).toEqual([
        ['Die Demokratische', 'actor'],
        ['Volksrepublik', 'date'],
      ]);
    });

    test('search then key: Enter selects the hit, Escape keeps it selected, the key tags exactly it', async ({ app }) => {
      const { page } = app;
      await dragOver(page, 'Wladimir Putin');
      await page.keyboard.press('4');
      await page.keyboard.press('Control+f');
      await page.keyboard.type('kcna');
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('search-count')).toHaveText('2 of 2');
      await page.keyboard.press('Escape');
      expect(await page.evaluate(() => window.getSelection()?.toString())).toBe('KCNA');
      await page.keyboard.press('4');
      await expect(status(page)).toHaveText('Tagged “KCNA” as Actor.');
      // The same again with the palette button while the bar is open: it acts on the current hit.
      await page.keyboard.press('Control+f');
      await page.keyboard.type('moskau');
      await page.getByRole('button', { name: 'Date (key 3)' }).click();
      await expect(status(page)).toHaveText('Tagged “Moskau” as Date.');
      await waitForSaved(page);
      const stored = (await readStoredSet(app.dataDir)).annotations;
      expect(stored.map((a) => [a.text, a.start, a.label])).toEqual([
        ['Wladimir Putin', 278, 'actor'],
        ['Moskau', ARTICLE.indexOf('Moskau'), 'date'],
        ['KCNA', ARTICLE.indexOf('KCNA', ARTICLE.indexOf('KCNA') + 1), 'actor'],
      ]);
    });
  });
}

test('a key pressed before the browser reports the selection (fast typing) tags it and leaves the caret at the tag’s end', async ({ app }) => {
  const { page } = app;
  await page.getByTestId('editor').focus();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Shift+Control+ArrowRight');
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('Die');
  // Extend and press the key in one task, as a fast typist does: no selectionchange has run yet,
  // so ProseMirror still holds "Die" when the new highlight redraws the text.
  // The page is given the caret before the next frame (not inside the key's task, where writing it forces a layout).
  const caret = await page.evaluate(async () => {
    const selection = window.getSelection()!;
    selection.modify('extend', 'forward', 'word');
    const editor = document.querySelector('.ProseMirror')!;
    editor.dispatchEvent(new KeyboardEvent('keydown', { key: '1', code: 'Digit1', bubbles: true, cancelable: true }));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const range = document.createRange();
    range.setStart(editor, 0);
    range.setEnd(selection.focusNode!, selection.focusOffset);
    return { collapsed: selection.isCollapsed, at: range.toString().length };
  });
  await expect(status(page)).toHaveText('Tagged “Die Demokratische” as Claim.');
  expect(caret).toEqual({ collapsed: true, at: 'Die Demokratische'.length });
  await page.keyboard.press('ArrowRight');
  for (let i = 0; i < 'Volksrepublik'.length; i++) await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('3');
  await expect(status(page)).toHaveText('Tagged “Volksrepublik” as Date.');
});

test('a selection scrolled out of view is not tagged, and the selected tag is not retagged instead', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1024, height: 600 });
  await dragOver(page, 'Wladimir Putin');
  await page.keyboard.press('4');
  await dragOver(page, 'Kim Jong-un', { occurrence: 1 });
  await page.locator('.document-pane').evaluate((pane) => pane.scrollBy(0, 2000));
  await page.waitForTimeout(100);
  await page.keyboard.press('1');
  await expect(status(page)).toContainText('out of view');
  await expect(items(page)).toHaveCount(1);
  await expect(items(page).first()).toHaveAttribute('data-label', 'actor');
});

test('German: the status line names the tag, „Die Demokratische …“: Behauptung → Akteur', async () => {
  const app = await launchApp({ locale: 'de-DE' });
  try {
    const { page } = app;
    await expect(page.getByTestId('editor')).toContainText('Wladimir Putin');
    await dragOver(page, 'Die Demokratische Volksrepublik Korea', { overshoot: true });
    await page.keyboard.press('1');
    await expect(status(page)).toHaveText('„Die Demokratische …“ als Behauptung markiert.');
    await page.keyboard.press('4');
    await expect(status(page)).toHaveText('„Die Demokratische …“: Behauptung → Akteur');
    await page.keyboard.press('4');
    await expect(status(page)).toHaveText('„Die Demokratische …“ ist schon als Akteur markiert.');
    await expect(items(page)).toHaveCount(1);
  } finally {
    await app.close();
  }
});
