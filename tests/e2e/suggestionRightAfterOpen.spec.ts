import { expect, test } from '@playwright/test';
import { documentIdOf } from '@shared/text/documentId';
import { germanText } from '../bench/benchCorpus';
import { launchApp } from './app';
import { readStoredSet, waitForSaved } from './support/editorText';
import { importedText } from './support/importedText';

// A user who does not wait: a long document is opened and S J A are pressed as soon as its text
// shows — before the window was ever idle, so the text was not handed to the assist's worker yet
// and the range in view was not measured ahead. The first suggestion of the text is accepted with
// its speaker, exactly once, and stored; the suggestions of the whole text come in after.

const FIRST = '📰 „Wir bleiben dabei“, sagte Ministerin Anna Kru\u0308ger am Dienstag.';
const TEXT = `${FIRST}\n${germanText(300_000, 11)}`;
const TITLE = 'Lange Meldung mit Zitat';

for (const { locale, accepted } of [
  { locale: 'de-DE', accepted: '„Wir bleiben dabei“ mit Sprecher „Anna Krüger“ und der Beziehung „Quelle“ übernommen.' },
  { locale: 'en-US', accepted: 'Accepted “Wir bleiben dabei” with its speaker “Anna Krüger” and the Source relation.' },
]) {
  test(`${locale}: S J A right after opening a long document accepts its first suggestion with the speaker, once, and stores it`, async () => {
    test.setTimeout(180_000);
    const dataDir = await importedText(TITLE, TEXT);
    const app = await launchApp({ dataDir, locale });
    const { page } = app;
    try {
      await page.getByTestId('corpus-list').getByRole('option').filter({ hasText: TITLE }).click();
      const editor = page.getByTestId('editor');
      await expect(editor).toContainText('Wir bleiben dabei');
      await editor.focus();
      for (const key of ['s', 'j', 'a']) await page.keyboard.press(key);
      await expect(page.getByTestId('status-message')).toHaveText(accepted);
      // The whole text's suggestions come in after; the accepted ones are no longer among them.
      await expect(page.getByTestId('suggestion-status')).toHaveText(/\d/, { timeout: 120_000 });
      await waitForSaved(page);
      const stored = (await readStoredSet(dataDir, documentIdOf(TEXT.normalize('NFC')))).annotations;
      expect(stored.map((a) => [a.label, a.text, a.origin])).toEqual([
        ['quote', '„Wir bleiben dabei“', 'assist'],
        ['actor', 'Anna Krüger', 'assist'],
      ]);
      // Stored offsets count code points: the emoji before them is one.
      const points = Array.from(TEXT.normalize('NFC'));
      expect(stored.map((a) => points.slice(a.start, a.end).join(''))).toEqual(['„Wir bleiben dabei“', 'Anna Krüger']);
    } finally {
      await app.close();
    }
  });
}
