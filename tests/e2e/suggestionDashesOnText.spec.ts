import type { Page } from '@playwright/test';
import { expect, test } from './support/workbenchTest';
import { dragOver } from './support/mouseDrag';
import { paintedSuggestions } from './support/paintedSuggestions';

// The suggestion dashes are drawn beside the text, measured once, and not measured again when a tag
// redraws a paragraph (a tag's tint, line and chip take no room in the line). What a user sees must
// hold: each dashed box frames exactly its suggestion's text — before a tag, after tags in
// paragraphs full of suggestions, and after the window's width changed.

/** The painted suggestions in the pane's view whose dashed first box does not frame the start of their own text: what lies under the box, read from the page's hit testing. */
async function misplaced(page: Page): Promise<{ text: string; under: string }[]> {
  const painted = await paintedSuggestions(page);
  return page.evaluate((list) => {
    let pane: HTMLElement | null = document.querySelector('[data-testid="editor"]');
    while (pane && !/(auto|scroll)/u.test(getComputedStyle(pane).overflowY)) pane = pane.parentElement;
    const view = (pane ?? document.body).getBoundingClientRect();
    const wrong: { text: string; under: string }[] = [];
    for (const s of list) {
      const box = s.box;
      if (!box || box.y < view.top + 40 || box.y + box.height > view.bottom - 10) continue;
      const y = box.y + box.height / 2;
      const start = document.caretRangeFromPoint(box.x + 1, y);
      const end = document.caretRangeFromPoint(box.x + box.width - 1, y);
      if (!start || !end) continue;
      const range = document.createRange();
      range.setStart(start.startContainer, start.startOffset);
      range.setEnd(end.startContainer, end.startOffset);
      // The box's first piece spans from the first character of the text to the end of its first line.
      const under = range.toString();
      const first = [...s.text][0] ?? '';
      if (under.length < 1 || !s.text.replace(/\s+/gu, ' ').startsWith(under.replace(/\s+/gu, ' ').slice(0, -1)) || !under.startsWith(first)) wrong.push({ text: s.text, under });
    }
    return wrong;
  }, painted);
}

test('the dashed boxes frame their own text, also after tags in paragraphs full of suggestions and after the window got narrower', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.getByTestId('document-title').click();
  await page.keyboard.press('s');
  await expect(page.getByTestId('suggestion-status')).toHaveText(/\d+ suggestions? to decide/u);
  await expect.poll(async () => (await paintedSuggestions(page)).length).toBeGreaterThan(5);
  expect(await misplaced(page)).toEqual([]);

  // Two tags in paragraphs with suggestions: their redraws keep every other box on its text.
  await dragOver(page, 'Wladimir Putin');
  await page.keyboard.press('4');
  await dragOver(page, 'Russland');
  await page.keyboard.press('1');
  await expect(page.getByTestId('annotation-list').getByRole('option')).toHaveCount(2);
  await page.waitForTimeout(300);
  const kept = await paintedSuggestions(page);
  expect(kept.length).toBeGreaterThan(5);
  expect(await misplaced(page)).toEqual([]);

  // A narrower window wraps the lines anew: every box is measured again.
  await page.setViewportSize({ width: 1024, height: 700 });
  await expect.poll(async () => misplaced(page)).toEqual([]);
  const narrow = await paintedSuggestions(page);
  expect(narrow.map((s) => s.box?.x)).not.toEqual(kept.map((s) => s.box?.x));
});
