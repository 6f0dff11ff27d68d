import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { benchDataset, shortDocuments } from '../bench/benchCorpus';
import { runCli } from '../bench/runCli';
import { launchApp } from './app';

const COUNT = 400;
const rows = (page: Page) => page.getByTestId('corpus-list').getByRole('option');

/** A data folder holding `COUNT` short tagged documents, imported through the CLI as a user would. */
async function largeStore(): Promise<string> {
  const work = await mkdtemp(path.join(os.tmpdir(), 'tagwerk-corpus-scale-'));
  const file = path.join(work, 'corpus.tagwerk.json');
  await writeFile(file, JSON.stringify(benchDataset(shortDocuments(COUNT))));
  await runCli(['import', '--data-dir', path.join(work, 'data'), '--annotator', 'bench', file]);
  return path.join(work, 'data');
}

test('a corpus of hundreds of documents: only rows in view are drawn, the title filter finds any, keys reach the end, and a switch keeps the counts of the document left', async () => {
  test.setTimeout(180_000);
  const app = await launchApp({ dataDir: await largeStore(), annotator: 'bench' });
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
