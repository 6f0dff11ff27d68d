import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { CHUNK_LINES } from '@shared/text/textIndex';
import { documentIdOf } from '@shared/text/documentId';
import { benchDataset, germanText } from '../bench/benchCorpus';
import { runCli } from '../bench/runCli';
import { launchApp, type LaunchedApp } from './app';
import { readStoredSet, waitForSaved } from './support/editorText';
import { wheelUntil } from './support/wheelUntil';

// Only the chunks of paragraphs near the view are drawn (renderer/editor/lazyChunks.ts); these
// cases drive what a person does with the parts never drawn at open: wheel down to the end, drag
// across the edge of a chunk that was a placeholder at open, select all and copy.

const EDGE = 4 * CHUNK_LINES;

/** German-like paragraphs with marked words at the edge of the fifth chunk and in the last paragraph. */
function longText(): string {
  const lines = germanText(120_000, 11).split('\n');
  if (lines.length <= EDGE + CHUNK_LINES) throw new Error(`only ${lines.length} paragraphs`);
  lines[EDGE - 1] = `${lines[EDGE - 1]} Kantenwort`;
  lines[EDGE] = `Nachbarwort 📰 Grüßwort ${lines[EDGE]}`;
  lines[lines.length - 1] = `${lines[lines.length - 1]} Schlusswort`;
  return lines.join('\n');
}

const TEXT = longText();
const TITLE = 'Sehr lange Meldung';
const cp = (utf16: number) => Array.from(TEXT.slice(0, utf16)).length;

async function openLongText(): Promise<LaunchedApp> {
  const work = await mkdtemp(path.join(os.tmpdir(), 'tagwerk-lazy-'));
  const file = path.join(work, 'long.tagwerk.json');
  await writeFile(file, JSON.stringify(benchDataset([{ title: TITLE, text: TEXT, annotations: [] }])));
  await runCli(['import', '--data-dir', path.join(work, 'data'), '--annotator', 'tester', file]);
  const app = await launchApp({ dataDir: path.join(work, 'data') });
  await app.page.getByTestId('corpus-list').getByRole('option').filter({ hasText: TITLE }).click();
  await expect(app.page.getByTestId('document-title')).toHaveText(TITLE);
  return app;
}

/** The on-screen box of a word drawn in the editor (its first occurrence), or null while it is not drawn. */
function wordBox(page: Page, word: string): Promise<{ left: number; right: number; top: number; bottom: number } | null> {
  return page.evaluate((word) => {
    const root = document.querySelector('[data-testid="editor"]');
    if (!root) return null;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.nodeValue?.indexOf(word) ?? -1;
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + word.length);
      const { left, right, top, bottom } = range.getBoundingClientRect();
      return { left, right, top, bottom };
    }
    return null;
  }, word);
}

const scrollState = (page: Page) =>
  page.locator('main.document-pane').evaluate((pane) => ({ top: pane.scrollTop, height: pane.scrollHeight, client: pane.clientHeight }));

test('wheel scrolling to the end draws the far chunks before they are seen, and the scroll height stays near the text', async () => {
  test.setTimeout(120_000);
  const app = await openLongText();
  try {
    const { page } = app;
    const editor = page.getByTestId('editor');
    await expect(editor).not.toContainText('Schlusswort');
    const before = await scrollState(page);
    // The guessed heights of the placeholders make the pane about as tall as the drawn text will be.
    await wheelUntil(page, async () => {
      const s = await scrollState(page);
      return s.top + s.client >= s.height - 2;
    }, 2400);
    await expect(editor).toContainText('Schlusswort');
    const last = editor.locator('p', { hasText: 'Schlusswort' });
    await expect(last).toBeInViewport();
    const after = await scrollState(page);
    expect(after.height / before.height).toBeGreaterThan(0.75);
    expect(after.height / before.height).toBeLessThan(1.33);
    // Every chunk passed on the way is drawn, in order, with the text of the stored document.
    await expect(editor.locator('.text-chunk-placeholder')).toHaveCount(0);
    expect(await editor.evaluate((root) => [...root.querySelectorAll('p')].map((p) => p.textContent).join('\n'))).toBe(TEXT);
  } finally {
    await app.close();
  }
});

test('a mouse drag across the edge of a chunk that was a placeholder at open tags exactly the dragged words', async () => {
  test.setTimeout(120_000);
  const app = await openLongText();
  try {
    const { page } = app;
    const editor = page.getByTestId('editor');
    await expect(editor).not.toContainText('Nachbarwort');
    // Wheel down until both words at the edge are on screen (the chunk after the edge drawn on the way).
    const view = async () => {
      const pane = await page.locator('main.document-pane').boundingBox();
      const [a, b] = [await wordBox(page, 'Kantenwort'), await wordBox(page, 'Grüßwort')];
      return !!pane && !!a && !!b && a.top > pane.y + 40 && b.bottom < pane.y + pane.height - 40 && b.top > a.top;
    };
    await wheelUntil(page, view, 300);
    const first = await wordBox(page, 'Kantenwort');
    const last = await wordBox(page, 'Grüßwort');
    if (!first || !last) throw new Error('words not drawn');
    await page.mouse.move(first.left + 1, (first.top + first.bottom) / 2);
    await page.mouse.down();
    await page.mouse.move(last.right - 1, (last.top + last.bottom) / 2, { steps: 12 });
    await page.mouse.up();
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString().split(/\s+/))).toEqual(['Kantenwort', 'Nachbarwort', '📰', 'Grüßwort']);
    await page.keyboard.press('1');
    await expect(page.getByTestId('annotation-list').getByRole('option')).toHaveCount(1);
    await waitForSaved(page);
    const from = TEXT.indexOf('Kantenwort');
    const to = TEXT.indexOf('Grüßwort') + 'Grüßwort'.length;
    const stored = (await readStoredSet(app.dataDir, documentIdOf(TEXT))).annotations.map(({ text, start, end }) => ({ text, start, end }));
    expect(stored).toEqual([{ text: 'Kantenwort\nNachbarwort 📰 Grüßwort', start: cp(from), end: cp(to) }]);
  } finally {
    await app.close();
  }
});

test('select all and copy take the whole text, the chunks never drawn included', async () => {
  test.setTimeout(120_000);
  const app = await openLongText();
  try {
    const { page } = app;
    const editor = page.getByTestId('editor');
    expect(await editor.locator('.text-chunk-placeholder').count()).toBeGreaterThan(0);
    const first = await wordBox(page, 'Kantenwort').then((box) => box ?? wordBox(page, TEXT.slice(0, 12)));
    if (!first) throw new Error('no word drawn');
    await page.mouse.click(first.left + 1, (first.top + first.bottom) / 2);
    await page.evaluate(() => {
      const w = window as unknown as { copied?: string };
      window.addEventListener('copy', (event) => (w.copied = event.clipboardData?.getData('text/plain')), { once: true });
    });
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.press('ControlOrMeta+c');
    const copied = await page.waitForFunction(() => (window as unknown as { copied?: string }).copied).then((h) => h.jsonValue());
    expect(copied).toBe(TEXT);
  } finally {
    await app.close();
  }
});
