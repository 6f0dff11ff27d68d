import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { launchApp } from './app';
import { severeViolations } from './support/severeViolations';
import { tagOverlapping } from './support/tagOverlapping';

// The window in German speaks only German: each main screen and dialog (workbench with
// overlapping tags, shortcut overlay, settings, export and its failure, Import… with its purpose
// step, refused file and summary, review, the Documents list and the trash) shows no sentence of
// the English catalogs and passes axe, photographed at 1400 and 1024 px.

const REPO = path.resolve(import.meta.dirname, '../..');
const fixture = (name: string) => path.join(REPO, 'tests/fixtures', name);

/** Every string of a catalog folder's language, by key path. */
function catalogStrings(language: 'en' | 'de'): Map<string, string> {
  const strings = new Map<string, string>();
  const walk = (value: unknown, prefix: string) => {
    if (typeof value === 'string') strings.set(prefix, value);
    else if (typeof value === 'object' && value !== null) for (const [key, child] of Object.entries(value)) walk(child, prefix ? `${prefix}.${key}` : key);
  };
  for (const dir of ['renderer/i18n/locales', 'shared/i18n/locales']) {
    const folder = path.join(REPO, dir, language);
    for (const file of readdirSync(folder)) walk(JSON.parse(readFileSync(path.join(folder, file), 'utf8')), '');
  }
  return strings;
}

/**
 * The fixed pieces of the English catalog's sentences (between placeholders) of at least three
 * words, leaving out any the German catalog has too (names such as "WebAnno TSV 3.3").
 */
function englishSentencePieces(): string[] {
  const german = [...catalogStrings('de').values()].join('\n');
  const pieces = new Set<string>();
  for (const value of catalogStrings('en').values()) {
    for (const piece of value.split(/\{\{[^}]*\}\}|\$t\([^)]*\)|[“”]/)) {
      const text = piece.trim();
      if (text.length >= 14 && text.split(/\s+/).length >= 3 && !german.includes(text)) pieces.add(text);
    }
  }
  return [...pieces];
}

const ENGLISH = englishSentencePieces();

/** Scripted file dialogs: each answers with the next path queued. */
function scriptedDialogs() {
  let save: string | null = null;
  let open: string | null = null;
  return {
    nextSave: (value: string) => void (save = value),
    nextOpen: (value: string) => void (open = value),
    dialogs: { save: () => save, open: () => (open === null ? null : [open]) },
  };
}

/** Checks the screen as it is: no English catalog sentence is visible, axe finds nothing serious, and it is photographed at 1400 and 1024 px. */
async function checkScreen(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const visible = await page.locator('body').innerText();
  expect(ENGLISH.filter((piece) => visible.includes(piece)), `English on “${name}”`).toEqual([]);
  expect(await severeViolations(page), `axe on “${name}”`).toEqual([]);
  await page.screenshot({ path: testInfo.outputPath(`${name}-1400.png`) });
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.screenshot({ path: testInfo.outputPath(`${name}-1024.png`) });
  await page.setViewportSize({ width: 1400, height: 900 });
}

test('the English catalog yields sentences to look for, and they are found in English text', async () => {
  expect(ENGLISH.length).toBeGreaterThan(300);
  const englishText = 'Nothing was imported\nAnother export or import is still running. Wait for it to finish.';
  expect(ENGLISH.filter((piece) => englishText.includes(piece))).toContain('Another export or import is still running. Wait for it to finish.');
});

test('in German every main screen and dialog speaks German and passes axe', async ({}, testInfo) => {
  test.setTimeout(240_000);
  const script = scriptedDialogs();
  const app = await launchApp({ dialogs: script.dialogs, locale: 'de-DE' });
  const { page } = app;
  try {
    await page.setViewportSize({ width: 1400, height: 900 });
    await expect(page.getByTestId('editor')).toContainText('Wladimir Putin');
    await tagOverlapping(page);
    await checkScreen(page, testInfo, 'workbench');

    await page.getByTestId('editor').click();
    await page.keyboard.press('?');
    await expect(page.getByTestId('shortcut-overlay')).toBeVisible();
    await checkScreen(page, testInfo, 'shortcuts');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Einstellungen…' }).click();
    await expect(page.getByTestId('settings-dialog')).toBeVisible();
    await checkScreen(page, testInfo, 'settings');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('settings-dialog')).toHaveCount(0);

    // Export: the choices, a CoNLL summary with its notes, and a failure.
    await page.getByRole('button', { name: 'Exportieren…' }).click();
    const exportDialog = page.getByTestId('export-dialog');
    await checkScreen(page, testInfo, 'export');
    await exportDialog.getByRole('radio', { name: /CoNLL/ }).check();
    script.nextSave(path.join(os.tmpdir(), `tagwerk-voice-${process.pid}-${Date.now()}.conll`));
    await exportDialog.getByRole('button', { name: 'Exportieren…' }).click();
    await expect(page.getByTestId('export-summary')).toBeVisible();
    await checkScreen(page, testInfo, 'export-summary');
    await exportDialog.getByRole('button', { name: 'Schließen' }).click();
    await page.getByRole('button', { name: 'Exportieren…' }).click();
    script.nextSave(path.join(os.tmpdir(), 'tagwerk-gone-folder', 'x.tagwerk.json'));
    await exportDialog.getByRole('button', { name: 'Exportieren…' }).click();
    await expect(exportDialog.getByRole('alert')).toBeVisible();
    await checkScreen(page, testInfo, 'export-failed');
    await exportDialog.getByRole('button', { name: 'Schließen' }).click();

    // Import…: the purpose step, a refused file, a colleague's file, then review.
    await page.getByRole('button', { name: 'Importieren…' }).click();
    const purpose = page.getByTestId('import-purpose');
    await expect(purpose).toBeVisible();
    await checkScreen(page, testInfo, 'import-purpose');
    script.nextOpen(fixture('cli/broken-spans.tagwerk.json'));
    await purpose.getByRole('button', { name: 'Datei wählen…' }).click();
    const importDialog = page.getByTestId('import-dialog');
    await expect(page.getByTestId('import-problems')).toBeVisible();
    await checkScreen(page, testInfo, 'import-problems');
    await importDialog.getByRole('button', { name: 'Schließen' }).click();
    await page.getByRole('button', { name: 'Importieren…' }).click();
    await purpose.getByRole('radio', { name: /Kollegin/ }).check();
    script.nextOpen(fixture('review/000_2010653594c6cf10.jonas.tagwerk.json'));
    await purpose.getByRole('button', { name: 'Datei wählen…' }).click();
    await expect(page.getByTestId('import-summary')).toBeVisible();
    await checkScreen(page, testInfo, 'import-done');
    await importDialog.getByRole('button', { name: 'Jetzt mit jonas vergleichen' }).click();
    await expect(page.getByTestId('review-panel')).toBeVisible();
    await checkScreen(page, testInfo, 'review');

    // The Documents list and the (empty) trash.
    await expect(page.getByTestId('corpus-list')).toBeVisible();
    await page.getByRole('button', { name: /^Papierkorb/ }).click();
    await expect(page.getByRole('heading', { name: 'Papierkorb' })).toBeVisible();
    await checkScreen(page, testInfo, 'trash');
  } finally {
    await app.close();
  }
});
