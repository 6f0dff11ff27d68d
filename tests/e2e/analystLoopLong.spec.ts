import { expect, test, type Page } from '@playwright/test';
import { CHUNK_LINES } from '@shared/text/textIndex';
import { documentIdOf } from '@shared/text/documentId';
import { germanText } from '../bench/benchCorpus';
import { launchApp, type LaunchedApp } from './app';
import { ARTICLE_ID, readStoredSet, waitForSaved } from './support/editorText';
import { importedText } from './support/importedText';
import { charBoxes, dragOver } from './support/mouseDrag';
import { severeViolations } from './support/severeViolations';

// The analyst's loop on a long generated document, as a person does it after the session's
// changes: search then a key, a mouse drag, J/K, a relation, undo/redo, suggestions (J, A,
// Escape), a switch to the built-in article and back, and a restart — the tags, the relation and
// the accepted suggestion are all there again, at the same code points.

const FAR = 3 * CHUNK_LINES + 5;
const QUOTE = '„Wir prüfen das sorgfältig.“';

/** German-like paragraphs with a speaker and her quote deep in the fourth chunk and a word to drag near the start. */
function longText(): string {
  const lines = germanText(80_000, 11).split('\n');
  if (lines.length <= FAR) throw new Error(`only ${lines.length} paragraphs`);
  lines[2] = `Ziehwort ${lines[2]}`;
  lines[FAR] = `📰 Ministerin Anna Krüger sagte: ${QUOTE} ${lines[FAR]}`;
  return lines.join('\n');
}

const TEXT = longText();
const TITLE = 'Lange Meldung 😀';
const ID = documentIdOf(TEXT);
const cp = (utf16: number) => Array.from(TEXT.slice(0, utf16)).length;
const items = (page: Page) => page.getByTestId('annotation-list').getByRole('option');
const selected = (page: Page) => items(page).and(page.locator('[aria-selected="true"]'));
const arcs = (page: Page) => page.getByTestId('relation-arcs').locator('[data-layer="mine"] .arc');
const rows = (page: Page) => page.getByTestId('corpus-list').getByRole('option');

async function openDocument(page: Page, title: string | RegExp): Promise<void> {
  await rows(page).filter({ hasText: title }).click();
  await expect(page.getByTestId('document-title')).toHaveText(title);
}

/** Ctrl+F, type the query, wait for exactly one hit, Escape (the hit stays selected). */
async function findOnce(page: Page, query: string): Promise<void> {
  await page.keyboard.press('Control+f');
  await page.keyboard.type(query);
  await expect(page.getByTestId('search-count')).toHaveText('1 of 1');
  await page.keyboard.press('Escape');
}

test('long document: search then key, a drag, J/K, a relation, undo/redo, suggestions, switch and back, restart — all kept', async () => {
  test.setTimeout(240_000);
  const dataDir = await importedText(TITLE, TEXT);
  let app: LaunchedApp = await launchApp({ dataDir });
  try {
    let page = app.page;
    await page.setViewportSize({ width: 1280, height: 800 });
    await openDocument(page, TITLE);

    // A mouse drag over a word near the start, 1: a claim.
    const at = TEXT.indexOf('Ziehwort');
    const [first, last] = await charBoxes(page, [at, at + 'Ziehwort'.length - 1]);
    if (!first || !last) throw new Error('no boxes');
    await page.mouse.move(first.left + 1, (first.top + first.bottom) / 2);
    await page.mouse.down();
    await page.mouse.move(last.right - 1, (last.top + last.bottom) / 2, { steps: 8 });
    await page.mouse.up();
    await page.keyboard.press('1');
    await expect(items(page)).toHaveCount(1);

    // Search into a chunk not drawn yet (the query with an NFD umlaut), then a key: the speaker, then her quote.
    await findOnce(page, 'Anna Kru\u0308ger');
    await page.keyboard.press('4');
    await expect(items(page)).toHaveCount(2);
    await findOnce(page, QUOTE);
    await page.keyboard.press('2');
    await expect(items(page)).toHaveCount(3);
    await expect(selected(page)).toContainText('Wir prüfen das sorgfältig');

    // K to the speaker, J back to the quote.
    await page.keyboard.press('k');
    await expect(selected(page)).toContainText('Anna Krüger');
    await page.keyboard.press('j');
    await expect(selected(page)).toContainText('Wir prüfen das sorgfältig');

    // R, J to the speaker, Enter: quote → source → speaker; undo takes it away, redo brings it back.
    await page.keyboard.press('r');
    await expect(page.getByTestId('relation-banner')).toHaveAttribute('data-mode', 'picking');
    await page.keyboard.press('j');
    await expect(page.getByTestId('relation-banner')).toContainText('→ “Anna Krüger”');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('relation-banner')).toHaveCount(0);
    await expect(arcs(page)).toHaveCount(1);
    await page.keyboard.press('Control+z');
    await expect(arcs(page)).toHaveCount(0);
    await page.keyboard.press('Control+y');
    await expect(arcs(page)).toHaveCount(1);

    // Suggestions: S, J, A accepts one (with its speaker when it is a quote), Escape leaves the review.
    await page.keyboard.press('s');
    await expect(page.getByTestId('suggestion-status')).toHaveText(/^\d+ suggestions? to decide$/);
    await page.keyboard.press('j');
    await expect(page.getByTestId('suggestion-current')).toBeVisible();
    await page.keyboard.press('a');
    await expect.poll(() => items(page).count()).toBeGreaterThan(3);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('suggestion-panel')).toHaveCount(0);
    expect(await severeViolations(page)).toEqual([]);
    await waitForSaved(page);
    const before = await readStoredSet(dataDir, ID);
    const count = before.annotations.length;
    expect(before.annotations.filter((a) => a.origin === 'assist').length).toBeGreaterThanOrEqual(1);

    // Switch to the built-in article, tag a name there with a drag, and back: the long document's tags are as they were.
    await openDocument(page, /Demokratische/);
    await dragOver(page, 'Wladimir Putin');
    await page.keyboard.press('4');
    await expect(items(page)).toHaveCount(1);
    await openDocument(page, TITLE);
    await expect(items(page)).toHaveCount(count);
    await expect(items(page).filter({ hasText: 'Wir prüfen das' })).toContainText('said by Anna Krüger');
    await waitForSaved(page);

    // Restart: everything is there again, at the same code points.
    await app.close();
    app = await launchApp({ dataDir });
    page = app.page;
    await expect(page.getByTestId('editor')).toBeVisible();
    if ((await page.getByTestId('document-title').textContent()) !== TITLE) await openDocument(page, TITLE);
    await expect(items(page)).toHaveCount(count);
    // The view starts at the top after a restart (the arc is drawn when its tags are in view): the list says who said it.
    await expect(items(page).filter({ hasText: 'Wir prüfen das' })).toContainText('said by Anna Krüger');
    const after = await readStoredSet(dataDir, ID);
    const spans = (set: typeof after) => set.annotations.map(({ text, start, end, label, origin }) => ({ text, start, end, label, origin })).sort((a, b) => a.start - b.start);
    expect(spans(after)).toEqual(spans(before));
    const krueger = TEXT.indexOf('Anna Krüger');
    const quote = TEXT.indexOf(QUOTE);
    expect(spans(after)).toEqual(expect.arrayContaining([
      { text: 'Ziehwort', start: cp(at), end: cp(at + 'Ziehwort'.length), label: 'claim', origin: undefined },
      { text: 'Anna Krüger', start: cp(krueger), end: cp(krueger + 'Anna Krüger'.length), label: 'actor', origin: undefined },
      { text: QUOTE, start: cp(quote), end: cp(quote + QUOTE.length), label: 'quote', origin: undefined },
    ]));
    expect(after.relations).toHaveLength(1);
    expect((await readStoredSet(dataDir, ARTICLE_ID)).annotations.map((a) => a.text)).toEqual(['Wladimir Putin']);
  } finally {
    await app.close();
  }
});
