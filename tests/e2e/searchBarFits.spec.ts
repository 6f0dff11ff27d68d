import { expect, test, type Page } from '@playwright/test';
import { launchApp } from './app';

// The search bar in both languages at 1400×900 and 1024×700: every control stays inside the text
// column, none lies on another, the field shows a word, and ✕ closes the bar from a real click —
// at 1024 in German "Alle 6 Treffer markieren" pushed ✕ under the right column and left the field
// four letters wide.

const SIZES = [
  [1400, 900],
  [1024, 700],
] as const;

/** What is wrong with the bar's layout: a control past the text column, two controls overlapping, a field narrower than `minField` px. */
async function layoutProblems(page: Page, minField: number): Promise<string[]> {
  return page.evaluate((min) => {
    const bar = document.querySelector('.search-bar');
    const column = bar?.closest('.text-toolbar') ?? bar?.parentElement;
    if (!bar || !column) return ['no search bar'];
    const outer = column.getBoundingClientRect();
    const controls = [...bar.querySelectorAll('input, button, select')].map((el) => ({
      name: el.getAttribute('aria-label') ?? el.textContent ?? el.tagName,
      box: el.getBoundingClientRect(),
      field: el.tagName === 'INPUT',
    }));
    const problems: string[] = [];
    for (const c of controls) {
      if (c.box.left < outer.left - 1 || c.box.right > outer.right + 1) problems.push(`${c.name} outside the text column (${Math.round(c.box.left)}–${Math.round(c.box.right)} of ${Math.round(outer.left)}–${Math.round(outer.right)})`);
      if (c.field && c.box.width < min) problems.push(`${c.name} only ${Math.round(c.box.width)} px wide`);
    }
    controls.forEach((a, i) =>
      controls.slice(i + 1).forEach((b) => {
        const overlap = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left) > 1 && Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top) > 1;
        if (overlap) problems.push(`${a.name} overlaps ${b.name}`);
      }),
    );
    return problems;
  }, minField);
}

for (const locale of ['de-DE', 'en-US']) {
  test(`${locale}: the search bar fits the text column at 1400 and 1024 px and ✕ closes it by mouse`, async () => {
    const app = await launchApp({ locale });
    const { page } = app;
    try {
      await expect(page.getByTestId('editor')).toContainText('Wladimir Putin');
      for (const [width, height] of SIZES) {
        await page.setViewportSize({ width, height });
        await page.getByTestId('editor').click();
        await page.keyboard.press('Control+f');
        await page.keyboard.type('Russland');
        await expect(page.getByTestId('search-tag-all')).toContainText('6');
        if (process.env.TAGWERK_SHOTS) await page.screenshot({ path: `${process.env.TAGWERK_SHOTS}/search-${locale}-${width}.png` });
        expect(await layoutProblems(page, 110), `${locale} ${width}`).toEqual([]);
        const close = page.getByRole('button', { name: locale === 'de-DE' ? 'Suche schließen' : 'Close search' });
        const box = await close.boundingBox();
        expect(box).not.toBeNull();
        await page.mouse.click(box!.x + box!.width / 2, box!.y + box!.height / 2);
        await expect(page.getByRole('search')).toHaveCount(0);
      }
    } finally {
      await app.close();
    }
  });
}
