import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { canonicalizeText } from '@shared/text/canonicalText';
import { documentIdOf } from '@shared/text/documentId';
import { launchApp } from './app';
import { ARTICLE, selectQuote } from './support/editorText';
import { severeViolations } from './support/severeViolations';
import { caretPoint, offsetOf, spanOf as span, storedSpans } from './support/textDrag';

// Two analysts' day: Anna tags a news flash and the built-in article, switching between them,
// exports; Ben imports her file as a colleague's, tags his own, reviews, merges and restarts.

const RAW = '🇩🇪 Eilmeldung 📰: Die Ministerin Jo\u0308rdis Mu\u0308ller 😀 sagte am Montag in Berlin, das Gesetz komme.\nIm zweiten Absatz spricht Herr Öztürk über Köln 👍🏽 und den Haushalt.\n';
const TEXT = canonicalizeText(RAW);
const TEXT_ID = documentIdOf(TEXT);

const items = (page: Page) => page.getByTestId('annotation-list').getByRole('option');
const documents = (page: Page) => page.getByTestId('corpus-list').getByRole('option');
const status = (page: Page) => page.getByTestId('status-message');
const pane = (page: Page) => page.locator('.document-pane');

/** The scroll position the app remembered for a document (settings.json in the data folder), or null. */
function rememberedScroll(dataDir: string, id: string): number | null {
  const settings = JSON.parse(readFileSync(path.join(dataDir, 'settings.json'), 'utf8')) as { lastScroll?: Record<string, number> };
  return settings.lastScroll?.[id] ?? null;
}

async function openDocument(page: Page, title: string | RegExp, shows: string): Promise<void> {
  await documents(page).filter({ hasText: title }).click();
  await expect(page.getByTestId('editor')).toContainText(shows);
}

test('switching documents keeps each one’s tags, undo and scroll; an export imported by a colleague is reviewed, merged and still there after a restart', async ({}, testInfo) => {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'tagwerk-colleague-'));
  const flash = path.join(folder, 'eilmeldung.txt');
  writeFileSync(flash, RAW);
  const exported = path.join(folder, 'anna.tagwerk.json');

  const anna = await launchApp({ annotator: 'anna', dialogs: { open: () => [flash], save: () => exported } });
  try {
    const { page } = anna;
    await page.setViewportSize({ width: 1024, height: 520 });
    await expect(page.getByTestId('editor')).toContainText('Wladimir Putin');
    await page.getByRole('button', { name: 'Open…' }).click();
    await expect(page.getByTestId('editor')).toContainText('Eilmeldung');
    const mueller = await caretPoint(page, offsetOf(TEXT, 'Müller') + 1, 'before');
    await page.mouse.dblclick(mueller.x, mueller.y);
    await page.keyboard.press('4');
    await selectQuote(page, 'Montag', 0, TEXT);
    await page.keyboard.press('3');
    await expect(items(page)).toHaveCount(2);

    // The article: a tag far down, the pane scrolled there.
    await openDocument(page, 'Die Demokratische', 'Wladimir Putin');
    await selectQuote(page, 'Choe Son-hui');
    await page.keyboard.press('4');
    await expect(items(page)).toHaveCount(1);
    // Then the wheel back up to the middle of the text, where the reader stays.
    const box = await pane(page).boundingBox();
    if (!box) throw new Error('no document pane');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -500);
    await expect.poll(() => pane(page).evaluate((el) => el.scrollHeight - el.clientHeight - el.scrollTop)).toBeGreaterThan(400);
    // As a reader pauses there, the app remembers where the pane came to rest (see qa-bugs.md for a switch right away).
    const paneTop = () => pane(page).evaluate((el) => Math.round(el.scrollTop));
    await expect.poll(async () => rememberedScroll(anna.dataDir, documentIdOf(ARTICLE)) === (await paneTop())).toBe(true);
    const scrolled = await paneTop();
    expect(scrolled).toBeGreaterThan(100);

    // Back in the flash, Ctrl+Z undoes the flash's last tag (not the article's), Ctrl+Y redoes it.
    await openDocument(page, 'Eilmeldung', 'Eilmeldung');
    await expect(items(page)).toHaveCount(2);
    await page.getByTestId('document-title').click();
    await page.keyboard.press('Control+z');
    await expect(items(page)).toHaveCount(1);
    await expect(items(page)).toContainText(['Müller']);
    await page.keyboard.press('Control+y');
    await expect(items(page)).toHaveCount(2);

    // The article again: its tag and its scroll position are as left.
    await openDocument(page, 'Die Demokratische', 'Wladimir Putin');
    await expect(items(page)).toHaveCount(1);
    await expect(items(page)).toContainText(['Choe Son-hui']);
    await expect.poll(() => pane(page).evaluate((el) => el.scrollTop)).toBeGreaterThan(scrolled - 3);
    expect(await pane(page).evaluate((el) => el.scrollTop)).toBeLessThan(scrolled + 3);
    await page.screenshot({ path: testInfo.outputPath('anna-article.png') });

    expect(await storedSpans(anna.page, anna.dataDir, TEXT_ID)).toEqual([span(TEXT, 'Müller', 'actor'), span(TEXT, 'Montag', 'date')]);
    expect(await storedSpans(anna.page, anna.dataDir, documentIdOf(ARTICLE))).toEqual([span(ARTICLE, 'Choe Son-hui', 'actor')]);

    // Export everything as Tagwerk JSON with Ctrl+E.
    await page.keyboard.press('Control+e');
    const dialog = page.getByTestId('export-dialog');
    await dialog.getByRole('radio', { name: 'All documents' }).check();
    await dialog.getByRole('radio', { name: 'Tagwerk JSON' }).check();
    await dialog.getByRole('button', { name: 'Export…' }).click();
    await expect(page.getByTestId('export-summary')).toContainText('2 documents · 3 annotations');
    await dialog.getByRole('button', { name: 'Close' }).click();
  } finally {
    await anna.close();
  }

  // Ben has only the built-in article; Anna's file brings the flash as a new document.
  let ben = await launchApp({ annotator: 'ben', dialogs: { open: () => [exported] } });
  const benData = ben.dataDir;
  try {
    const { page } = ben;
    await expect(page.getByTestId('editor')).toContainText('Wladimir Putin');
    await page.getByRole('button', { name: 'Import…' }).click();
    const step = page.getByTestId('import-purpose');
    await step.getByRole('radio', { name: /colleague’s tags to review/ }).check();
    await step.getByRole('button', { name: 'Choose file…' }).click();
    const summary = page.getByTestId('import-summary');
    await expect(summary).toContainText('exported by anna');
    await summary.locator('.import-document', { hasText: 'Eilmeldung' }).getByRole('button', { name: 'Open' }).click();
    await expect(page.getByTestId('editor')).toContainText('Eilmeldung');
    await expect(items(page)).toHaveCount(0);

    // Ben tags "Müller" as a quote (Anna: actor) and "Berlin" as an actor (Anna: nothing).
    await selectQuote(page, 'Müller', 0, TEXT);
    await page.keyboard.press('2');
    await selectQuote(page, 'Berlin', 0, TEXT);
    await page.keyboard.press('4');
    await expect(items(page)).toHaveCount(2);

    await page.getByTestId('review-toggle').click();
    const review = page.getByTestId('review-panel');
    await expect(review).toContainText('anna');
    await page.screenshot({ path: testInfo.outputPath('ben-review.png') });
    expect(await severeViolations(page)).toEqual([]);
    // The row shows both sides' offsets in code points (the flag and the emoji count one each).
    const [, muellerStart, muellerEnd] = span(TEXT, 'Müller', 'actor');
    await expect(review.getByTestId('review-row').filter({ hasText: 'Müller' })).toContainText(`${muellerStart}–${muellerEnd}`);
    expect(muellerStart).toBeLessThan(TEXT.indexOf('Müller'));
    await review.getByTestId('review-row').filter({ hasText: 'Müller' }).getByRole('button', { name: 'Accept theirs' }).click();
    await page.getByRole('button', { name: 'Merge all from anna' }).click();
    await expect(status(page)).toContainText('Review: merged — tags: 1');
    expect(await storedSpans(ben.page, ben.dataDir, TEXT_ID)).toEqual([span(TEXT, 'Müller', 'actor'), span(TEXT, 'Montag', 'date'), span(TEXT, 'Berlin', 'actor')]);
  } finally {
    await ben.close();
  }

  ben = await launchApp({ dataDir: benData });
  try {
    const { page } = ben;
    await expect(page.getByTestId('editor')).toContainText('Eilmeldung');
    await expect(items(page)).toHaveCount(3);
    await expect(items(page)).toContainText(['Müller', 'Montag', 'Berlin']);
    expect(await storedSpans(ben.page, ben.dataDir, TEXT_ID)).toEqual([span(TEXT, 'Müller', 'actor'), span(TEXT, 'Montag', 'date'), span(TEXT, 'Berlin', 'actor')]);
  } finally {
    await ben.close();
  }
});
