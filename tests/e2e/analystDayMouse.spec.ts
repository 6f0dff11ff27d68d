import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { canonicalizeText } from '@shared/text/canonicalText';
import { documentIdOf } from '@shared/text/documentId';
import { launchApp, type LaunchedApp } from './app';
import { severeViolations } from './support/severeViolations';
import { caretPoint, drag, offsetOf, spanOf, storedSpans, type SpanRow } from './support/textDrag';

// An analyst's mouse on a text with emoji, a flag and an umlaut that arrived decomposed (NFD):
// double-click, shift-click, drags backwards, across a paragraph end and across tag edges.

const RAW = '🇩🇪 Eilmeldung 📰: Die Ministerin Jo\u0308rdis Mu\u0308ller 😀 sagte am Montag in Berlin, das Gesetz komme.\nIm zweiten Absatz spricht Herr Öztürk über Köln 👍🏽 und den Haushalt.\n';
const TEXT = canonicalizeText(RAW);

const items = (page: Page) => page.getByTestId('annotation-list').getByRole('option');
const status = (page: Page) => page.getByTestId('status-message');

/** Launches on a fresh data folder and opens the test text through Open…, as a user picks a file. */
async function openText(width: number): Promise<LaunchedApp> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tagwerk-mouse-'));
  const file = path.join(dir, 'eilmeldung.txt');
  writeFileSync(file, RAW);
  const app = await launchApp({ dialogs: { open: () => [file] } });
  await app.page.setViewportSize({ width, height: 800 });
  await expect(app.page.getByTestId('editor')).toContainText('Wladimir Putin');
  await app.page.getByRole('button', { name: 'Open…' }).click();
  await expect(app.page.getByTestId('editor')).toContainText('Eilmeldung');
  return app;
}

const span = (quote: string, label: string): SpanRow => spanOf(TEXT, quote, label);

for (const width of [1400, 1024]) {
  test(`at ${width} px: double-click, shift-click, backwards, across a paragraph end, an emoji and an NFD umlaut`, async ({}, testInfo) => {
    const app = await openText(width);
    const { page } = app;
    try {
      expect(TEXT).toContain('Jördis Müller');
      // Double-click a word with a (formerly decomposed) umlaut, then tag it.
      const mueller = await caretPoint(page, offsetOf(TEXT, 'Müller') + 2, 'before');
      await page.mouse.dblclick(mueller.x, mueller.y);
      await page.keyboard.press('4');
      await expect(status(page)).toContainText('“Müller”');

      // Click before "Montag", shift-click after "Berlin".
      const montag = await caretPoint(page, offsetOf(TEXT, 'Montag'), 'before');
      await page.mouse.click(montag.x, montag.y);
      const berlin = await caretPoint(page, offsetOf(TEXT, 'Berlin') + 'Berlin'.length - 1, 'after');
      await page.keyboard.down('Shift');
      await page.mouse.click(berlin.x, berlin.y);
      await page.keyboard.up('Shift');
      await page.keyboard.press('3');
      await expect(status(page)).toContainText('“Montag in Berlin”');

      // Backwards from after "Müller 😀" to "Ministerin": the emoji stays whole.
      const afterEmoji = await caretPoint(page, offsetOf(TEXT, '😀') + 1, 'after');
      const ministerin = await caretPoint(page, offsetOf(TEXT, 'Ministerin'), 'before');
      await drag(page, afterEmoji, ministerin);
      await page.keyboard.press('2');
      await expect(status(page)).toContainText('“Ministerin Jördis Müller …” as Quote');

      // Across the paragraph end: from "komme." to "Im zweiten".
      const komme = await caretPoint(page, offsetOf(TEXT, 'komme'), 'before');
      const zweiten = await caretPoint(page, offsetOf(TEXT, 'zweiten') + 'zweiten'.length - 1, 'after');
      await drag(page, komme, zweiten);
      await page.keyboard.press('1');

      // Across the edge of a tag: from inside "Köln" over the skin-toned thumb.
      const koeln = await caretPoint(page, offsetOf(TEXT, 'Öztürk'), 'before');
      const thumb = await caretPoint(page, offsetOf(TEXT, '👍🏽') + 3, 'after');
      await drag(page, koeln, thumb);
      await page.keyboard.press('4');
      // From inside the tagged "Berlin" (pressing on its highlight) to the end of "Gesetz".
      const inBerlin = await caretPoint(page, offsetOf(TEXT, 'Berlin') + 3, 'before');
      const gesetz = await caretPoint(page, offsetOf(TEXT, 'Gesetz') + 5, 'after');
      await drag(page, inBerlin, gesetz);
      await page.keyboard.press('1');

      // From the flag to the middle of "Eilmeldung": the flag is one character, the word grows whole.
      const flag = await caretPoint(page, 0, 'before');
      const eil = await caretPoint(page, offsetOf(TEXT, 'Eilmeldung') + 4, 'after');
      await drag(page, flag, eil);
      await page.keyboard.press('3');
      await page.screenshot({ path: testInfo.outputPath(`mouse-${width}.png`) });
      // Seven overlapping tags over a flag, emoji and umlauts: still no serious or critical axe finding.
      expect(await severeViolations(page)).toEqual([]);

      expect(await storedSpans(page, app.dataDir, documentIdOf(TEXT))).toEqual([
        span('🇩🇪 Eilmeldung', 'date'),
        span('Berlin, das Gesetz', 'claim'),
        span('Ministerin Jördis Müller 😀', 'quote'),
        span('Müller', 'actor'),
        span('Montag in Berlin', 'date'),
        span('komme.\nIm zweiten', 'claim'),
        span('Öztürk über Köln 👍🏽', 'actor'),
      ].sort((a, b) => a[1] - b[1]));
      await expect(items(page)).toHaveCount(7);
    } finally {
      await app.close();
    }
  });
}
