import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { shortDocuments } from '../bench/benchCorpus';
import { launchApp } from './app';
import { importedCorpus } from './support/importedCorpus';
import { settledScrollTop } from './support/settledScrollTop';

test('a switch while the Documents panel is collapsed keeps it collapsed, and the hidden list where it was scrolled to', async () => {
  test.setTimeout(180_000);
  const count = 200;
  const dataDir = await importedCorpus(count);
  // A file with the text of a stored document: Ctrl+O opens that document (the list stays as it is).
  const chosen = shortDocuments(count)[150];
  const file = path.join(path.dirname(dataDir), 'meldung.txt');
  await writeFile(file, chosen?.text ?? '');
  const app = await launchApp({ dataDir, annotator: 'bench', dialogs: { open: () => [file] } });
  try {
    const { page } = app;
    await expect(page.locator('.corpus-count')).toHaveText(`${count + 1} documents`);
    const box = await page.locator('.corpus-body').boundingBox();
    if (!box) throw new Error('the list is not drawn');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, 4000);
    await expect.poll(() => page.locator('.corpus-body').evaluate((e) => e.scrollTop)).toBeGreaterThan(2000);
    const top = await settledScrollTop(page);
    // The titles of the rows wholly in view (the open document's row aside: it is drawn wherever it is).
    const shownRows = () =>
      page.locator('.corpus-body').evaluate((scroller) => {
        const frame = scroller.getBoundingClientRect();
        return [...scroller.querySelectorAll<HTMLElement>('[role="option"]')]
          .filter((r) => r.getAttribute('aria-selected') !== 'true')
          .filter((r) => r.getBoundingClientRect().top >= frame.top && r.getBoundingClientRect().bottom <= frame.bottom)
          .map((r) => r.querySelector('.corpus-item-title')?.textContent ?? '');
      });
    const before = await shownRows();

    const toggle = page.getByTestId('panel-toggle-left');
    await toggle.click();
    await expect(page.getByTestId('corpus-list')).toBeHidden();
    await page.getByTestId('document-title').click();
    await page.keyboard.press('Control+o');
    await expect(page.getByTestId('document-title')).toHaveText(chosen?.title ?? '');
    await expect(page.getByTestId('editor').locator('[data-ann]').first()).toBeVisible();

    // The panel stays collapsed across the switch (the window's frame keeps it); shown again, the list is where it was.
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByTestId('corpus-list')).toBeHidden();
    await toggle.click();
    await expect(page.getByTestId('corpus-list')).toBeVisible();
    expect(await settledScrollTop(page)).toBe(top);
    expect(await shownRows()).toEqual(before);
  } finally {
    await app.close();
  }
});
