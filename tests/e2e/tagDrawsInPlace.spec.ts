import { expect, test, type Page } from '@playwright/test';
import { launchApp } from './app';
import { importedText } from './support/importedText';
import { storedTag } from './support/storedTag';
import { wordPoint } from './support/wordPoint';

// A new tag (and an undo that brings a deleted one back) is drawn as its own new element: the tags
// and the text after it in its paragraph keep their elements, attributes and text nodes untouched.

const TITLE = 'Vorne';
const TEXT = 'Heute 😀 sagt Jörg Mu\u0308ller in Köln 📰, Anna komme morgen nach Bonn.\nZweiter Absatz mit Wladimir Putin.';
/** A stored tag on the first occurrence of `quote`. */
const tag = (id: string, quote: string, label: string) => storedTag(TEXT, id, quote, label);

/** Tags after the word to be tagged ("sagt"), in the same paragraph: an NFD umlaut, an emoji, a plain word. */
const TAGS = [tag('t-mueller', 'Jörg Mu\u0308ller', 'actor'), tag('t-koeln', 'Köln 📰', 'quote'), tag('t-morgen', 'morgen', 'date'), tag('t-bonn', 'Bonn', 'claim')];

/** Marks every node now in the editor's first paragraph and records what the tags there show; counts text and attribute changes from now on. */
const watchParagraph = (page: Page) =>
  page.evaluate(() => {
    const paragraph = document.querySelector('[data-testid="editor"] p');
    if (!paragraph) throw new Error('no paragraph');
    const w = window as unknown as { __twOld: Set<Node>; __twChanged: number };
    w.__twOld = new Set();
    const walk = (node: Node) => node.childNodes.forEach((child) => (w.__twOld.add(child), walk(child)));
    walk(paragraph);
    w.__twChanged = 0;
    new MutationObserver((records) => {
      // The selected tag's outline is a class on the tag's own elements: only its elements' class and chip may change.
      w.__twChanged += records.filter((r) => r.type === 'characterData' || (r.type === 'attributes' && r.attributeName !== 'class' && r.attributeName !== 'data-selected-chip')).length;
    }).observe(paragraph, { characterData: true, attributes: true, subtree: true });
  });

/** The stored tags' elements in the first paragraph: whether each is a node from before, its id and text. */
const storedTags = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __twOld: Set<Node>; __twChanged: number };
    const elements = [...document.querySelectorAll('[data-testid="editor"] p [data-ann^="t-"]')];
    return { tags: elements.map((e) => ({ old: w.__twOld.has(e) && [...e.childNodes].every((c) => w.__twOld.has(c)), id: e.getAttribute('data-ann'), text: e.textContent })), changed: w.__twChanged };
  });

/** Double-clicks the word `word` in the editor's first paragraph where its text is, as a person does. */
async function dblclickWord(page: Page, word: string): Promise<void> {
  const point = await wordPoint(page, word, '[data-testid="editor"] p');
  await page.mouse.dblclick(point.x, point.y);
}

const EXPECTED = [
  { old: true, id: 't-mueller', text: 'Jörg Müller' },
  { old: true, id: 't-koeln', text: 'Köln 📰' },
  { old: true, id: 't-morgen', text: 'morgen' },
  { old: true, id: 't-bonn', text: 'Bonn' },
];

for (const [locale, width, height] of [['de-DE', 1400, 900], ['en-US', 1024, 700]] as const) {
  test(`${locale} at ${width}: a new tag and an undone delete are drawn without touching the tags after them in the paragraph`, async () => {
    const app = await launchApp({ dataDir: await importedText(TITLE, TEXT, TAGS), annotator: 'tester', locale });
    try {
      const { page } = app;
      await page.setViewportSize({ width, height });
      await page.getByTestId('corpus-list').getByRole('option').filter({ hasText: TITLE }).click();
      await expect(page.getByTestId('document-title')).toHaveText(TITLE);
      await expect(page.getByTestId('editor').locator('[data-ann]')).toHaveCount(4);

      await dblclickWord(page, 'sagt');
      await watchParagraph(page);
      await page.keyboard.press('1');
      const created = page.getByTestId('editor').locator('p [data-ann]:not([data-ann^="t-"])');
      await expect(created).toHaveText('sagt');
      await expect(page.getByTestId('editor').locator('p').first()).toHaveText(TEXT.split('\n')[0]!.normalize('NFC'));
      expect(await storedTags(page)).toEqual({ tags: EXPECTED, changed: 0 });
      if (process.env.TAGWERK_SHOTS) await page.screenshot({ path: `${process.env.TAGWERK_SHOTS}/tag-in-place-${locale}-${width}.png` });

      await page.keyboard.press('Delete');
      await expect(created).toHaveCount(0);
      await watchParagraph(page);
      await page.keyboard.press('Control+z');
      await expect(created).toHaveText('sagt');
      expect(await storedTags(page)).toEqual({ tags: EXPECTED, changed: 0 });
      await expect(page.getByTestId('editor').locator('p').first()).toHaveText(TEXT.split('\n')[0]!.normalize('NFC'));
    } finally {
      await app.close();
    }
  });
}
