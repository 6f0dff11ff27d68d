import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { benchDataset, benchSpans, germanText } from '../bench/benchCorpus';
import { runCli } from '../bench/runCli';
import { launchApp } from './app';
import { clickTag } from './support/clickTag';
import { readStoredSet, waitForSaved } from './support/editorText';
import { charBoxes } from './support/mouseDrag';
import { documentIdOf } from '@shared/text/documentId';
import { installRenderCounter, type RenderCounter } from './support/renderCounter';

const TITLE = 'Zählmeldung';
const TEXT = germanText(30_000, 11);
const TAGS = 300;
const SPANS = benchSpans(TEXT, TAGS);

async function storeWithTags(): Promise<string> {
  const work = await mkdtemp(path.join(os.tmpdir(), 'tagwerk-renders-'));
  const file = path.join(work, 'renders.tagwerk.json');
  await writeFile(file, JSON.stringify(benchDataset([{ title: TITLE, text: TEXT, annotations: SPANS }])));
  await runCli(['import', '--data-dir', path.join(work, 'data'), '--annotator', 'bench', file]);
  return path.join(work, 'data');
}


/** The n-th word of the text that no tag touches: [start, end) in UTF-16. */
function freeWord(n: number): [number, number] {
  const taken = (start: number, end: number) => SPANS.some((a) => a.start < end + 2 && start < a.end + 2);
  let found = 0;
  for (const m of TEXT.matchAll(/[A-Za-zÄÖÜäöüß]{5,}/g)) {
    const start = m.index;
    const end = start + m[0].length;
    if (taken(start, end)) continue;
    if (found++ === n) return [start, end];
  }
  throw new Error('no free word');
}

/** Drags the mouse over the n-th untagged word, as a person selects it. */
async function dragWord(page: Page, n: number): Promise<void> {
  const [start, end] = freeWord(n);
  const [from, last] = await charBoxes(page, [start, end - 1]);
  if (!from || !last) throw new Error('no boxes');
  await page.mouse.move(from.left + 1, (from.top + from.bottom) / 2);
  await page.mouse.down();
  await page.mouse.move(last.right - 1, (last.top + last.bottom) / 2, { steps: 6 });
  await page.mouse.up();
}

/** Waits until the key's frame and the frame after it have painted, and effects scheduled after the paint ran. */
const afterFrames = (page: Page) => page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50)))));

/** Renders per part of the window while `act` runs and its frames paint. */
async function rendersDuring(page: Page, counter: RenderCounter, act: () => Promise<void>): Promise<Map<string, number>> {
  await afterFrames(page);
  await counter.reset();
  await act();
  await afterFrames(page);
  const renders = new Map((await counter.renders()).map((r) => [r.where, r.count]));
  renders.set(KEY_TASK, await counter.keyTaskCommits());
  return renders;
}

/** The count of React commits inside a key's own task, kept beside the renders (React must follow after the frame). */
const KEY_TASK = '(commits in the key task)';

/** How many renders drew an element matching `part` (a tag and classes, as `where` spells them). */
const rendersOf = (renders: Map<string, number>, part: RegExp) => [...renders].filter(([where]) => part.test(where)).reduce((sum, [, n]) => sum + n, 0);

const WORKBENCH = /^div\.workbench/;
// A row drawn by a component of its own (its `<li>`) or a row's content (its label chip).
const ROW_CONTENT = /^(li\.annotation-item|span\.chip\.)/;
const PALETTE = /^ul\.palette-list/;

test('a key press re-renders what it changed: J/K/click never the workbench, the palette or a row; tag, retag, delete and undo one row, never the workbench', async () => {
  const app = await launchApp({ dataDir: await storeWithTags(), annotator: 'bench' });
  try {
    const { page } = app;
    const counter = await installRenderCounter(page);
    await page.getByTestId('corpus-list').getByRole('option').filter({ hasText: TITLE }).click();
    await expect(page.getByTestId('document-title')).toHaveText(TITLE);
    const rows = page.getByTestId('annotation-list').getByRole('option');
    await expect(rows.first()).toBeVisible();
    const details = page.getByTestId('annotation-details');
    const total = page.getByTestId('annotation-count');
    const selectedRow = page.getByTestId('annotation-list').locator('[aria-selected="true"]');

    // J, J, K and a click on a tag in the text: the right column follows the selection, nothing else. The status
    // line follows its message and the save status only: the first J clears the opening's message, the next ones change neither.
    await page.getByTestId('document-title').click();
    const moves: [string, () => Promise<void>, string][] = [
      ['J', () => page.keyboard.press('j'), SPANS[0]!.text],
      ['J', () => page.keyboard.press('j'), SPANS[1]!.text],
      ['K', () => page.keyboard.press('k'), SPANS[0]!.text],
    ];
    for (const [index, [name, act, quote]] of moves.entries()) {
      const renders = await rendersDuring(page, counter, async () => {
        await act();
        await expect(details).toContainText(quote);
      });
      expect(rendersOf(renders, WORKBENCH), `${name}: ${JSON.stringify([...renders])}`).toBe(0);
      expect(rendersOf(renders, PALETTE), name).toBe(0);
      expect(rendersOf(renders, ROW_CONTENT), name).toBe(0);
      if (index > 0) expect(rendersOf(renders, /^footer\.status-line/), `${name}: ${JSON.stringify([...renders])}`).toBe(0);
      expect(renders.get(KEY_TASK), `${name}: React renders after the key's frame, not inside its task`).toBe(0);
    }
    const clickRenders = await rendersDuring(page, counter, async () => {
      const tag = page.getByTestId('editor').locator(`[data-ann="${SPANS[2]!.id}"]`).first();
      await clickTag(page, tag);
      await expect(details).toContainText(SPANS[2]!.text);
    });
    expect(rendersOf(clickRenders, WORKBENCH), JSON.stringify([...clickRenders])).toBe(0);
    expect(rendersOf(clickRenders, ROW_CONTENT)).toBe(0);
    expect(rendersOf(clickRenders, /^footer\.status-line/), JSON.stringify([...clickRenders])).toBe(0);
    // Escape takes the details away: the list's box grows, but its rows were drawn for the whole column, so none is drawn anew.
    const escapeRenders = await rendersDuring(page, counter, async () => {
      await page.keyboard.press('Escape');
      await expect(details).toHaveCount(0);
    });
    expect(rendersOf(escapeRenders, ROW_CONTENT), `Escape: ${JSON.stringify([...escapeRenders])}`).toBe(0);

    // Tag a word dragged over with the mouse, retag, delete, undo: the list changes by one row, the workbench stays.
    await dragWord(page, 0);
    const word = TEXT.slice(...freeWord(0));
    const steps: [string, () => Promise<void>, () => Promise<void>][] = [
      ['tag', () => page.keyboard.press('1'), () => expect(total).toHaveText(`${TAGS + 1} annotations`)],
      ['retag', () => page.keyboard.press('2'), () => expect(selectedRow.locator('.chip')).toHaveClass(/label-quote/)],
      ['delete', () => page.keyboard.press('Delete'), () => expect(total).toHaveText(`${TAGS} annotations`)],
      ['undo', () => page.keyboard.press('Control+z'), () => expect(total).toHaveText(`${TAGS + 1} annotations`)],
    ];
    for (const [name, act, settled] of steps) {
      const renders = await rendersDuring(page, counter, async () => {
        await act();
        await settled();
      });
      const all = JSON.stringify([...renders]);
      expect(rendersOf(renders, WORKBENCH), `${name}: ${all}`).toBe(0);
      // The tag's own row (new, retagged or back) and at most one neighbour; all rows in view would be dozens.
      expect(rendersOf(renders, ROW_CONTENT), `${name}: ${all}`).toBeLessThanOrEqual(2);
      // The counts changed, so the palette re-renders; the status line says what happened.
      expect(rendersOf(renders, PALETTE), `${name}: ${all}`).toBeGreaterThan(0);
      expect(rendersOf(renders, /^footer\.status-line/), name).toBeGreaterThan(0);
      // The corpus sidebar shows the new count in the open document's row alone: not the sidebar, its list or another row.
      expect(rendersOf(renders, /^(section\.corpus|li\.corpus-item|div\.corpus-body)/), `${name}: ${all}`).toBe(0);
      expect(rendersOf(renders, /^span\.corpus-item-progress/), `${name}: ${all}`).toBeGreaterThan(0);
      expect(renders.get(KEY_TASK), `${name}: React renders after the key's frame, not inside its task`).toBe(0);
    }
    await expect(page.getByTestId('status-message')).toContainText('Undone');
    // The tag is back as it was before the delete: a quote, drawn in the text.
    await expect(page.getByTestId('editor').locator('[data-label="quote"]', { hasText: word }).first()).toBeVisible();
    // Autosave stores all of them (a request this large crosses the test host as Electron's IPC would: structured clone, then off the page's thread).
    await waitForSaved(page);
    const stored = (await readStoredSet(app.dataDir, documentIdOf(TEXT))).annotations;
    expect(stored).toHaveLength(TAGS + 1);
    const at = Array.from(TEXT.slice(0, freeWord(0)[0])).length;
    expect(stored.filter((a) => a.start === at).map(({ text, label }) => ({ text, label }))).toEqual([{ text: word, label: 'quote' }]);
  } finally {
    await app.close();
  }
});
