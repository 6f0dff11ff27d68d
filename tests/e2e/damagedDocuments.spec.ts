import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { createDocumentStore } from '../../electron/node/store/createDocumentStore';
import { documentPaths } from '../../electron/node/store/documentPaths';
import type { Annotation } from '@shared/annotation/annotation';
import { documentIdOf } from '@shared/text/documentId';
import { launchApp } from './app';

// The damaged document: its title has an emoji and an NFD umlaut; its text is ASCII before the tags.
const TEXT = 'Angela Merkel sprach am Montag in Berlin.\nDer Bericht nennt Jörg Müller 😀 als Quelle.';
const TITLE = 'Mu\u0308ller 😀 Bericht';
const ID = documentIdOf(TEXT);
const HEX = ID.slice('sha256:'.length);

function tag(id: string, label: string, quote: string): Annotation {
  const start = TEXT.indexOf(quote);
  return { id, label, start, end: start + quote.length, text: quote, annotator: 'tester' };
}
const FIRST_SAVE = [tag('a1', 'actor', 'Angela Merkel')];
const SECOND_SAVE = [...FIRST_SAVE, tag('a2', 'date', 'Montag')];

/**
 * A data folder made by the store itself: the damaged-to-be document saved twice (so
 * annotations.json.bak holds the first save) and `others` healthy documents, index.json written.
 */
async function storedCorpus(others = 0): Promise<string> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'tagwerk-e2e-damaged-'));
  const store = createDocumentStore({ dataDir });
  await store.init();
  await store.putDocument({ text: TEXT, title: TITLE, source: 'bericht.txt', encoding: 'utf-8' });
  await store.saveAnnotations(ID, { annotations: FIRST_SAVE, annotator: 'tester', baseRev: 0 });
  await store.saveAnnotations(ID, { annotations: SECOND_SAVE, annotator: 'tester', baseRev: 1 });
  for (let i = 0; i < others; i += 1) await store.putDocument({ text: `Meldung ${i}: Der Landtag tagt.`, title: `Meldung ${i}`, source: `m${i}.txt`, encoding: 'utf-8' });
  await store.flush();
  return dataDir;
}

const damagedRows = (page: Page) => page.getByTestId('corpus-damaged').getByRole('listitem');
const listed = (page: Page) => page.getByTestId('corpus-list').getByRole('option');
const tags = (page: Page) => page.getByTestId('annotation-list').getByRole('option');

test('a garbage meta.json: a damaged row with the reason (German, then English), found by the title filter, restored with the mouse and opened with its tags', async () => {
  const dataDir = await storedCorpus(9);
  const metaFile = documentPaths(dataDir, ID).meta;
  await writeFile(metaFile, '\u0000garbage{');

  const german = await launchApp({ dataDir, locale: 'de-DE' });
  try {
    const { page } = german;
    await expect(page.getByTestId('editor')).toContainText('Wladimir Putin');
    await expect(damagedRows(page)).toHaveCount(1);
    const row = damagedRows(page).first();
    await expect(row.locator('bdi').first()).toHaveText(TITLE);
    await expect(row).toContainText('Seine Beschreibungsdatei (meta.json) ist beschädigt, daher lässt es sich nicht öffnen.');
    await expect(row).toContainText('„Wiederherstellen“ setzt die letzte gute Beschreibung ein');
    await expect(row.getByRole('button', { name: `„${TITLE}“ wiederherstellen` })).toBeVisible();
    await expect(page.getByTestId('corpus-damaged').getByRole('heading')).toHaveText('1 beschädigtes Dokument');
    // Not also a normal row: the count (the list draws only the rows in view) holds the ten readable documents.
    await expect(page.locator('.corpus-count')).toHaveText('10 Dokumente · 1 beschädigt');
    await expect(listed(page).filter({ hasText: 'Bericht' })).toHaveCount(0);
  } finally {
    await german.close();
  }

  const english = await launchApp({ dataDir });
  try {
    const { page } = english;
    await expect(page.getByTestId('editor')).toContainText('Wladimir Putin');
    const row = damagedRows(page).first();
    await expect(row).toContainText('Its description file (meta.json) is damaged, so it cannot be opened. Restore puts back the last good description Tagwerk kept');
    // The title filter finds the damaged row by its title typed composed, and hides it for another title.
    const filter = page.getByTestId('corpus-filter');
    await filter.fill('müller');
    await expect(damagedRows(page)).toHaveCount(1);
    await expect(listed(page)).toHaveCount(0);
    await filter.fill('Meldung 3');
    await expect(damagedRows(page)).toHaveCount(0);
    await expect(listed(page)).toHaveCount(1);
    await filter.fill('');
    await expect(damagedRows(page)).toHaveCount(1);

    await row.getByRole('button', { name: `Restore “${TITLE}”` }).click();
    await expect(page.getByTestId('editor')).toContainText('Der Bericht nennt Jörg Müller 😀');
    await expect(tags(page)).toHaveCount(2);
    await expect(page.getByTestId('corpus-damaged')).toHaveCount(0);
    await expect(page.locator('.corpus-count')).toHaveText('11 documents');
    await expect(listed(page).filter({ hasText: TITLE })).toHaveAttribute('aria-selected', 'true');
  } finally {
    await english.close();
  }
  // The garbage was moved aside byte for byte, never deleted.
  const aside = (await readdir(path.dirname(metaFile))).filter((name) => name.startsWith('meta.corrupt-'));
  expect(aside).toHaveLength(1);
  expect(await readFile(path.join(path.dirname(metaFile), aside[0]!), 'utf8')).toBe('\u0000garbage{');
  await rm(dataDir, { recursive: true, force: true });
});

test('a damaged annotations.json with a .bak: Restore is reached with Tab and pressed with Enter, the tags of the save before come back', async () => {
  const dataDir = await storedCorpus();
  const { annotations } = documentPaths(dataDir, ID);
  await writeFile(annotations, '{"schemaVersion":1,"annot');
  const app = await launchApp({ dataDir });
  try {
    const { page } = app;
    await expect(page.getByTestId('editor')).toContainText('Wladimir Putin');
    const row = damagedRows(page).first();
    await expect(row).toContainText('Its tags file (annotations.json) cannot be read. Restore puts back your tags as of the save before (annotations.json.bak)');
    await expect(row).toContainText('Copies kept: annotations.json.bak');
    // Focus order: Open… in the header, then the damaged row's Restore, then the list.
    await page.getByRole('button', { name: 'Open…' }).focus();
    await page.keyboard.press('Tab');
    const restore = row.getByRole('button', { name: `Restore “${TITLE}”` });
    await expect(restore).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('editor')).toContainText('Der Bericht nennt Jörg Müller 😀');
    await expect(tags(page)).toHaveCount(1);
    await expect(tags(page).first()).toContainText('Angela Merkel');
    await expect(page.getByTestId('corpus-damaged')).toHaveCount(0);
    // The keyboard stays in the list, on the restored document.
    await expect(listed(page).filter({ hasText: TITLE })).toBeFocused();
  } finally {
    await app.close();
  }
  const kept = (await readdir(path.dirname(annotations))).filter((name) => name.startsWith('annotations.corrupt-'));
  expect(kept).toHaveLength(1);
  await rm(dataDir, { recursive: true, force: true });
});

test('no good copy (a meta.json no index ever held, a changed text.txt): the row says why and where the damaged file is, and offers no Restore', async () => {
  const dataDir = await storedCorpus();
  const other = 'Ein zweiter Text über den Haushalt.';
  const store = createDocumentStore({ dataDir });
  await store.init();
  await store.putDocument({ text: other, title: 'Haushalt', source: 'h.txt', encoding: 'utf-8' });
  await store.flush();
  await writeFile(documentPaths(dataDir, ID).meta, '{"schemaVersion":1');
  await writeFile(documentPaths(dataDir, documentIdOf(other)).text, 'Ein veränderter Text.');
  // Without index.json the store rebuilds its summary from the folders: no last good meta is known.
  await rm(path.join(dataDir, 'index.json'), { force: true });
  const before = await readFile(documentPaths(dataDir, ID).meta, 'utf8');

  const app = await launchApp({ dataDir, locale: 'de-DE' });
  try {
    const { page } = app;
    await expect(page.getByTestId('editor')).toContainText('Wladimir Putin');
    await expect(damagedRows(page)).toHaveCount(2);
    const meta = page.locator(`.corpus-damaged-item[data-doc="${ID}"]`);
    await expect(meta).toContainText(`Tagwerk hat keine gute Kopie davon, daher lässt es sich hier nicht wiederherstellen. Die beschädigte Datei ist documents/${HEX}/meta.json im Datenordner von Tagwerk; sie blieb unverändert.`);
    await expect(meta).toContainText(`Dokument ohne Titel (${HEX.slice(0, 12)})`);
    const text = page.locator(`.corpus-damaged-item[data-doc="${documentIdOf(other)}"]`);
    await expect(text).toContainText('Seine Textdatei (text.txt) passt nicht mehr zum Dokument');
    await expect(text.locator('bdi').first()).toHaveText('Haushalt');
    await expect(page.getByTestId('corpus-damaged').getByRole('button')).toHaveCount(0);
  } finally {
    await app.close();
  }
  expect(await readFile(documentPaths(dataDir, ID).meta, 'utf8')).toBe(before);
  await rm(dataDir, { recursive: true, force: true });
});
