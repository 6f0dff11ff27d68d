import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { launchApp } from './app';
import { importedCorpus } from './support/importedCorpus';

const COUNT = 400;
const rows = (page: Page) => page.getByTestId('corpus-list').getByRole('option');

test('a corpus of hundreds of documents: only rows in view are drawn, the title filter finds any, keys reach the end, and a switch keeps the counts of the document left', async () => {
  test.setTimeout(180_000);
  const app = await launchApp({ dataDir: await importedCorpus(COUNT), annotator: 'bench' });
  try {
    const { page } = app;
    await expect(page.locator('.corpus-count')).toHaveText(`${COUNT + 1} documents`);
    // Virtualized: far fewer rows in the page than documents, and a row far down is not there yet.
    expect(await rows(page).count()).toBeLessThan(60);
    await expect(rows(page).filter({ hasText: 'Meldung 00350' })).toHaveCount(0);

    // The title filter (case-insensitive) finds a document far down; a click opens it.
    await page.getByTestId('corpus-filter').fill('meldung 00350');
    await expect(rows(page)).toHaveCount(1);
    await rows(page).first().click();
    await expect(page.getByTestId('document-title')).toHaveText('Meldung 00350');
    await expect(page.getByTestId('annotation-count')).toHaveText('20 annotations');

    // Tag one more word, switch away: the row of the document left shows 21 tags without a re-read.
    await page.getByTestId('editor').locator('p').first().dblclick({ position: { x: 20, y: 8 } });
    await page.keyboard.press('4');
    await expect(page.getByTestId('annotation-count')).toHaveText('21 annotations');
    await page.getByTestId('corpus-filter').fill('Meldung 0035');
    await rows(page).filter({ hasText: 'Meldung 00351' }).click();
    await expect(page.getByTestId('document-title')).toHaveText('Meldung 00351');
    await expect(rows(page).filter({ hasText: 'Meldung 00350' })).toContainText('21 tags');

    // Keyboard: with the filter cleared, End in the list moves the focus to the last document, drawn on demand.
    await page.getByTestId('corpus-filter').fill('');
    await rows(page).first().focus();
    await page.keyboard.press('End');
    await expect(page.locator('[data-testid="corpus-list"] [role="option"]:focus')).toContainText(/Die Demokratische|Meldung 00400/);
    const axe = await new AxeBuilder({ page }).include('[data-testid="corpus"]').analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
  } finally {
    await app.close();
  }
});

test('after a restart the list shows what was done before (a new tag, a rename), and a damaged index.json is rebuilt into the same list', async () => {
  test.setTimeout(240_000);
  const count = 150;
  const dataDir = await importedCorpus(count);
  const indexFile = path.join(dataDir, 'index.json');
  const indexed = async () => (JSON.parse(await readFile(indexFile, 'utf8')) as { documents: unknown[] }).documents.length;
  // The CLI import leaves the summary index behind, so the app's first list reads no document file.
  expect(await indexed()).toBe(count);
  // An NFD "ü" and an emoji in the new title; the filter is typed in NFC.
  const renamed = 'Meldung 00120 – Gu\u0308lşen 📰';
  const launch = async () => {
    const app = await launchApp({ dataDir, annotator: 'bench' });
    await expect(app.page.locator('.corpus-count')).toHaveText(`${count + 1} documents`);
    return app;
  };

  const first = await launch();
  try {
    const { page } = first;
    await page.getByTestId('corpus-filter').fill('Meldung 0012');
    await rows(page).filter({ hasText: 'Meldung 00120' }).click();
    await expect(page.getByTestId('document-title')).toHaveText('Meldung 00120');
    await page.getByTestId('editor').locator('p').first().dblclick({ position: { x: 20, y: 8 } });
    await page.keyboard.press('4');
    await expect(page.getByTestId('annotation-count')).toHaveText('21 annotations');
    await rows(page).filter({ hasText: 'Meldung 00120' }).focus();
    await page.keyboard.press('F2');
    await page.getByLabel('New title').fill(renamed);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('document-title')).toHaveText(renamed);
    // Leave it, so after the restart its row is drawn from the index, not from the open document.
    await rows(page).filter({ hasText: 'Meldung 00121' }).click();
    await expect(page.getByTestId('document-title')).toHaveText('Meldung 00121');
  } finally {
    await first.close();
  }
  expect(await indexed()).toBe(count + 1);

  for (const damage of [null, '{"format": "tagwerk.store-index", "documents": [']) {
    if (damage !== null) await writeFile(indexFile, damage);
    const app = await launch();
    try {
      const { page } = app;
      await page.getByTestId('corpus-filter').fill('gülşen');
      await expect(rows(page)).toHaveCount(1);
      await expect(rows(page).first()).toContainText(renamed);
      await expect(rows(page).first()).toContainText('21 tags');
    } finally {
      await app.close();
    }
    expect(await indexed()).toBe(count + 1);
  }

  // A title edited by hand while no Tagwerk ran: the first list may come from index.json, but the
  // check that follows corrects the row without any action (its meta.json is newer than its stamp).
  const target = (await readdir(path.join(dataDir, 'documents'), { withFileTypes: true })).find((e) => e.isDirectory());
  const metaFile = path.join(dataDir, 'documents', target?.name ?? '', 'meta.json');
  const meta = JSON.parse(await readFile(metaFile, 'utf8')) as { title: string };
  await writeFile(metaFile, JSON.stringify({ ...meta, title: 'Von Hand geändert 😀' }));
  const app = await launch();
  try {
    await app.page.getByTestId('corpus-filter').fill('von hand');
    await expect(rows(app.page)).toHaveCount(1);
    await expect(rows(app.page).first()).toContainText('Von Hand geändert 😀');
  } finally {
    await app.close();
  }
});
