import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { canonicalizeText } from '@shared/text/canonicalText';
import { launchApp } from './app';
import { caretPoint, drag, offsetOf } from './support/textDrag';

// A quote tagged with its marks is named in the status line between one pair of marks, whatever
// its own style: „„Wir …“ …“ read as a typing error (every message sets the quote in marks).

/** A user's file: four quotes in four styles, one with an emoji, one with a decomposed (NFD) umlaut. */
const RAW = [
  '„Wir bleiben dabei.“, sagte Krüger.',
  '»Das ist Unsinn«, so Weber.',
  '‚Wir feiern 🎉‘, rief sie.',
  '“Mu\u0308ller kommt erst im Mai”, hieß es.',
].join('\n');
const TEXT = canonicalizeText(RAW);
const QUOTES = ['„Wir bleiben dabei.“', '»Das ist Unsinn«', '‚Wir feiern 🎉‘', '“Müller kommt erst im Mai”'];
const status = (page: Page) => page.getByTestId('status-message');

/** Drags with the mouse from before the quote's first character to after its last and presses 2 (Quote). */
async function dragAndTag(page: Page, quote: string): Promise<void> {
  const at = offsetOf(TEXT, quote);
  const last = at + quote.length - 1;
  await drag(page, await caretPoint(page, at, 'before'), await caretPoint(page, last, 'after'));
  await page.keyboard.press('2');
}

for (const [locale, shown] of [
  ['de-DE', ['„Wir bleiben dabei.“ als Zitat markiert.', '„Das ist Unsinn“ als Zitat markiert.', '„Wir feiern 🎉“ als Zitat markiert.', '„Müller kommt erst im Mai“ als Zitat markiert.']],
  ['en', ['Tagged “Wir bleiben dabei.” as Quote.', 'Tagged “Das ist Unsinn” as Quote.', 'Tagged “Wir feiern 🎉” as Quote.', 'Tagged “Müller kommt erst im Mai” as Quote.']],
] as const) {
  test(`${locale}: a dragged quote in „…“, »…«, ‚…‘ with an emoji or “…” with an NFD umlaut is named in the status line between one pair of marks`, async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'tagwerk-marks-')), 'zitate.txt');
    writeFileSync(file, RAW);
    expect(TEXT).toContain('Müller');
    const app = await launchApp({ locale, dialogs: { open: () => [file] } });
    try {
      const { page } = app;
      await page.setViewportSize({ width: 1024, height: 700 });
      await expect(page.getByTestId('editor')).toContainText('Wladimir Putin');
      await page.keyboard.press('Control+o');
      await expect(page.getByTestId('editor')).toContainText('Wir feiern');
      for (const [i, quote] of QUOTES.entries()) {
        await dragAndTag(page, quote);
        await expect(status(page)).toHaveText(shown[i] ?? '');
      }
      await expect(page.getByTestId('annotation-list').getByRole('option')).toHaveCount(4);
    } finally {
      await app.close();
    }
  });
}
