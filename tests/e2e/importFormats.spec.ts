import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { launchApp, type LaunchedApp } from './app';
import { waitForSaved } from './support/editorText';
import { dragOver } from './support/mouseDrag';
import { fileToImport, RELATION_FORMATS } from './support/relationFormats';

test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name === 'electron', 'native file dialogs are scripted only in the chromium host');
});

const LS_PEER = path.resolve(import.meta.dirname, '../fixtures/formats/peers/labelstudio-export.json');

/** The app with its save and open dialogs answering the paths the test sets. */
async function launchScripted(locale = 'en-US'): Promise<{ app: LaunchedApp; answer: { save: string | null; open: string | null } }> {
  const answer: { save: string | null; open: string | null } = { save: null, open: null };
  const app = await launchApp({ locale, dialogs: { save: () => answer.save, open: () => (answer.open === null ? null : [answer.open]) } });
  await expect(app.page.getByTestId('editor')).toContainText('Wladimir Putin');
  return { app, answer };
}

/** Import… as a user answers it: what the file is for, then the file dialog (scripted), then the summary. */
async function importFile(page: Page, purpose: RegExp): Promise<void> {
  await page.getByRole('button', { name: /^(Import…|Importieren…)$/ }).click();
  const step = page.getByTestId('import-purpose');
  await step.getByRole('radio', { name: purpose }).check();
  await step.getByRole('button', { name: /^(Choose file…|Datei wählen…)$/ }).click();
}

test('tags made with the mouse are exported in every format and each export is read back through the one Import…, recognised, nothing lost', async ({}, testInfo) => {
  const out = await mkdtemp(path.join(os.tmpdir(), 'tagwerk-import-formats-'));
  const { app, answer } = await launchScripted();
  try {
    const { page } = app;
    await dragOver(page, 'Wladimir Putin');
    await page.keyboard.press('4');
    await dragOver(page, 'am Dienstag');
    await page.keyboard.press('3');
    await expect(page.getByTestId('annotation-list').getByRole('option')).toHaveCount(2);
    await waitForSaved(page);

    for (const [name, file, folder] of RELATION_FORMATS) {
      answer.save = path.join(out, file);
      await page.keyboard.press('Control+e');
      const dialog = page.getByTestId('export-dialog');
      await dialog.getByRole('radio', { name }).check();
      await dialog.getByRole('button', { name: 'Export…' }).click();
      await expect(page.getByTestId('export-summary')).toBeVisible();
      await dialog.getByRole('button', { name: 'Close' }).click();
      await expect(dialog).toHaveCount(0);

      answer.open = await fileToImport(path.join(out, file), folder);
      await importFile(page, /Add to my tags/);
      const summary = page.getByTestId('import-summary');
      await expect(summary.locator('.import-format')).toHaveText(`Read as ${name}.`);
      await expect(summary).toContainText('Your tags: 0 added · 2 already there');
      await expect(page.getByTestId('import-losses')).toHaveCount(0);
      if (name === 'brat standoff') await page.screenshot({ path: testInfo.outputPath('import-brat.png') });
      await page.getByTestId('import-dialog').getByRole('button', { name: 'Close' }).click();
      await expect(page.getByTestId('import-dialog')).toHaveCount(0);
    }
    await expect(page.getByTestId('annotation-list').getByRole('option')).toHaveCount(2);
  } finally {
    await app.close();
  }
});

test("a colleague's Label Studio file: what it could not keep is said in sentences (German), and compare now opens review on their set", async ({}, testInfo) => {
  const { app, answer } = await launchScripted('de-DE');
  try {
    const { page } = app;
    answer.open = LS_PEER;
    await importFile(page, /Kollegin oder eines Kollegen/);
    const summary = page.getByTestId('import-summary');
    await expect(summary.locator('.import-format')).toHaveText('Gelesen als Label Studio.');
    await expect(summary).toContainText('labelstudio-1: 4 Markierungen');
    await expect(summary).toContainText('1 Beziehung');
    const losses = page.getByTestId('import-losses').getByRole('listitem');
    await expect(losses).toHaveText([
      'Vorhersage: 1 in der Datei konnte nicht importiert werden (bei [0].predictions).',
      'Auswahl (Klassifikation): 1 in der Datei konnte nicht importiert werden (bei [0].annotations[0].result[5]).',
      'Textfeld-Antwort: 1 in der Datei konnte nicht importiert werden (bei [0].annotations[1].result[2]).',
      'Übersprungene (abgebrochene) Annotation: 1 in der Datei konnte nicht importiert werden (bei [0].annotations[2]).',
    ]);
    await page.screenshot({ path: testInfo.outputPath('import-losses-de.png') });
    await page.getByTestId('import-dialog').getByRole('button', { name: 'Jetzt mit labelstudio-1 vergleichen' }).click();
    await expect(page.getByTestId('import-dialog')).toHaveCount(0);
    await expect(page.getByTestId('document-title')).toHaveText(/Eilmeldung/);
    await expect(page.getByTestId('review-panel')).toBeVisible();
    await expect(page.getByTestId('review-panel').locator('select').first()).toHaveValue('labelstudio-1');
  } finally {
    await app.close();
  }
});

for (const [locale, doccano, colleague, mine, head] of [
  ['en-US', 'doccano JSONL', /colleague’s tags to review/, 'Your tags: 0 added · 1 already there', 'From article.doccano.jsonl. Its tags that name you (tester) went into your own set, not into Jonas’s.'],
  [
    'de-DE',
    'doccano-JSONL',
    /Kollegin oder eines Kollegen/,
    'Ihre Markierungen: 0 hinzugefügt · 1 schon vorhanden',
    'Aus article.doccano.jsonl. Die Markierungen, die Sie (tester) nennen, sind in Ihren eigenen Satz eingegangen, nicht in den von Jonas.',
  ],
] as const) {
  test(`${locale}: my own doccano file imported as Jonas's says it went into my set, not that Jonas exported it`, async ({}, testInfo) => {
    const out = await mkdtemp(path.join(os.tmpdir(), 'tagwerk-import-head-'));
    const { app, answer } = await launchScripted(locale);
    try {
      const { page } = app;
      await dragOver(page, 'Wladimir Putin');
      await page.keyboard.press('4');
      await waitForSaved(page);
      answer.save = path.join(out, 'article.doccano.jsonl');
      await page.keyboard.press('Control+e');
      const dialog = page.getByTestId('export-dialog');
      await dialog.getByRole('radio', { name: doccano }).check();
      await dialog.getByRole('button', { name: /^(Export…|Exportieren…)$/ }).click();
      await expect(page.getByTestId('export-summary')).toBeVisible();
      await dialog.getByRole('button', { name: /^(Close|Schließen)$/ }).click();

      // The file's lines name me ("tester"); the user takes it for Jonas's and gives his name.
      answer.open = answer.save;
      await page.getByRole('button', { name: /^(Import…|Importieren…)$/ }).click();
      const step = page.getByTestId('import-purpose');
      await step.getByRole('radio', { name: colleague }).check();
      await step.getByRole('textbox').fill('Jonas');
      await step.getByRole('button', { name: /^(Choose file…|Datei wählen…)$/ }).click();
      const summary = page.getByTestId('import-summary');
      await expect(summary.getByTestId('import-head')).toHaveText(head);
      await expect(summary).toContainText(mine);
      await expect(summary).not.toContainText('Jonas:');
      for (const [width, height] of [[1400, 900], [1024, 700]] as const) {
        await page.setViewportSize({ width, height });
        await page.screenshot({ path: testInfo.outputPath(`import-head-${locale}-${width}.png`) });
      }
    } finally {
      await app.close();
    }
  });
}
