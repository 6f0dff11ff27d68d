import { expect, test, type Page } from '@playwright/test';
import { germanText } from '../bench/benchCorpus';
import { launchApp } from './app';
import { importedText } from './support/importedText';
import { paintedSuggestions } from './support/paintedSuggestions';

// Only the suggestions near the visible text are painted (each painted range costs every frame of
// the page); scrolling a long text with the mouse wheel must paint the ones where the user now
// looks, on their own text, and none left behind far above. A text with an emoji and an NFD umlaut.

const TITLE = 'Lange Meldung';
const TEXT = `😀 Jörg Mu\u0308ller sagte am Dienstag in Berlin.\n${germanText(60_000, 7)}`;

/** The suggestions painted on text now in the pane's view, and those painted farther than two screens away from it. */
async function paintedInView(page: Page): Promise<{ inView: string[]; far: number }> {
  const pane = await page.evaluate(() => {
    let at: HTMLElement | null = document.querySelector('[data-testid="editor"]');
    while (at && !/(auto|scroll)/u.test(getComputedStyle(at).overflowY)) at = at.parentElement;
    const box = (at ?? document.body).getBoundingClientRect();
    return { top: box.top, bottom: box.bottom };
  });
  const height = pane.bottom - pane.top;
  const painted = (await paintedSuggestions(page)).filter((r) => r.box);
  const inView = painted.filter((r) => r.box && r.box.y + r.box.height > pane.top && r.box.y < pane.bottom).map((r) => r.text);
  const far = painted.filter((r) => r.box && (r.box.y + r.box.height < pane.top - 2 * height || r.box.y > pane.bottom + 2 * height)).length;
  return { inView, far };
}

test('scrolling a long text with the wheel while suggestions show paints the suggestions where the user now looks, and drops those far behind', async () => {
  const app = await launchApp({ dataDir: await importedText(TITLE, TEXT) });
  try {
    const { page } = app;
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.getByTestId('corpus-list').getByRole('option').filter({ hasText: TITLE }).click();
    await expect(page.getByTestId('document-title')).toHaveText(TITLE);
    await page.getByTestId('document-title').click();
    await page.keyboard.press('s');
    await expect(page.getByTestId('suggestion-status')).toHaveText(/^\d+ /u);
    await expect.poll(async () => (await paintedInView(page)).inView.length, { timeout: 20_000 }).toBeGreaterThan(10);
    const top = await paintedInView(page);

    const editor = await page.getByTestId('editor').boundingBox();
    if (!editor) throw new Error('no editor');
    await page.mouse.move(editor.x + editor.width / 2, Math.min(editor.y + 300, 700));
    for (let i = 0; i < 6; i++) {
      await page.mouse.wheel(0, 700);
      await page.waitForTimeout(60);
    }
    // Where the user now looks: other text, painted with its own suggestions (each on non-empty text), none left far above.
    await expect.poll(async () => (await paintedInView(page)).inView.length, { timeout: 20_000 }).toBeGreaterThan(10);
    await expect.poll(async () => (await paintedInView(page)).far, { timeout: 20_000 }).toBe(0);
    const below = await paintedInView(page);
    expect(below.inView.every((text) => text.trim().length > 0)).toBe(true);
    expect(below.inView.slice(0, 20)).not.toEqual(top.inView.slice(0, 20));
    if (process.env.TAGWERK_SHOTS) await page.screenshot({ path: `${process.env.TAGWERK_SHOTS}/scrolled-1400.png` });

    // And back up: the first line's suggestions are painted again.
    await page.mouse.wheel(0, -10_000);
    await expect.poll(async () => (await paintedInView(page)).inView.some((text) => /Mu\u0308ller|Dienstag|Berlin/u.test(text)), { timeout: 20_000 }).toBe(true);
  } finally {
    await app.close();
  }
});
