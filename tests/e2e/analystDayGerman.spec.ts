import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { canonicalizeText } from '@shared/text/canonicalText';
import { documentIdOf } from '@shared/text/documentId';
import { launchApp } from './app';
import { readStoredSet, waitForSaved } from './support/editorText';
import { caretPoint, drag, offsetOf, spanOf, storedSpans, type SpanRow } from './support/textDrag';

// Two German analysts' day on a news flash with emoji and decomposed umlauts: Anna drags, searches
// and keys, relates the quote to its speaker and its date, undoes and redoes, exports; Ben imports
// her file as a colleague's, tags his own, reviews (accept, reject, relation rows), reads the
// agreement, merges, exports and finds everything again after a restart.

const RAW = '🇩🇪 Eilmeldung 📰: „Das Gesetz kommt noch vor dem Sommer 😀“, sagte die Ministerin Jo\u0308rdis Mu\u0308ller am Montag in Berlin.\nIm zweiten Absatz spricht Herr Öztürk über Köln 👍🏽 und den Haushalt.\n';
const TEXT = canonicalizeText(RAW);
const TEXT_ID = documentIdOf(TEXT);
const QUOTE = '„Das Gesetz kommt noch vor dem Sommer 😀“';

const items = (page: Page) => page.getByTestId('annotation-list').getByRole('option');
const status = (page: Page) => page.getByTestId('status-message');
const banner = (page: Page) => page.getByTestId('relation-banner');
const span = (quote: string, label: string): SpanRow => spanOf(TEXT, quote, label);

/** Drags with the mouse from before the first character of `quote` to after its last (or backwards) and presses `key`. */
async function dragAndKey(page: Page, quote: string, key: string, backwards = false): Promise<void> {
  const start = await caretPoint(page, offsetOf(TEXT, quote), 'before');
  const last = offsetOf(TEXT, quote) + quote.length - 1;
  // The last character may be the low half of an emoji's surrogate pair: aim at the pair's start.
  const end = await caretPoint(page, /[\uDC00-\uDFFF]/.test(TEXT[last] ?? '') ? last - 1 : last, 'after');
  await (backwards ? drag(page, end, start) : drag(page, start, end));
  await page.keyboard.press(key);
}

/** Ctrl+F, the words, Escape: the hit stays selected for the next key. */
async function find(page: Page, words: string): Promise<void> {
  await page.keyboard.press('Control+f');
  await page.keyboard.type(words);
  await expect(page.getByTestId('search-count')).toHaveText(/^1 von \d+$/);
  await page.keyboard.press('Escape');
}

/** The stored relations of `annotator`'s set of the flash, as "type: from → to" by the tags' texts. */
async function storedRelations(page: Page, dataDir: string): Promise<string[]> {
  await waitForSaved(page);
  const set = await readStoredSet(dataDir, TEXT_ID);
  const textOf = (id: string) => set.annotations.find((a) => a.id === id)?.text ?? '?';
  return set.relations.map((r) => `${r.type}: ${textOf(r.from)} → ${textOf(r.to)}`).sort();
}

test('de-DE: Anna drags, searches, relates, undoes and exports; Ben imports, reviews, reads the agreement, merges, exports and restarts', async ({}, testInfo) => {
  test.setTimeout(240_000);
  const folder = mkdtempSync(path.join(os.tmpdir(), 'tagwerk-day-de-'));
  const flash = path.join(folder, 'eilmeldung.txt');
  writeFileSync(flash, RAW);
  const annaFile = path.join(folder, 'anna.tagwerk.json');
  const benFile = path.join(folder, 'ben.doccano.jsonl');
  expect(TEXT).toContain('Jördis Müller');

  const anna = await launchApp({ locale: 'de-DE', annotator: 'anna', dialogs: { open: () => [flash], save: () => annaFile } });
  try {
    const { page } = anna;
    await page.setViewportSize({ width: 1400, height: 900 });
    await expect(page.getByTestId('editor')).toContainText('Wladimir Putin');
    await page.getByRole('button', { name: 'Öffnen…' }).click();
    await expect(page.getByTestId('editor')).toContainText('Eilmeldung');

    // A backwards drag over the quote, its emoji and marks included; a drag over the NFD name; search then key.
    await dragAndKey(page, QUOTE, '2', true);
    await expect(status(page)).toHaveText('„Das Gesetz kommt noch …“ als Zitat markiert.');
    await dragAndKey(page, 'Jördis Müller', '4');
    await expect(status(page)).toHaveText('„Jördis Müller“ als Akteur markiert.');
    await find(page, 'am Montag');
    await page.keyboard.press('3');
    await expect(status(page)).toHaveText('„am Montag“ als Datum markiert.');
    expect(await storedSpans(page, anna.dataDir, TEXT_ID)).toEqual([span(QUOTE, 'quote'), span('Jördis Müller', 'actor'), span('am Montag', 'date')]);

    // The quote's speaker and its date: K K to the quote, R, J to the actor, Enter (one type fits); again to the date.
    await page.keyboard.press('k');
    await page.keyboard.press('k');
    await expect(items(page).filter({ hasText: 'Das Gesetz' })).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('r');
    await page.keyboard.press('j');
    await expect(banner(page)).toContainText('„Jördis Müller“');
    await page.keyboard.press('Enter');
    await expect(status(page)).toHaveText('Beziehung Quelle: „Das Gesetz kommt noch …“ → „Jördis Müller“.');
    await page.keyboard.press('r');
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await expect(banner(page)).toContainText('„am Montag“');
    await page.keyboard.press('Enter');
    await expect(status(page)).toContainText('Beziehung Zeit');
    await expect(items(page).filter({ hasText: 'Das Gesetz' })).toContainText('Jördis Müller');
    // Undo takes the last relation back, redo brings it again.
    await page.keyboard.press('Control+z');
    expect(await storedRelations(page, anna.dataDir)).toEqual([`source: ${QUOTE} → Jördis Müller`]);
    await page.keyboard.press('Control+Shift+z');
    expect(await storedRelations(page, anna.dataDir)).toEqual([`source: ${QUOTE} → Jördis Müller`, `time: ${QUOTE} → am Montag`]);

    await page.keyboard.press('Control+e');
    const dialog = page.getByTestId('export-dialog');
    await dialog.getByRole('radio', { name: 'Tagwerk-JSON' }).check();
    await dialog.getByRole('button', { name: 'Exportieren…' }).click();
    await expect(page.getByTestId('export-summary')).toBeVisible();
    await dialog.getByRole('button', { name: 'Schließen' }).click();
  } finally {
    await anna.close();
  }

  const answer = { open: annaFile, save: benFile };
  let ben = await launchApp({ locale: 'de-DE', annotator: 'ben', dialogs: { open: () => [answer.open], save: () => answer.save } });
  const benData = ben.dataDir;
  try {
    const { page } = ben;
    await page.setViewportSize({ width: 1400, height: 900 });
    await expect(page.getByTestId('editor')).toContainText('Wladimir Putin');
    await page.getByRole('button', { name: 'Importieren…' }).click();
    const step = page.getByTestId('import-purpose');
    await step.getByRole('radio', { name: /Kollegin oder eines Kollegen zum Abgleich/ }).check();
    await step.getByRole('button', { name: 'Datei wählen…' }).click();
    const summary = page.getByTestId('import-summary');
    await expect(summary).toContainText('anna: 3 Markierungen');
    await summary.locator('.import-document', { hasText: 'Eilmeldung' }).getByRole('button', { name: 'Öffnen' }).click();
    await expect(page.getByTestId('editor')).toContainText('Eilmeldung');
    await expect(items(page)).toHaveCount(0);

    // Ben: the same quote, only "Müller" as its speaker, and "Berlin" (Anna has no such tag).
    await dragAndKey(page, QUOTE, '2');
    await dragAndKey(page, 'Müller', '4');
    await find(page, 'Berlin');
    await page.keyboard.press('4');
    await expect(items(page)).toHaveCount(3);
    await page.keyboard.press('k');
    await page.keyboard.press('k');
    await page.keyboard.press('r');
    await page.keyboard.press('j');
    await expect(banner(page)).toContainText('„Müller“');
    await page.keyboard.press('Enter');
    await expect(status(page)).toContainText('Beziehung Quelle');

    await page.getByTestId('review-toggle').click();
    const review = page.getByTestId('review-panel');
    await expect(review).toContainText('anna');
    await page.screenshot({ path: testInfo.outputPath('ben-review-de.png') });
    const rows = review.getByTestId('review-row');
    await rows.filter({ hasText: 'Berlin' }).getByRole('button', { name: 'Meins entfernen' }).click();
    await rows.filter({ hasText: 'Müller' }).getByRole('button', { name: 'Ihres übernehmen' }).click();
    await page.screenshot({ path: testInfo.outputPath('ben-review-decided-de.png') });

    await review.getByRole('tab', { name: 'Übereinstimmung' }).click();
    await expect(page.getByTestId('relation-agreement')).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('ben-agreement-de.png') });
    await review.getByRole('tab', { name: 'Unterschiede' }).click();
    await review.getByRole('button', { name: 'Alles von anna übernehmen' }).click();
    // Merging takes Anna's time relation along: both its ends (the quote, "am Montag") are Ben's now.
    await expect(status(page)).toHaveText('Übernommen – Markierungen: 1, Beziehungen: 1, Übereinstimmungen: 1 (Strg+Z nimmt alles zurück).');
    await expect(page.getByTestId('relation-differences')).toContainText('Keine Unterschiede bei Beziehungen');
    expect(await storedSpans(page, benData, TEXT_ID)).toEqual([span(QUOTE, 'quote'), span('Jördis Müller', 'actor'), span('am Montag', 'date')]);
    const relations = await storedRelations(page, benData);
    expect(relations).toEqual([`source: ${QUOTE} → Jördis Müller`, `time: ${QUOTE} → am Montag`]);
    await page.screenshot({ path: testInfo.outputPath('ben-merged-de.png') });

    await page.keyboard.press('Control+e');
    const dialog = page.getByTestId('export-dialog');
    await dialog.getByRole('radio', { name: 'doccano-JSONL' }).check();
    await dialog.getByRole('button', { name: 'Exportieren…' }).click();
    await expect(page.getByTestId('export-summary')).toBeVisible();
    await dialog.getByRole('button', { name: 'Schließen' }).click();
    const line = JSON.parse(readFileSync(benFile, 'utf8').trim()) as { entities: Array<{ id: number; start_offset: number; end_offset: number; label: string }>; relations: Array<{ from_id: number; to_id: number; type: string }> };
    expect(line.entities.map((e) => [e.start_offset, e.end_offset, e.label])).toEqual([span(QUOTE, 'quote'), span('Jördis Müller', 'actor'), span('am Montag', 'date')].map(([, s, e, l]) => [s, e, l]));
    expect(line.relations).toHaveLength(relations.length);

    await ben.close();
    ben = await launchApp({ locale: 'de-DE', dataDir: benData });
    await expect(ben.page.getByTestId('editor')).toContainText('Eilmeldung');
    await expect(items(ben.page)).toHaveCount(3);
    expect(await storedRelations(ben.page, benData)).toEqual(relations);
  } finally {
    await ben.close();
  }
});
