import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import iconv from 'iconv-lite';
import { expect, test, type Page } from '@playwright/test';
import { openFilesFromOs } from '../../electron/main/handlers/corpus/openFilesFromOs';
import { createDocumentStore } from '../../electron/node/store/createDocumentStore';
import { documentIdOf } from '@shared/text/documentId';
import { launchApp } from './app';
import { readStoredSet, selectQuote, waitForSaved } from './support/editorText';
import { createTranslator } from '../../electron/node/i18n/createTranslator';

const EN = createTranslator('en');

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/corpus');
const GIPFEL = iconv.decode(readFileSync(path.join(FIXTURES, 'gipfel.cp1252.txt')), 'windows-1252').replace(/\r\n/g, '\n').normalize('NFC');
const WAHL = readFileSync(path.join(FIXTURES, 'wahl.utf16le-bom.txt')).toString('utf16le').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC');
const GIPFEL_ID = documentIdOf(GIPFEL);
const WAHL_ID = documentIdOf(WAHL);

/** A folder with copies of the sample files (and any made here), as a user's download folder. */
function filesFolder(): { dir: string; copy(name: string): string; write(name: string, bytes: Uint8Array | string): string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tagwerk-files-'));
  return {
    dir,
    copy: (name) => (copyFileSync(path.join(FIXTURES, name), path.join(dir, name)), path.join(dir, name)),
    write: (name, bytes) => (writeFileSync(path.join(dir, name), bytes), path.join(dir, name)),
  };
}

const documents = (page: Page) => page.getByTestId('corpus-list').getByRole('option');
const item = (page: Page, title: string | RegExp) => documents(page).filter({ hasText: title });
const tags = (page: Page) => page.getByTestId('annotation-list').getByRole('option');
const editor = (page: Page) => page.getByTestId('editor');

test('two files opened through the dialog, tagged in turn, are both there with their tags after a relaunch', async ({}, testInfo) => {
  const files = filesFolder();
  const gipfel = files.copy('gipfel.cp1252.txt');
  const wahl = files.copy('wahl.utf16le-bom.txt');
  let app = await launchApp({ dialogs: { open: () => [gipfel, wahl] } });
  const dataDir = app.dataDir;
  try {
    const { page } = app;
    await expect(editor(page)).toContainText('Wladimir Putin');
    await expect(documents(page)).toHaveCount(1);
    await page.getByRole('button', { name: 'Open…' }).click();
    await expect(editor(page)).toContainText('Gipfeltreffen in Brüssel: „Wir stehen geschlossen zusammen“');
    await expect(editor(page)).toContainText('50 Milliarden €');
    await expect(documents(page)).toHaveCount(3);
    await expect(page.getByTestId('document-encoding')).toHaveText('Encoding: Windows-1252');
    await expect(item(page, 'Gipfeltreffen')).toHaveAttribute('aria-selected', 'true');

    await selectQuote(page, 'Brüssel', 0, GIPFEL);
    await page.keyboard.press('4');
    await selectQuote(page, 'Donnerstag', 0, GIPFEL);
    await page.keyboard.press('3');
    await expect(tags(page)).toHaveCount(2);

    await item(page, 'Landtagswahl').click();
    await expect(editor(page)).toContainText('Landtagswahl in Sachsen');
    await expect(page.getByTestId('document-encoding')).toHaveText('Encoding: UTF-16 LE');
    await selectQuote(page, 'Sachsen', 0, WAHL);
    await page.keyboard.press('4');
    await expect(tags(page)).toHaveCount(1);
    // The sidebar's bar follows the open document's tags; the other document's come from disk.
    await expect(item(page, 'Landtagswahl')).toContainText('1 tag');
    await expect(item(page, 'Gipfeltreffen')).toContainText('2 tags');
    await expect(item(page, 'Gipfeltreffen').getByRole('img')).toHaveAttribute('aria-label', 'Tags per label: Claim 0, Quote 0, Date 1, Actor 1');
    await waitForSaved(page);
    await page.getByTestId('corpus').screenshot({ path: testInfo.outputPath('corpus-sidebar.png') });
    await page.screenshot({ path: testInfo.outputPath('corpus-window.png') });
  } finally {
    await app.close();
  }

  app = await launchApp({ dataDir });
  try {
    const { page } = app;
    await expect(editor(page)).toContainText('Landtagswahl in Sachsen');
    await expect(documents(page)).toHaveCount(3);
    await expect(tags(page)).toHaveCount(1);
    await item(page, 'Gipfeltreffen').click();
    await expect(editor(page)).toContainText('Gipfeltreffen');
    await expect(tags(page)).toHaveCount(2);
    expect((await readStoredSet(dataDir, GIPFEL_ID)).annotations.map((a) => [a.label, a.text]).sort()).toEqual([
      ['actor', 'Brüssel'],
      ['date', 'Donnerstag'],
    ]);
    expect((await readStoredSet(dataDir, WAHL_ID)).annotations.map((a) => a.text)).toEqual(['Sachsen']);
  } finally {
    await app.close();
  }
});

test('rename, status, remove into the trash and restore, by mouse and keyboard', async ({}, testInfo) => {
  const files = filesFolder();
  const app = await launchApp({ dialogs: { open: () => [files.copy('gipfel.cp1252.txt'), files.copy('wahl.utf16le-bom.txt')] } });
  try {
    const { page } = app;
    await expect(editor(page)).toContainText('Wladimir Putin');
    await page.keyboard.press('Control+o');
    await expect(documents(page)).toHaveCount(3);
    await expect(editor(page)).toContainText('Gipfeltreffen');

    // Rename inline with F2 on the focused row; the header follows.
    await item(page, 'Gipfeltreffen').focus();
    await page.keyboard.press('F2');
    await page.getByLabel('New title').fill('Gipfel in Brüssel 😀');
    await page.keyboard.press('Enter');
    await expect(item(page, 'Gipfel in Brüssel 😀')).toHaveCount(1);
    await expect(page.getByTestId('document-title')).toHaveText('Gipfel in Brüssel 😀');

    // Status of the active row.
    await page.getByTestId('corpus-status').selectOption('in-progress');
    await expect(item(page, 'Gipfel in Brüssel')).toContainText('In progress');

    // Keys in the list move and open, and never tag: "4" does nothing there.
    await item(page, 'Gipfel in Brüssel').focus();
    await page.keyboard.press('ArrowUp');
    await expect(item(page, 'Die Demokratische')).toBeFocused();
    await page.keyboard.press('4');
    await expect(page.getByTestId('status-message')).not.toContainText('Nothing selected');
    await expect(tags(page)).toHaveCount(0);
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await expect(editor(page)).toContainText('Landtagswahl');

    // Remove the open document: confirmation first, Cancel keeps it.
    await page.keyboard.press('Delete');
    const dialog = page.getByTestId('remove-dialog');
    await expect(dialog).toContainText('Move “Landtagswahl');
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(documents(page)).toHaveCount(3);
    await page.getByRole('button', { name: 'Remove…' }).click();
    await dialog.getByRole('button', { name: 'Move to trash' }).click();
    await expect(documents(page)).toHaveCount(2);
    await expect(editor(page)).toContainText('Gipfeltreffen');
    await expect(page.getByTestId('corpus-trash-button')).toHaveText('Trash (1)');

    // Remove the built-in article too; it can come back through "Restore built-in article".
    await item(page, 'Die Demokratische').click();
    await expect(editor(page)).toContainText('Wladimir Putin');
    await page.getByRole('button', { name: 'Remove…' }).click();
    await page.getByTestId('remove-dialog').getByRole('button', { name: 'Move to trash' }).click();
    await expect(documents(page)).toHaveCount(1);
    await page.getByTestId('corpus-trash-button').click();
    const trash = page.getByTestId('corpus-trash');
    await expect(trash.getByRole('listitem')).toHaveCount(2);
    await page.getByTestId('corpus').screenshot({ path: testInfo.outputPath('corpus-trash.png') });
    await trash.getByRole('button', { name: /Restore “Landtagswahl/ }).click();
    await expect(editor(page)).toContainText('Landtagswahl');
    await page.getByTestId('corpus-trash-button').click();
    await page.getByRole('button', { name: 'Restore built-in article' }).click();
    await expect(editor(page)).toContainText('Wladimir Putin');
    await expect(documents(page)).toHaveCount(3);
    await expect(item(page, 'Gipfel in Brüssel 😀')).toContainText('In progress');
    // After the trash view came and went (same document open), list keys still stay in the list.
    await page.getByTestId('corpus-trash-button').click();
    await page.getByRole('button', { name: 'Back to documents' }).click();
    await item(page, 'Gipfel in Brüssel').focus();
    await page.keyboard.press('1');
    await page.keyboard.press('ArrowDown');
    await expect(item(page, 'Landtagswahl')).toBeFocused();
    await expect(page.getByTestId('status-message')).not.toContainText('Nothing selected');
  } finally {
    await app.close();
  }
});

test('an unsupported file is refused with a clear message; the same text in two encodings is one document', async () => {
  const files = filesFolder();
  const pdf = files.write('Bericht.pdf', '%PDF-1.7\n%âãÏÓ\n');
  const cp1252 = files.copy('gipfel.cp1252.txt');
  const utf8 = files.write('gipfel-utf8.txt', `\uFEFF${GIPFEL.replace(/\n/g, '\r\n')}`);
  let answer = [pdf, cp1252];
  const app = await launchApp({ dialogs: { open: () => answer } });
  try {
    const { page } = app;
    await expect(editor(page)).toContainText('Wladimir Putin');
    await page.getByRole('button', { name: 'Open…' }).click();
    await expect(page.getByTestId('corpus-messages')).toContainText('“Bericht.pdf” was not opened: Tagwerk opens plain text (.txt), Markdown (.md) and HTML (.html, .htm) files.');
    await expect(editor(page)).toContainText('Gipfeltreffen');
    await selectQuote(page, 'Brüssel', 0, GIPFEL);
    await page.keyboard.press('4');
    await waitForSaved(page);
    await item(page, 'Die Demokratische').click();
    await expect(editor(page)).toContainText('Wladimir Putin');

    answer = [utf8];
    await app.emit('menuCommand', { command: 'open' });
    await expect(editor(page)).toContainText('Gipfeltreffen');
    await expect(tags(page)).toHaveCount(1);
    await expect(documents(page)).toHaveCount(2);
    await expect(page.getByTestId('corpus-messages')).toContainText('“gipfel-utf8.txt” has the same text as “Gipfeltreffen');
    await expect(page.getByTestId('document-encoding')).toHaveText('Encoding: Windows-1252');
  } finally {
    await app.close();
  }
});

test('files dropped on the window open (bytes and base names only); a file from the OS opens in the running window', async () => {
  const app = await launchApp();
  try {
    const { page } = app;
    await expect(editor(page)).toContainText('Wladimir Putin');
    const wahl = [...readFileSync(path.join(FIXTURES, 'wahl.utf16le-bom.txt'))];
    await page.evaluate(
      ({ wahl }) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([new Uint8Array(wahl)], 'wahl.utf16le-bom.txt', { type: 'text/plain' }));
        transfer.items.add(new File(['\u0000\u0001binary'], 'bild.png', { type: 'image/png' }));
        const target = document.querySelector('[data-testid="editor"]') ?? document.body;
        target.dispatchEvent(new DragEvent('dragenter', { dataTransfer: transfer, bubbles: true, cancelable: true }));
        target.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      },
      { wahl },
    );
    await expect(editor(page)).toContainText('Landtagswahl in Sachsen');
    await expect(page.getByTestId('corpus-messages')).toContainText('“bild.png” was not opened');
    await expect(documents(page)).toHaveCount(2);

    // The OS hands a file to the running app: main imports it and tells the window to show it.
    const files = filesFolder();
    const store = createDocumentStore({ dataDir: app.dataDir });
    const outcome = await openFilesFromOs({ store, t: EN }, [files.copy('gipfel.cp1252.txt')]);
    await app.emit('documentsChanged', { openDocumentId: outcome.openDocumentId });
    await expect(editor(page)).toContainText('Gipfeltreffen');
    await expect(documents(page)).toHaveCount(3);
  } finally {
    await app.close();
  }
});

test('reopen with another encoding: previews, a new document for a new text, refused once tagged', async ({}, testInfo) => {
  const files = filesFolder();
  const app = await launchApp({ dialogs: { open: () => [files.copy('gipfel.cp1252.txt')] } });
  try {
    const { page } = app;
    await expect(editor(page)).toContainText('Wladimir Putin');
    await page.getByRole('button', { name: 'Open…' }).click();
    await expect(page.getByTestId('document-encoding')).toHaveText('Encoding: Windows-1252');
    await page.getByRole('button', { name: 'Reopen with encoding…' }).click();
    const dialog = page.getByTestId('reopen-dialog');
    await expect(dialog.getByRole('radio')).toHaveCount(4);
    await expect(dialog).toContainText('current reading');
    await expect(dialog.locator('label', { hasText: 'UTF-8' })).toContainText('contains undecodable characters');
    await dialog.getByRole('radio', { name: /UTF-8/ }).check();
    await dialog.screenshot({ path: testInfo.outputPath('reopen-dialog.png') });
    await dialog.getByRole('button', { name: 'Reopen' }).click();
    await expect(page.getByTestId('document-encoding')).toHaveText('Encoding: UTF-8');
    await expect(page.getByTestId('encoding-warning')).toContainText('could not be decoded and show as �');
    await expect(editor(page)).toContainText('\uFFFD');
    await expect(page.getByTestId('corpus-messages')).toContainText('Reopened as UTF-8. The text changed, so this is a new document');
    await expect(documents(page)).toHaveCount(2);

    // Back to Windows-1252 (a text equal to the first reading), then tag and try again: refused.
    await page.getByTestId('encoding-warning').getByRole('button', { name: 'Reopen with encoding…' }).click();
    await dialog.getByRole('radio', { name: /Windows-1252/ }).check();
    await dialog.getByRole('button', { name: 'Reopen' }).click();
    await expect(editor(page)).toContainText('„Wir stehen geschlossen zusammen“');
    await selectQuote(page, 'Brüssel', 0, GIPFEL);
    await page.keyboard.press('4');
    await page.getByRole('button', { name: 'Reopen with encoding…' }).click();
    await expect(dialog).toContainText('This document has tags');
    await dialog.getByRole('radio', { name: /UTF-8/ }).check();
    await dialog.getByRole('button', { name: 'Reopen' }).click();
    await expect(dialog.getByRole('alert')).toContainText('This document has tags');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(tags(page)).toHaveCount(1);
  } finally {
    await app.close();
  }
});

test('the sidebar with several documents: statuses, tags per label, accessible', async ({}, testInfo) => {
  const files = filesFolder();
  const names = ['gipfel.cp1252.txt', 'wahl.utf16le-bom.txt', 'utf8-bom.txt', 'nfd-umlaute.txt', 'emoji-astral.txt'];
  const app = await launchApp({ dialogs: { open: () => names.map((name) => files.copy(name)) } });
  try {
    const { page } = app;
    await expect(editor(page)).toContainText('Wladimir Putin');
    for (const [quote, key] of [['Wladimir Putin', '4'], ['Kim Jong-un', '4'], ['im Juni', '3'], ['KCNA', '4']] as const) {
      await selectQuote(page, quote);
      await page.keyboard.press(key);
    }
    await page.getByTestId('corpus-status').selectOption('done');
    await page.getByRole('button', { name: 'Open…' }).click();
    await expect(documents(page)).toHaveCount(6);
    await expect(editor(page)).toContainText('Gipfeltreffen');
    for (const [quote, key] of [['„Wir stehen geschlossen zusammen“', '2'], ['Brüssel', '4'], ['am Donnerstag', '3']] as const) {
      await selectQuote(page, quote, 0, GIPFEL);
      await page.keyboard.press(key);
    }
    await page.getByTestId('corpus-status').selectOption('in-progress');
    await waitForSaved(page);
    await expect(item(page, 'Die Demokratische')).toContainText('Done');
    await expect(item(page, 'Die Demokratische')).toContainText('4 tags');
    await expect(item(page, 'Gipfeltreffen')).toContainText('In progress');
    await expect(item(page, 'Eilmeldung')).toContainText('no tags yet');
    await page.getByTestId('corpus').screenshot({ path: testInfo.outputPath('corpus-several.png') });
    await page.screenshot({ path: testInfo.outputPath('corpus-several-window.png') });
    const axe = await new AxeBuilder({ page }).include('[data-testid="corpus"]').analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  } finally {
    await app.close();
  }
});
