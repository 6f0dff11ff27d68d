import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { documentIdOf } from '@shared/text/documentId';
import { canonicalizeText } from '@shared/text/canonicalText';
import { benchDataset, germanText } from '../bench/benchCorpus';
import { runCli } from '../bench/runCli';
import { launchApp, type LaunchedApp } from './app';
import { readStoredSet, waitForSaved } from './support/editorText';
import { wheelUntil } from './support/wheelUntil';

// "Tag all" in a long text scrolled through (every chunk drawn, most of them off screen and skipped
// by the browser): the tags on screen are drawn in the click's own frame, the others right after it
// (renderer/editor/sessionExtension.ts) — every hit ends up tagged in the text, and one undo takes
// all of them away again, on screen and off.

const WORD = 'Zollstreit';

/** German paragraphs with the word in every twelfth one, once after an emoji and once beside an NFD umlaut. */
function longText(): string {
  const lines = germanText(120_000, 17).split('\n');
  for (let i = 5; i < lines.length; i += 12) lines[i] = `${lines[i]} ${i === 5 ? '📰 ' : ''}${WORD}${i === 17 ? ' in Mu\u0308nchen' : ''}.`;
  return lines.join('\n');
}

const TEXT = longText();
const HITS = TEXT.split(WORD).length - 1;
const TITLE = 'Lange Meldung zum Zoll';

async function openLongText(): Promise<LaunchedApp> {
  const work = await mkdtemp(path.join(os.tmpdir(), 'tagwerk-tagall-'));
  const file = path.join(work, 'long.tagwerk.json');
  await writeFile(file, JSON.stringify(benchDataset([{ title: TITLE, text: TEXT, annotations: [] }])));
  const dataDir = path.join(work, 'data');
  await runCli(['import', '--data-dir', dataDir, '--annotator', 'tester', file]);
  const app = await launchApp({ dataDir });
  await app.page.getByTestId('corpus-list').getByRole('option').filter({ hasText: TITLE }).click();
  await expect(app.page.getByTestId('document-title')).toHaveText(TITLE);
  return app;
}

/** The word's tag elements in the editor (each hit is one element, its text the word). */
const wordTags = (page: Page) => page.getByTestId('editor').locator('[data-ann]', { hasText: WORD });

/**
 * Arms a check of the frame after the next click: in that frame's animation callback (its DOM as it
 * is painted), how many of the word's occurrences lie in the pane's visible part and how many of
 * those are inside a tag with the label.
 */
function armFirstFrameCheck(page: Page, label: string): Promise<void> {
  return page.evaluate(
    ({ word, label }) => {
      const w = window as unknown as { __tagAllFrame?: { inView: number; tagged: number } };
      window.addEventListener(
        'click',
        () =>
          requestAnimationFrame(() => {
            const pane = document.querySelector('main.document-pane')?.getBoundingClientRect();
            const root = document.querySelector('[data-testid="editor"]');
            if (!pane || !root) return;
            let inView = 0;
            let tagged = 0;
            const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              for (let at = node.nodeValue?.indexOf(word) ?? -1; at !== -1; at = node.nodeValue?.indexOf(word, at + 1) ?? -1) {
                const range = document.createRange();
                range.setStart(node, at);
                range.setEnd(node, at + word.length);
                const box = range.getBoundingClientRect();
                if (box.height === 0 || box.bottom < pane.top || box.top > pane.bottom) continue;
                inView++;
                if (node.parentElement?.closest(`[data-ann].label-${label}`)) tagged++;
              }
            }
            w.__tagAllFrame = { inView, tagged };
          }),
        { once: true },
      );
    },
    { word: WORD, label },
  );
}

test('"tag all" after scrolling through a long text tags every hit, those in view in the click\'s frame, and one undo removes all', async () => {
  test.setTimeout(180_000);
  const app = await openLongText();
  try {
    const { page } = app;
    // Down to the end and back to the middle: every chunk drawn, those above and below off screen.
    const top = () => page.locator('main.document-pane').evaluate((pane) => ({ top: pane.scrollTop, height: pane.scrollHeight, client: pane.clientHeight }));
    await wheelUntil(page, async () => {
      const s = await top();
      return s.top + s.client >= s.height - 2;
    }, 2400);
    await wheelUntil(page, async () => {
      const s = await top();
      return s.top <= s.height / 2;
    }, -2400);
    await page.keyboard.press('Control+f');
    await page.keyboard.type(WORD);
    const button = page.getByTestId('search-tag-all');
    await expect(button).toHaveText(`Tag all ${HITS} hits`);
    const label = await page.locator('.search-tag-label select').inputValue();
    await armFirstFrameCheck(page, label);
    const box = await button.boundingBox();
    if (!box) throw new Error('no tag-all button');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => page.evaluate(() => (window as unknown as { __tagAllFrame?: unknown }).__tagAllFrame)).toBeTruthy();
    const frame = await page.evaluate(() => (window as unknown as { __tagAllFrame: { inView: number; tagged: number } }).__tagAllFrame);
    expect(frame.inView).toBeGreaterThan(0);
    expect(frame.tagged).toBe(frame.inView);
    // Every hit, off screen too, is tagged in the text and stored.
    await expect(wordTags(page)).toHaveCount(HITS);
    await waitForSaved(page);
    // The NFD umlaut is stored composed: the document's id is its canonical text's.
    const stored = (await readStoredSet(app.dataDir, documentIdOf(canonicalizeText(TEXT)))).annotations;
    expect(stored.filter((a) => a.text === WORD && a.label === label)).toHaveLength(HITS);
    // One undo step takes all of them away, the ones off screen too.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+z');
    await expect(page.getByTestId('annotation-list').getByRole('option')).toHaveCount(0);
    await expect(wordTags(page)).toHaveCount(0);
    // Back at the top, the first hit (after the emoji) is plain text again.
    await wheelUntil(page, async () => (await top()).top === 0, -2400);
    await expect(page.getByTestId('editor').locator('p', { hasText: `📰 ${WORD}` })).toBeVisible();
    await expect(wordTags(page)).toHaveCount(0);
  } finally {
    await app.close();
  }
});
