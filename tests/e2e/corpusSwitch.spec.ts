import { expect, test, type Page } from '@playwright/test';
import { launchApp } from './app';
import { importedCorpus } from './support/importedCorpus';
import { settledScrollTop } from './support/settledScrollTop';

const rows = (page: Page) => page.getByTestId('corpus-list').getByRole('option');
const row = (page: Page, title: string) => rows(page).filter({ has: page.locator('.corpus-item-title', { hasText: title }) });

/** The last document chosen is shown with its one new tag; the two chosen before it kept their 20. */
async function expectTagIn(page: Page, last: string, others: readonly string[]): Promise<void> {
  await expect(page.getByTestId('document-title')).toHaveText(last);
  await expect(page.getByTestId('annotation-count')).toHaveText('21 annotations');
  await expect(row(page, last)).toContainText('21 tags');
  for (const other of others) await expect(row(page, other)).toContainText('20 tags');
}

/** Rows wholly inside the list's scrolled view, not the open document's: their titles and centres. */
async function rowsInView(page: Page): Promise<{ title: string; x: number; y: number }[]> {
  return page.locator('.corpus-body').evaluate((scroller) => {
    const frame = scroller.getBoundingClientRect();
    return [...scroller.querySelectorAll<HTMLElement>('[role="option"]')]
      .map((r) => ({ r, box: r.getBoundingClientRect() }))
      .filter(({ r, box }) => box.top >= frame.top && box.bottom <= frame.bottom && r.getAttribute('aria-selected') !== 'true')
      .sort((a, b) => a.box.top - b.box.top)
      .map(({ r, box }) => ({ title: r.querySelector('.corpus-item-title')?.textContent ?? '', x: box.left + 20, y: box.top + box.height / 2 }));
  });
}

/** The centre of an element's box (it must be drawn). */
async function centreOf(page: Page, selector: string): Promise<{ x: number; y: number }> {
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`${selector} is not drawn`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

test('a switch keeps the document list as it is: the same rows, where it was scrolled to, and the focus after a keyboard open', async () => {
  test.setTimeout(180_000);
  const count = 300;
  const app = await launchApp({ dataDir: await importedCorpus(count), annotator: 'bench' });
  try {
    const { page } = app;
    await expect(page.locator('.corpus-count')).toHaveText(`${count + 1} documents`);
    // Wheel the list far down with the mouse.
    const body = await centreOf(page, '.corpus-body');
    await page.mouse.move(body.x, body.y);
    await page.mouse.wheel(0, 5000);
    await expect.poll(() => page.locator('.corpus-body').evaluate((e) => e.scrollTop)).toBeGreaterThan(3000);
    const top = await settledScrollTop(page);

    // Two rows in view: one to open, one to watch. Each element is marked, so a list drawn anew would lose the marks.
    const [target, watched] = await page.locator('.corpus-body').evaluate((scroller) => {
      const frame = scroller.getBoundingClientRect();
      const inView = [...scroller.querySelectorAll<HTMLElement>('[role="option"]')].filter((r) => {
        const box = r.getBoundingClientRect();
        return box.top >= frame.top && box.bottom <= frame.bottom && r.getAttribute('aria-selected') !== 'true';
      });
      (scroller.querySelector('[role="listbox"]') as unknown as Record<string, unknown>).__kept = true;
      for (const r of inView) (r as unknown as Record<string, unknown>).__kept = true;
      return [inView[1], inView[0]].map((r) => ({ id: r?.dataset.doc ?? '', title: r?.querySelector('.corpus-item-title')?.textContent ?? '' }));
    });
    expect(target?.title).toMatch(/^Meldung \d{5}$/);
    expect(watched?.title).toMatch(/^Meldung \d{5}$/);
    const targetRow = `[data-doc="${target?.id}"]`;
    const watchedRow = `[data-doc="${watched?.id}"]`;
    const targetAt = await centreOf(page, targetRow);
    await page.mouse.click(targetAt.x, targetAt.y);
    await expect(page.getByTestId('document-title')).toHaveText(target?.title ?? '');
    await expect(page.locator(targetRow)).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByTestId('editor').locator('[data-ann]').first()).toBeVisible();
    // The same list and row elements, scrolled where they were, the opened row where it was clicked.
    expect(await page.getByTestId('corpus-list').evaluate((e) => (e as unknown as Record<string, unknown>).__kept)).toBe(true);
    expect(await page.locator(watchedRow).evaluate((e) => (e as unknown as Record<string, unknown>).__kept)).toBe(true);
    expect(await settledScrollTop(page)).toBe(top);
    expect(await centreOf(page, targetRow)).toEqual(targetAt);

    // By keyboard: ↓ and Enter open the next document; the focus stays on its row, in the same list.
    await page.locator(targetRow).focus();
    await page.keyboard.press('ArrowDown');
    const next = page.locator('[data-testid="corpus-list"] [role="option"]:focus');
    const nextTitle = (await next.locator('.corpus-item-title').textContent()) ?? '';
    expect(nextTitle).not.toBe(target?.title);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('document-title')).toHaveText(nextTitle);
    await expect(next).toHaveAttribute('aria-selected', 'true');
    await expect(next.locator('.corpus-item-title')).toHaveText(nextTitle);
    expect(await page.locator(watchedRow).evaluate((e) => (e as unknown as Record<string, unknown>).__kept)).toBe(true);
  } finally {
    await app.close();
  }
});

test('three documents chosen in quick succession (keyboard, then mouse, mouse), then a tag: it lands in the last one chosen and is there after a restart', async () => {
  test.setTimeout(180_000);
  const dataDir = await importedCorpus(12);
  const first = await launchApp({ dataDir, annotator: 'bench' });
  let last = { title: '', others: [] as string[] };
  try {
    const { page } = first;
    await expect(page.locator('.corpus-count')).toHaveText('13 documents');
    await expect(row(page, 'Meldung 00003')).toBeVisible();
    // Three rows in view, where they are before anything moves: the list stays put while documents switch.
    const chosen = await rowsInView(page);
    expect(chosen.length).toBeGreaterThanOrEqual(3);
    const [byKey, second, third] = chosen as [(typeof chosen)[0], (typeof chosen)[0], (typeof chosen)[0]];
    await row(page, byKey.title).focus();
    await page.keyboard.press('Enter');
    await page.mouse.click(second.x, second.y);
    await page.mouse.click(third.x, third.y);
    await expect(page.getByTestId('document-title')).toHaveText(third.title);
    await expect(page.getByTestId('annotation-count')).toHaveText('20 annotations');

    // Tag a word by double-click and "1".
    await page.getByTestId('editor').locator('p').first().dblclick({ position: { x: 20, y: 8 } });
    await page.keyboard.press('1');
    await expectTagIn(page, third.title, [byKey.title, second.title]);
    last = { title: third.title, others: [byKey.title, second.title] };
  } finally {
    await first.close();
  }

  const again = await launchApp({ dataDir, annotator: 'bench' });
  try {
    const { page } = again;
    // The last document shown opens again, with the new tag.
    await expectTagIn(page, last.title, last.others);
  } finally {
    await again.close();
  }
});
