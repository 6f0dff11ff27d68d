import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { launchApp } from './app';
import { tagOverlapping } from './support/tagOverlapping';
import { severeViolations } from './support/severeViolations';

// axe finds no serious or critical problem on the screens an analyst goes through, in English and
// in German: the workbench with overlapping tags (chips view on), the export dialog, the import
// dialog's first question, the dialog listing a refused file's problems and a stored colleague's
// import, and review with that colleague's tags.

const JONAS_FILE = path.resolve(import.meta.dirname, '../fixtures/review/000_2010653594c6cf10.jonas.tagwerk.json');

/** A copy of jonas's file with one span past the end of the text, which the import refuses. */
function brokenCopy(): string {
  const data = JSON.parse(readFileSync(JONAS_FILE, 'utf8')) as { documents: { annotations: { end: number }[] }[] };
  const first = data.documents[0]?.annotations[0];
  if (!first) throw new Error('fixture without annotations');
  first.end = 99_999;
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'tagwerk-axe-')), 'kaputt.tagwerk.json');
  writeFileSync(file, JSON.stringify(data));
  return file;
}

for (const locale of ['en-US', 'de-DE']) {
  test(`${locale}: workbench, export, import (refused and stored) and review pass axe`, async () => {
    let answer = [brokenCopy()];
    const app = await launchApp({ locale, dialogs: { open: () => answer, save: () => null } });
    const { page } = app;
    try {
      await expect(page.getByTestId('editor')).toContainText('Wladimir Putin');
      await tagOverlapping(page);
      await page.getByTestId('label-chips-toggle').click();
      await expect(page.getByTestId('editor').locator('.ann-label-chip')).toHaveCount(2);
      expect(await severeViolations(page), 'workbench').toEqual([]);

      await page.keyboard.press('Control+e');
      const exportDialog = page.getByTestId('export-dialog');
      await expect(exportDialog).toBeVisible();
      expect(await severeViolations(page), 'export dialog').toEqual([]);
      await page.keyboard.press('Escape');
      await expect(exportDialog).toHaveCount(0);

      const importButton = page.locator('.dataset-buttons button').first();
      await importButton.click();
      const importDialog = page.getByTestId('import-dialog');
      const purpose = page.getByTestId('import-purpose');
      await expect(purpose).toBeVisible();
      expect(await severeViolations(page), 'import dialog, what the file is for').toEqual([]);
      await purpose.locator('button[type="submit"]').click();
      await expect(importDialog).toHaveAttribute('data-state', 'invalid');
      expect(await severeViolations(page), 'import dialog with problems').toEqual([]);
      await page.keyboard.press('Escape');
      await expect(importDialog).toHaveCount(0);

      answer = [JONAS_FILE];
      await importButton.click();
      await purpose.locator('input[value="colleague"]').check();
      await purpose.locator('button[type="submit"]').click();
      await expect(importDialog).toHaveAttribute('data-state', 'imported');
      expect(await severeViolations(page), 'import dialog, stored').toEqual([]);
      await page.keyboard.press('Escape');
      await expect(importDialog).toHaveCount(0);

      await page.getByTestId('review-toggle').click();
      await expect(page.getByTestId('group-agree')).toBeVisible();
      expect(await severeViolations(page), 'review, differences').toEqual([]);
      await page.locator('#review-tab-agreement').click();
      await expect(page.getByTestId('review-panel').getByTestId('agreement-chart')).toBeVisible();
      await expect(page.getByTestId('micro-kappa')).toBeVisible();
      expect(await severeViolations(page), 'review, agreement').toEqual([]);
    } finally {
      await app.close();
    }
  });
}
