import { expect, test, type Page } from '@playwright/test';
import { launchApp } from './app';
import { clickTag } from './support/clickTag';
import { importedText } from './support/importedText';
import { storedTag } from './support/storedTag';

// The selected tag is marked by a class on its own highlight elements: J, K, a click and Escape move
// the outline and the label's chip without rewrapping any text (no element added or removed in the editor).

const TITLE = 'Umriss';
const TEXT = 'Der 😀 Bericht: Jörg Mu\u0308ller sagt, Köln sei bereit. Anna kommt morgen.\nZweiter Absatz mit Wladimir Putin.';
/** A stored tag on the first occurrence of `quote`. */
const tag = (id: string, quote: string, label: string) => storedTag(TEXT, id, quote, label);

/** An NFD umlaut, a plain word after an emoji, and a tag in the second paragraph. */
const TAGS = [tag('t-mueller', 'Mu\u0308ller', 'actor'), tag('t-morgen', 'morgen', 'date'), tag('t-putin', 'Wladimir Putin', 'actor')];

/** The NFD umlaut as the editor shows it (the import stores texts NFC). */
const MUELLER_SHOWN = 'Mu\u0308ller'.normalize('NFC');

/** Counts elements and text added to or removed from the editor from now on. */
const watchEditor = (page: Page) =>
  page.evaluate(() => {
    const editor = document.querySelector('[data-testid="editor"]');
    if (!editor) throw new Error('no editor');
    const w = window as unknown as { __twRewraps: number };
    w.__twRewraps = 0;
    new MutationObserver((records) => {
      w.__twRewraps += records.filter((r) => r.type !== 'attributes').length;
    }).observe(editor, { childList: true, characterData: true, subtree: true });
  });
const rewraps = (page: Page) => page.evaluate(() => (window as unknown as { __twRewraps: number }).__twRewraps);

/** Which tags are outlined, and the chip the first outlined element shows (its `::before` text). */
const outlined = (page: Page) =>
  page.evaluate(() => {
    const marked = [...document.querySelectorAll('[data-testid="editor"] .ann-selected')];
    const chip = document.querySelector('[data-testid="editor"] .ann-selected-start');
    return {
      ids: [...new Set(marked.map((e) => e.getAttribute('data-ann')))],
      text: marked.map((e) => e.textContent).join(''),
      chip: chip ? getComputedStyle(chip, '::before').content : null,
    };
  });

test('J, K, a click and Escape move the selected tag\'s outline and chip without rewrapping text; a retag keeps them on the tag', async () => {
  const app = await launchApp({ dataDir: await importedText(TITLE, TEXT, TAGS), annotator: 'tester' });
  try {
    const { page } = app;
    await page.getByTestId('corpus-list').getByRole('option').filter({ hasText: TITLE }).click();
    await expect(page.getByTestId('document-title')).toHaveText(TITLE);
    await expect(page.getByTestId('editor').locator('[data-ann]')).toHaveCount(3);
    await page.getByTestId('document-title').click();
    await watchEditor(page);

    await page.keyboard.press('j');
    await expect.poll(() => outlined(page)).toEqual({ ids: ['t-mueller'], text: MUELLER_SHOWN, chip: '"Actor"' });
    await page.keyboard.press('j');
    await expect.poll(() => outlined(page)).toEqual({ ids: ['t-morgen'], text: 'morgen', chip: '"Date"' });
    await page.keyboard.press('k');
    await expect.poll(() => outlined(page)).toEqual({ ids: ['t-mueller'], text: MUELLER_SHOWN, chip: '"Actor"' });
    await clickTag(page, page.getByTestId('editor').locator('[data-ann="t-putin"]'));
    await expect.poll(() => outlined(page)).toEqual({ ids: ['t-putin'], text: 'Wladimir Putin', chip: '"Actor"' });
    await expect(page.getByTestId('annotation-details')).toContainText('Wladimir Putin');
    expect(await rewraps(page), 'elements or text added or removed in the editor while only the selection moved').toBe(0);

    // A retag redraws the tag's elements: the outline and chip follow onto them, with the new label.
    await page.keyboard.press('2');
    await expect.poll(() => outlined(page)).toEqual({ ids: ['t-putin'], text: 'Wladimir Putin', chip: '"Quote"' });

    await watchEditor(page);
    await page.keyboard.press('Escape');
    await expect.poll(() => outlined(page)).toEqual({ ids: [], text: '', chip: null });
    await expect(page.getByTestId('annotation-details')).toHaveCount(0);
    expect(await rewraps(page)).toBe(0);
  } finally {
    await app.close();
  }
});
