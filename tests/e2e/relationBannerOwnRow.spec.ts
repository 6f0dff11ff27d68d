import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { launchApp } from './app';
import { selectQuote } from './support/editorText';
import { CLAIM, SPEAKER } from './support/relateClaimToSpeaker';

// The relation banner ("Relation „…“ → „Wassili Nebensja“: Enter confirms, J / K …") once stuck over
// the top of the text column and hid the line under it (en-US 1400: "Dieses gegenseitige Bekenntnis …").
// It is a bar of its own above the text, as INCEpTION and brat show a mode: no text under it, however
// the text is scrolled, and the text moves at most by the bar's height when the mode starts.

const SHOTS = process.env.TAGWERK_SHOTS;

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The text's line boxes that show in the pane, cut to its visible box, as the page lays them out now. */
async function visibleLines(page: Page): Promise<Box[]> {
  return page.evaluate(() => {
    const pane = document.querySelector('.document-pane');
    const editor = document.querySelector('[data-testid="editor"]');
    if (!pane || !editor) throw new Error('no pane or editor');
    const outer = pane.getBoundingClientRect();
    const view = { left: outer.left + pane.clientLeft, top: outer.top + pane.clientTop, right: outer.left + pane.clientLeft + pane.clientWidth, bottom: outer.top + pane.clientTop + pane.clientHeight };
    const range = document.createRange();
    const lines: { left: number; top: number; right: number; bottom: number }[] = [];
    const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if ((node.textContent ?? '').trim() === '') continue;
      range.selectNodeContents(node);
      for (const r of range.getClientRects()) {
        if (r.width < 1 || r.bottom <= view.top + 1 || r.top >= view.bottom - 1 || r.right <= view.left || r.left >= view.right) continue;
        // The part the pane shows (a line half scrolled out is cut by the pane's edge, not by the banner).
        lines.push({ left: Math.max(r.left, view.left), top: Math.max(r.top, view.top), right: Math.min(r.right, view.right), bottom: Math.min(r.bottom, view.bottom) });
      }
    }
    return lines;
  });
}

/** The banner's box and the visible text lines it covers (none, when it has its own row). */
async function linesUnderBanner(page: Page): Promise<{ banner: Box; covered: string[]; lines: number }> {
  const b = await page.getByTestId('relation-banner').boundingBox();
  if (!b) throw new Error('no banner');
  const banner = { left: b.x, top: b.y, right: b.x + b.width, bottom: b.y + b.height };
  const lines = await visibleLines(page);
  const covered = lines
    .filter((l) => l.left < banner.right - 0.5 && l.right > banner.left + 0.5 && l.top < banner.bottom - 0.5 && l.bottom > banner.top + 0.5)
    .map((l) => `line ${Math.round(l.top)}–${Math.round(l.bottom)}`);
  return { banner, covered, lines: lines.length };
}

/** The top of the speaker's tag on the screen (a fixed point of the text). */
async function speakerTop(page: Page): Promise<number> {
  const box = await page.getByTestId('editor').locator('[data-ann]').filter({ hasText: SPEAKER }).first().boundingBox();
  if (!box) throw new Error('no speaker tag');
  return box.y;
}

for (const locale of ['de-DE', 'en-US'] as const) {
  test(`${locale}: the relation banner has its own row — no text line under it, scrolled or not, at 1024 and 1400`, async () => {
    test.setTimeout(180_000);
    const app = await launchApp({ locale });
    try {
      const { page } = app;
      await page.setViewportSize({ width: 1024, height: 700 });
      await expect(page.getByTestId('editor')).toContainText(SPEAKER);
      await selectQuote(page, CLAIM);
      await page.keyboard.press('1');
      await selectQuote(page, SPEAKER);
      await page.keyboard.press('4');
      for (const [width, height] of [
        [1024, 700],
        [1400, 900],
      ] as const) {
        await page.setViewportSize({ width, height });
        // The claim selected by J (from the speaker; it stays selected after Escape), then R and K to the speaker, by keys.
        const selected = page.getByTestId('annotation-list').getByRole('option', { selected: true });
        for (let i = 0; i < 2 && !((await selected.textContent()) ?? '').includes(CLAIM.slice(0, 20)); i++) await page.keyboard.press('j');
        await expect(selected).toContainText(CLAIM.slice(0, 20));
        const before = await speakerTop(page);
        await page.keyboard.press('r');
        const banner = page.getByTestId('relation-banner');
        await expect(banner).toHaveAttribute('data-mode', 'picking');
        const bannerHeight = (await banner.boundingBox())?.height ?? 0;
        expect(Math.abs((await speakerTop(page)) - before), `${width}: the text moved by at most the banner's height (${bannerHeight})`).toBeLessThanOrEqual(bannerHeight + 1);
        await page.keyboard.press('k');
        await expect(banner).toContainText(SPEAKER);
        const pane = page.locator('.document-pane');
        for (const scroll of ['as picked', 0, 240, 'bottom', 120] as const) {
          if (scroll !== 'as picked') await pane.evaluate((p, y) => p.scrollTo(0, y === 'bottom' ? p.scrollHeight : y), scroll);
          await page.waitForTimeout(50);
          const seen = await linesUnderBanner(page);
          expect(seen.lines, `${width}, scrolled ${scroll}: lines to check`).toBeGreaterThan(3);
          expect(seen.covered, `${width}, scrolled ${scroll}: text lines under the banner ${JSON.stringify(seen.banner)}`).toEqual([]);
          await expect(banner).toBeInViewport({ ratio: 1 });
          if (SHOTS) await page.screenshot({ path: path.join(SHOTS, `banner-own-row-${locale}-${width}-${scroll}.png`) });
        }
        // Escape leaves the mode: the banner's row is gone with it.
        await page.keyboard.press('Escape');
        await expect(banner).toHaveCount(0);
      }
    } finally {
      await app.close();
    }
  });
}
