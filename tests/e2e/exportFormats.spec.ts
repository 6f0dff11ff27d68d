import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { launchApp } from './app';
import { ARTICLE, waitForSaved } from './support/editorText';
import { dragOver } from './support/mouseDrag';

test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name === 'electron', 'native file dialogs are scripted only in the chromium host');
});

/** Drags the mouse over `quote` in the article as a person selects text, then presses a label key. */
async function dragAndTag(page: Page, quote: string, key: string): Promise<void> {
  await dragOver(page, quote);
  await page.keyboard.press(key);
}

test('tags made with the mouse are exported as WebAnno TSV and CoNLL from the dialog, each with its unit badge and notes', async ({}, testInfo) => {
  const out = await mkdtemp(path.join(os.tmpdir(), 'tagwerk-tsv-'));
  let next: string | null = null;
  const app = await launchApp({ dialogs: { save: () => next } });
  try {
    const { page } = app;
    await expect(page.getByTestId('editor')).toContainText('Wladimir Putin');
    await dragAndTag(page, 'Wladimir Putin', '4');
    // "19" of "19. Juni": a whole word to the editor, part of the ordinal token "19." to the tokenizer.
    await dragAndTag(page, '19', '3');
    await expect(page.getByTestId('annotation-list').getByRole('option')).toHaveCount(2);
    await waitForSaved(page);

    await page.keyboard.press('Control+e');
    const dialog = page.getByTestId('export-dialog');
    await expect(dialog.locator('label', { hasText: 'WebAnno TSV 3.3' })).toContainText('UTF-16 units');
    await expect(dialog.locator('label', { hasText: 'CoNLL BIO' })).toContainText('tokens');
    await page.screenshot({ path: testInfo.outputPath('export-dialog-formats.png') });
    next = path.join(out, 'article-webanno');
    await dialog.getByRole('radio', { name: /WebAnno TSV/ }).check();
    await dialog.getByRole('button', { name: 'Export…' }).click();
    const summary = page.getByTestId('export-summary');
    await expect(summary).toContainText('1 document · 2 annotations');
    await expect(summary).toContainText('1 file');
    await dialog.getByRole('button', { name: 'Close' }).click();

    const folder = path.join(out, 'article-webanno');
    const [documentFolder] = await readdir(folder);
    const [file] = await readdir(path.join(folder, documentFolder ?? ''));
    expect(file).toBe('tester.tsv');
    const tsv = await readFile(path.join(folder, documentFolder ?? '', file ?? ''), 'utf8');
    expect(tsv.startsWith('#FORMAT=WebAnno TSV 3.3\n#T_SP=webanno.custom.Tag|label|note\n\n\n#Text=')).toBe(true);
    const putin = ARTICLE.indexOf('Wladimir Putin');
    expect(tsv).toMatch(new RegExp(`\\t${putin}-${putin + 8}\\tWladimir\\tactor\\[(\\d+)\\]\\t\\*\\[\\1\\]\\t\\n`));
    const nineteen = ARTICLE.indexOf('19. Juni');
    expect(tsv).toContain(`\t${nineteen}-${nineteen + 3}\t19.\t_\t_\t\n`);
    expect(tsv).toMatch(new RegExp(`-\\d+\\.1\\t${nineteen}-${nineteen + 2}\\t19\\tdate\\t\\*\\t\\n`));

    next = path.join(out, 'article.conll');
    await page.keyboard.press('Control+e');
    await dialog.getByRole('radio', { name: /CoNLL BIO/ }).check();
    await dialog.getByRole('button', { name: 'Export…' }).click();
    await expect(summary).toContainText('1 document · 2 annotations');
    await expect(dialog.locator('.dialog-warnings')).toContainText('CoNLL: 1 tag not on token boundaries was widened to whole tokens.');
    await page.screenshot({ path: testInfo.outputPath('export-conll-summary.png') });
    const conll = await readFile(path.join(out, 'article.conll'), 'utf8');
    expect(conll.startsWith('-DOCSTART-\tO\tO\n\nDie\tO\tO\n')).toBe(true);
    expect(conll).toContain('Wladimir\tB-actor\tO\nPutin\tI-actor\tO\n');
    expect(conll).toContain('19.\tB-date\tO\nJuni\tO\tO\n');
  } finally {
    await app.close();
  }
});
