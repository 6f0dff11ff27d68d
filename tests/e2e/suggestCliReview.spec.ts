import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { expect, test, type Page } from '@playwright/test';
import { canonicalizeText } from '@shared/text/canonicalText';
import { documentIdOf } from '@shared/text/documentId';
import { launchApp } from './app';
import { readStoredSet, waitForSaved } from './support/editorText';

// Issue 15, item 3: `tagwerk suggest --store` on a windows-1252 file, then the analyst reviews
// tagwerk-suggest's set in the app like a colleague's, takes one of its quotes, and still has it
// (marked as the assist's) after a restart.

const REPO = path.resolve(import.meta.dirname, '../..');
const RAW = 'Der Stadtrat von Köln hat am Dienstag den Haushalt beschlossen. „Wir sparen nicht an den Schulen“, sagte Kämmerin Dörte Lanz.\n';
const TEXT = canonicalizeText(RAW);
const QUOTE = '„Wir sparen nicht an den Schulen“';

const items = (page: Page) => page.getByTestId('annotation-list').getByRole('option');
const documents = (page: Page) => page.getByTestId('corpus-list').getByRole('option');

test('suggestions stored by `tagwerk suggest --store` from a windows-1252 file are reviewed like a colleague\'s set; an accepted one keeps origin "assist" across a restart', async ({}, testInfo) => {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'tagwerk-suggest-cli-'));
  const file = path.join(folder, 'stadtrat.txt');
  writeFileSync(file, iconv.encode(RAW, 'windows-1252'));
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'tagwerk-suggest-store-'));
  const out = execFileSync('npm', ['run', '--silent', 'tagwerk', '--', 'suggest', '--store', '--data-dir', dataDir, file], { cwd: REPO, encoding: 'utf8' });
  expect(out).toMatch(/stored/);

  let app = await launchApp({ dataDir, annotator: 'ben' });
  try {
    const { page } = app;
    await documents(page).filter({ hasText: /Stadtrat|stadtrat/ }).click();
    // Decoded as the app decodes it: the umlauts and German quotation marks of windows-1252 are intact.
    await expect(page.getByTestId('editor')).toContainText(`${QUOTE}, sagte Kämmerin Dörte Lanz.`);
    await expect(items(page)).toHaveCount(0);

    await page.getByTestId('review-toggle').click();
    const review = page.getByTestId('review-panel');
    await expect(review).toContainText('tagwerk-suggest');
    await page.screenshot({ path: testInfo.outputPath('suggest-set-review.png') });
    const row = review.getByTestId('review-row').filter({ hasText: 'Wir sparen nicht' });
    await expect(row).toHaveCount(1);
    await row.getByRole('button', { name: 'Accept theirs' }).click();
    await expect(row).toHaveAttribute('data-decision', /accept/);
    await waitForSaved(page);
  } finally {
    await app.close();
  }

  const stored = await readStoredSet(dataDir, documentIdOf(TEXT));
  expect(stored.annotations.map((a) => [a.text, a.label, a.origin])).toEqual([[QUOTE, 'quote', 'assist']]);

  app = await launchApp({ dataDir, annotator: 'ben' });
  try {
    const { page } = app;
    await documents(page).filter({ hasText: /Stadtrat|stadtrat/ }).click();
    await expect(items(page)).toHaveCount(1);
    await expect(items(page)).toContainText([QUOTE]);
  } finally {
    await app.close();
  }
});
