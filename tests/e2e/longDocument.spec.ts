import { expect, test, type Page } from '@playwright/test';
import { CHUNK_LINES } from '@shared/text/textIndex';
import { germanText } from '../bench/benchCorpus';
import { launchApp, type LaunchedApp } from './app';
import { readStoredSet, waitForSaved } from './support/editorText';
import { importedText } from './support/importedText';
import { charBoxes } from './support/mouseDrag';
import { paintedHits } from './support/paintedHits';
import { documentIdOf } from '@shared/text/documentId';

// A document of a few thousand lines' worth of chunks: the editor draws paragraphs in chunks that
// the browser skips off screen, so drags across a chunk's edge, search and J/K into a chunk never
// drawn yet, and the stored offsets must all behave as on a short text.

const FAR = 3 * CHUNK_LINES + 5;

/** German-like paragraphs with marked words at the edge of the first chunk and deep in the fourth. */
function longText(): string {
  const lines = germanText(80_000, 7).split('\n');
  if (lines.length <= FAR) throw new Error(`only ${lines.length} paragraphs`);
  lines[CHUNK_LINES - 1] = `${lines[CHUNK_LINES - 1]} Grenzmarke`;
  lines[CHUNK_LINES] = `Übergangswort ${lines[CHUNK_LINES]}`;
  lines[FAR] = `📰 Die Zeugin Müller sagte: „Fernwort bleibt.“ ${lines[FAR]}`;
  return lines.join('\n');
}

const TEXT = longText();
const TITLE = 'Lange Meldung';
const cp = (utf16: number) => Array.from(TEXT.slice(0, utf16)).length;
const items = (page: Page) => page.getByTestId('annotation-list').getByRole('option');

/** Tagwerk on a fresh store holding the long text, opened from the document list by a click. */
async function openLongText(): Promise<LaunchedApp> {
  const app = await launchApp({ dataDir: await importedText(TITLE, TEXT) });
  try {
    await app.page.getByTestId('corpus-list').getByRole('option').filter({ hasText: TITLE }).click();
    await expect(app.page.getByTestId('document-title')).toHaveText(TITLE);
    return app;
  } catch (error) {
    await app.close();
    throw error;
  }
}

test('a long text in chunks: a drag across a chunk edge, search into a far chunk with an NFD query, J/K there and back, undo', async () => {
  test.setTimeout(120_000);
  const app = await openLongText();
  try {
    const { page } = app;
    // Only the chunks near the view are drawn: the far paragraph is not in the page yet.
    const editor = page.getByTestId('editor');
    await expect(editor).toContainText('Grenzmarke');
    await expect(editor).not.toContainText('Fernwort');
    expect(await editor.locator('.text-chunk-placeholder').count()).toBeGreaterThan(0);
    // Scrolling the first chunk's end into view draws the next chunk before it is reached.
    await editor.locator('p', { hasText: 'Grenzmarke' }).scrollIntoViewIfNeeded();
    await expect(editor).toContainText('Übergangswort');

    // A mouse drag from the last word of the first chunk over the first word of the second.
    const from = TEXT.indexOf('Grenzmarke');
    const to = TEXT.indexOf('Übergangswort') + 'Übergangswort'.length;
    const [first, last] = await charBoxes(page, [from, to - 1]);
    if (!first || !last) throw new Error('no boxes');
    await page.mouse.move(first.left + 1, (first.top + first.bottom) / 2);
    await page.mouse.down();
    await page.mouse.move(last.right - 1, (last.top + last.bottom) / 2, { steps: 12 });
    await page.mouse.up();
    expect(await page.evaluate(() => window.getSelection()?.toString().split(/\s+/))).toEqual(['Grenzmarke', 'Übergangswort']);
    await page.keyboard.press('1');
    await expect(items(page)).toHaveCount(1);

    // Search with a decomposed umlaut finds the composed text deep in a chunk not drawn yet; Escape, 4 tags the hit.
    await page.keyboard.press('Control+f');
    await page.keyboard.type('Zeugin Mu\u0308ller');
    await expect(page.getByTestId('search-count')).toHaveText('1 of 1');
    await page.keyboard.press('Escape');
    await page.keyboard.press('4');
    await expect(items(page)).toHaveCount(2);
    const far = page.getByTestId('editor').locator('[data-label="actor"]');
    await expect(far).toBeInViewport();

    // K back to the tag at the chunk edge, J out to the far one: each is selected and scrolled into view.
    await page.getByTestId('document-title').click();
    await page.keyboard.press('k');
    await expect(page.getByTestId('annotation-details')).toContainText('Grenzmarke');
    await expect(page.getByTestId('editor').locator('[data-label="claim"]').first()).toBeInViewport();
    await page.keyboard.press('j');
    await expect(page.getByTestId('annotation-details')).toContainText('Zeugin Müller');
    await expect(far).toBeInViewport();

    await waitForSaved(page);
    const stored = (await readStoredSet(app.dataDir, documentIdOf(TEXT))).annotations.map(({ text, start, end, label }) => ({ text, start, end, label }));
    const zeugin = TEXT.indexOf('Zeugin Müller');
    expect(stored).toEqual([
      { text: 'Grenzmarke\nÜbergangswort', start: cp(from), end: cp(to), label: 'claim' },
      { text: 'Zeugin Müller', start: cp(zeugin), end: cp(zeugin + 'Zeugin Müller'.length), label: 'actor' },
    ]);

    // Undo takes the far tag away again, in the text and the list.
    await page.keyboard.press('Control+z');
    await expect(items(page)).toHaveCount(1);
    await expect(far).toHaveCount(0);
  } finally {
    await app.close();
  }
});

test('J/K leave the text still when the next tag is already in view, and bring a far one to the middle of the pane', async () => {
  test.setTimeout(120_000);
  // Two tags a few paragraphs down (one after an emoji, one with an umlaut, on one line) and one four chunks down.
  const lines = TEXT.split('\n');
  lines[3] = `📰 Erstwort sagte Zwölfwort: ${lines[3]}`;
  const text = lines.join('\n');
  const tag = (word: string, label: string, id: string) => {
    const at = text.indexOf(word);
    const start = Array.from(text.slice(0, at)).length;
    return { id, label, start, end: start + Array.from(word).length, text: word, annotator: 'tester' };
  };
  const annotations = [tag('Erstwort', 'claim', 't1'), tag('Zwölfwort', 'actor', 't2'), tag('Fernwort', 'quote', 't3')];
  const app = await launchApp({ dataDir: await importedText(TITLE, text, annotations) });
  try {
    const { page } = app;
    await page.getByTestId('corpus-list').getByRole('option').filter({ hasText: TITLE }).click();
    await expect(page.getByTestId('document-title')).toHaveText(TITLE);
    const pane = page.locator('main.document-pane');
    const scrollTop = () => pane.evaluate((el) => Math.round(el.scrollTop));
    const details = page.getByTestId('annotation-details');
    const drawn = (id: string) => page.getByTestId('editor').locator(`[data-ann="${id}"]`).first();
    const paneBox = await pane.boundingBox();
    const first = await drawn('t1').boundingBox();
    if (!paneBox || !first) throw new Error('no boxes');
    // The wheel brings the first tag up near the pane's top, so both tags are in view but not in its middle.
    await page.mouse.move(paneBox.x + paneBox.width / 2, paneBox.y + paneBox.height / 2);
    await page.mouse.wheel(0, first.y - paneBox.y - 40);
    await expect.poll(scrollTop).toBeGreaterThan(100);
    let rest = -1;
    await expect.poll(async () => rest === (rest = await scrollTop())).toBe(true);
    await expect(drawn('t1')).toBeInViewport({ ratio: 1 });
    await expect(drawn('t2')).toBeInViewport({ ratio: 1 });

    // J to each of them: selected, and the pane has not moved (the details follow the frame that would have scrolled).
    await page.getByTestId('document-title').click();
    await page.keyboard.press('j');
    await expect(details).toContainText('Erstwort');
    expect(await scrollTop()).toBe(rest);
    await page.keyboard.press('j');
    await expect(details).toContainText('Zwölfwort');
    expect(await scrollTop()).toBe(rest);

    // J to the far tag: drawn, scrolled to about the middle of the pane.
    await page.keyboard.press('j');
    await expect(details).toContainText('Fernwort');
    await expect(drawn('t3')).toBeInViewport();
    const far = await drawn('t3').boundingBox();
    if (!far) throw new Error('no box');
    expect(Math.abs(far.y + far.height / 2 - (paneBox.y + paneBox.height / 2))).toBeLessThan(paneBox.height / 4);

    // K back: "Zwölfwort" is out of view now, so the pane scrolls to it.
    await page.keyboard.press('k');
    await expect(details).toContainText('Zwölfwort');
    await expect(drawn('t2')).toBeInViewport();
  } finally {
    await app.close();
  }
});

test('search draws the hits where the reader looks: those on screen at once, those further down as the wheel brings them in, none after Escape', async () => {
  test.setTimeout(120_000);
  const app = await openLongText();
  try {
    const { page } = app;
    const pane = page.locator('main.document-pane');
    // "Sagte" or "sagte" (case-insensitive), hits all over the text; the first is selected and in view.
    const total = TEXT.toLowerCase().split('sagte').length - 1;
    expect(total).toBeGreaterThan(50);
    await page.keyboard.press('Control+f');
    await page.keyboard.type('sagte');
    await expect(page.getByTestId('search-count')).toHaveText(`1 of ${total}`);
    const paneBounds = await pane.boundingBox();
    /** Whether the current hit is painted inside the pane's view. */
    const currentInView = async () => {
      const box = (await paintedHits(page)).find((h) => h.current)?.box;
      return !!box && !!paneBounds && box.y >= paneBounds.y && box.y + box.height <= paneBounds.y + paneBounds.height;
    };
    await expect.poll(currentInView).toBe(true);
    /** For each paragraph in the pane's view: how often the query occurs in its text, and how many hits are painted in it (each the query's text). */
    const inView = async () => {
      const rows = await pane.evaluate((el) => {
        const box = el.getBoundingClientRect();
        return [...el.querySelectorAll('[data-testid="editor"] p')].flatMap((p, index): [number, number][] => {
          const r = p.getBoundingClientRect();
          return r.bottom > box.top && r.top < box.bottom ? [[index, (p.textContent ?? '').toLowerCase().split('sagte').length - 1]] : [];
        });
      });
      const hits = await paintedHits(page);
      if (hits.some((h) => h.text.toLowerCase() !== 'sagte')) return [];
      return rows.map(([index, occurs]): [number, number] => [occurs, hits.filter((h) => h.paragraph === index).length]);
    };
    const everyHitDrawn = async () => {
      const rows = await inView();
      return rows.length > 0 && rows.some(([occurs]) => occurs > 0) && rows.every(([occurs, drawn]) => occurs === drawn);
    };
    await expect.poll(everyHitDrawn).toBe(true);
    // The wheel goes far down, past chunks never drawn: their hits are drawn as they come into view.
    const paneBox = await pane.boundingBox();
    if (!paneBox) throw new Error('no box');
    await page.mouse.move(paneBox.x + paneBox.width / 2, paneBox.y + paneBox.height / 2);
    const occursInView = async () => (await inView()).some(([occurs]) => occurs > 0);
    for (let i = 0; i < 12; i++) await page.mouse.wheel(0, 1500);
    await expect.poll(() => pane.evaluate((el) => el.scrollTop)).toBeGreaterThan(12_000);
    // On until a paragraph in view holds the word (most do).
    for (let i = 0; i < 20 && !(await occursInView()); i++) await page.mouse.wheel(0, 400);
    await expect.poll(everyHitDrawn).toBe(true);
    // Escape closes the bar: no hit stays drawn.
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await paintedHits(page)).length).toBe(0);
  } finally {
    await app.close();
  }
});
