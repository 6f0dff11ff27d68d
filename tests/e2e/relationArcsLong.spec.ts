import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { documentIdOf } from '@shared/text/documentId';
import { createDocumentStore } from '../../electron/node/store/createDocumentStore';
import { benchDataset, benchSpans, germanText } from '../bench/benchCorpus';
import { benchRelations } from '../bench/benchRelations';
import { runCli } from '../bench/runCli';
import { launchApp, type LaunchedApp } from './app';
import { wheelUntil } from './support/wheelUntil';

// A long text whose relations all lie in its last third: at open those chunks are placeholders
// (renderer/editor/lazyChunks.ts), so every arc there belongs to tags drawn late, while wheeling.

const TEXT = germanText(150_000, 23);
const TITLE = 'Lange Meldung mit Beziehungen';
const TAGS = benchSpans(TEXT, 1500, 'tester');
const FAR = TAGS.filter((a) => a.start > Array.from(TEXT).length * 0.66);
const RELATIONS = benchRelations(FAR, 600, 'tester');

/** A data folder holding the long text with its tags and relations. */
async function storedLongText(): Promise<string> {
  const work = await mkdtemp(path.join(os.tmpdir(), 'tagwerk-arcs-'));
  const file = path.join(work, 'long.tagwerk.json');
  const dataDir = path.join(work, 'data');
  await writeFile(file, JSON.stringify(benchDataset([{ title: TITLE, text: TEXT, annotations: TAGS }], 'tester')));
  await runCli(['import', '--data-dir', dataDir, '--annotator', 'tester', file]);
  const store = createDocumentStore({ dataDir });
  const { annotations, rev } = await store.loadAnnotations(documentIdOf(TEXT));
  await store.saveAnnotations(documentIdOf(TEXT), { annotations, relations: RELATIONS, annotator: 'tester', baseRev: rev });
  return dataDir;
}

/** Clicks a document in the corpus list and waits until it is the open one. */
async function openByClick(page: Page, title: string | RegExp): Promise<void> {
  await page.getByTestId('corpus-list').getByRole('option').filter({ hasText: title }).click();
  await expect(page.getByTestId('document-title')).toHaveText(title);
}

async function openLongText(dataDir?: string): Promise<LaunchedApp> {
  const app = await launchApp({ dataDir: dataDir ?? (await storedLongText()), annotator: 'tester' });
  await openByClick(app.page, TITLE);
  return app;
}

interface ArcCheck {
  /** Relations whose two tags are both on screen. */
  shown: string[];
  /** Of those, the ones without an arc, or whose arc does not start at its source's top and end at its target's. */
  wrong: string[];
  /** Arcs drawn in my layer. */
  drawn: string[];
}

/**
 * For every relation with both tags on screen: is its arc drawn, leaving the source tag's first
 * line at its top and arriving at the target's? Measured in the page, in client pixels.
 */
function checkArcs(page: Page): Promise<ArcCheck> {
  return page.evaluate((relations) => {
    const pane = document.querySelector('main.document-pane')?.getBoundingClientRect();
    const svg = document.querySelector<SVGSVGElement>('[data-testid="relation-arcs"]');
    // A tag's first line: its drawn pieces (a tag overlapping another is drawn in several) on the line of the first.
    const boxOf = (id: string) => {
      const rects = [...document.querySelectorAll(`[data-testid="editor"] [data-ann="${CSS.escape(id)}"]`)].flatMap((e) => [...e.getClientRects()]);
      const first = rects[0];
      if (!first) return undefined;
      const line = rects.filter((r) => Math.abs(r.top - first.top) < 2);
      return new DOMRect(first.left, first.top, Math.max(...line.map((r) => r.right)) - first.left, first.height);
    };
    const onScreen = (box: DOMRect | undefined) => !!box && !!pane && box.top > pane.top + 60 && box.bottom < pane.bottom - 10;
    const matrix = svg?.getScreenCTM();
    const at = (path: SVGPathElement, length: number) => (matrix ? path.getPointAtLength(length).matrixTransform(matrix) : null);
    const near = (point: DOMPoint | null, box: DOMRect) => !!point && point.x >= box.left - 2 && point.x <= box.right + 2 && Math.abs(point.y - box.top) <= 4;
    const mine = svg?.querySelector('[data-layer="mine"]');
    const shown: string[] = [];
    const wrong: string[] = [];
    for (const r of relations) {
      const from = boxOf(r.from);
      const to = boxOf(r.to);
      if (!from || !to || !onScreen(from) || !onScreen(to)) continue;
      shown.push(r.id);
      const lines = [...(mine?.querySelectorAll<SVGPathElement>(`.arc[data-relation="${CSS.escape(r.id)}"] .arc-line`) ?? [])];
      const first = lines[0];
      const last = lines[lines.length - 1];
      const start = first ? at(first, 0) : null;
      const end = last ? at(last, last.getTotalLength()) : null;
      const where = (p: DOMPoint | null, b: DOMRect) => `${p ? `${Math.round(p.x)},${Math.round(p.y)}` : '-'} vs ${Math.round(b.left)}..${Math.round(b.right)},${Math.round(b.top)}`;
      if (!first || !last) wrong.push(`${r.id}: no arc`);
      else if (!near(start, from) || !near(end, to)) wrong.push(`${r.id}: from ${where(start, from)}, to ${where(end, to)}`);
    }
    const drawn = [...(mine?.querySelectorAll('.arc') ?? [])].map((g) => g.getAttribute('data-relation') ?? '');
    return { shown, wrong, drawn };
  }, RELATIONS);
}

/** True once the tag is drawn and on screen. */
const tagOnScreen = (page: Page, id: string) => () =>
  page.evaluate((id) => {
    const pane = document.querySelector('main.document-pane')?.getBoundingClientRect();
    const box = document.querySelector(`[data-testid="editor"] [data-ann="${CSS.escape(id)}"]`)?.getBoundingClientRect();
    return !!pane && !!box && box.top > pane.top + 100 && box.bottom < pane.bottom - 100;
  }, id);

/** Where a tag's first box is, from the document pane's top (client pixels); null while it is not drawn. */
function tagTop(page: Page, id: string): Promise<number | null> {
  return page.evaluate((id) => {
    const pane = document.querySelector('main.document-pane')?.getBoundingClientRect();
    const box = document.querySelector(`[data-testid="editor"] [data-ann="${CSS.escape(id)}"]`)?.getBoundingClientRect();
    return pane && box ? box.top - pane.top : null;
  }, id);
}

/** The relation's source tag is back where the analyst left it (within a line), and the arcs of the tags in view are drawn at their tags. */
async function expectLeftWithArcs(page: Page, relation: { id: string; from: string }, left: number): Promise<void> {
  await expect.poll(() => tagTop(page, relation.from)).toBeCloseTo(left, -1.5);
  await expect
    .poll(async () => {
      const check = await checkArcs(page);
      return { some: check.shown.length >= 3, wrong: check.wrong, middle: check.drawn.includes(relation.id) };
    })
    .toEqual({ some: true, wrong: [], middle: true });
}

test('arcs of tags in chunks drawn late: wheeling down draws them at their tags, wheeling back up drops them', async () => {
  test.setTimeout(120_000);
  const middle = RELATIONS[Math.floor(RELATIONS.length / 2)];
  if (!middle || RELATIONS.length < 100) throw new Error(`only ${RELATIONS.length} relations`);
  const app = await openLongText();
  try {
    const { page } = app;
    const editor = page.getByTestId('editor');
    // At open the far tags are not drawn, and neither is any arc.
    await expect(editor.locator('.text-chunk-placeholder').first()).toBeAttached();
    await expect(editor.locator(`[data-ann="${middle.from}"]`)).toHaveCount(0);
    expect((await checkArcs(page)).drawn).toEqual([]);

    await wheelUntil(page, tagOnScreen(page, middle.from), 500);
    // Every relation whose two tags are now on screen has its arc, from the source's top to the target's.
    await expect
      .poll(async () => {
        const check = await checkArcs(page);
        return { some: check.shown.length >= 3, wrong: check.wrong, middle: check.drawn.includes(middle.id) };
      })
      .toEqual({ some: true, wrong: [], middle: true });
    // A few more notches down: the arcs follow the text and the newly shown relations get theirs.
    for (let i = 0; i < 3; i++) await page.mouse.wheel(0, 500);
    await expect.poll(async () => (await checkArcs(page)).wrong).toEqual([]);

    // Back at the top nothing of the far relations is drawn any more.
    await wheelUntil(page, () => page.locator('main.document-pane').evaluate((pane) => pane.scrollTop === 0), -2400);
    await expect.poll(async () => (await checkArcs(page)).drawn).toEqual([]);
  } finally {
    await app.close();
  }
});

test('switching back to the long text and restarting show the arcs of the tags in view where the analyst left, without scrolling', async () => {
  test.setTimeout(180_000);
  const middle = RELATIONS[Math.floor(RELATIONS.length / 2)];
  if (!middle) throw new Error('no relations');
  const dataDir = await storedLongText();
  let app = await openLongText(dataDir);
  try {
    let { page } = app;
    await wheelUntil(page, tagOnScreen(page, middle.from), 500);
    await expect.poll(async () => (await checkArcs(page)).drawn.includes(middle.id)).toBe(true);
    const left = await tagTop(page, middle.from);
    if (left === null) throw new Error('the tag is not drawn');

    // To the built-in article and back with the mouse: the text is where it was (within a line), and its arcs are drawn.
    await openByClick(page, /Demokratische/);
    await openByClick(page, TITLE);
    await expectLeftWithArcs(page, middle, left);

    // Restart: the long text opens where it was left, its arcs drawn without a scroll.
    await app.close();
    app = await launchApp({ dataDir, annotator: 'tester' });
    page = app.page;
    await expect(page.getByTestId('document-title')).toHaveText(TITLE);
    await expectLeftWithArcs(page, middle, left);
  } finally {
    await app.close();
  }
});

test('arc lines take no pointer: a double-click on a word under an arc selects the word, not the relation; the arc’s label still selects it', async () => {
  test.setTimeout(120_000);
  const middle = RELATIONS[Math.floor(RELATIONS.length / 2)];
  if (!middle) throw new Error('no relations');
  const app = await openLongText();
  try {
    const { page } = app;
    await wheelUntil(page, tagOnScreen(page, middle.from), 500);
    await expect.poll(async () => (await checkArcs(page)).shown.length).toBeGreaterThan(3);
    // A word of five letters or more, not tagged, just below an arc's line (arcs run in the gutter between lines, never over words).
    const crossed = await page.evaluate(async () => {
      // Measured once the pane has come to rest: its scroll position and the text's height the same for ten frames.
      const main = document.querySelector('main.document-pane') as HTMLElement;
      for (let still = 0, last = ''; still < 10; ) {
        await new Promise(requestAnimationFrame);
        const now = `${main.scrollTop}:${main.scrollHeight}`;
        still = now === last ? still + 1 : 0;
        last = now;
      }
      const pane = main.getBoundingClientRect();
      const svg = document.querySelector<SVGSVGElement>('[data-testid="relation-arcs"]');
      const matrix = svg?.getScreenCTM();
      if (!pane || !svg || !matrix) return null;
      const points: DOMPoint[] = [];
      for (const line of svg.querySelectorAll<SVGPathElement>('[data-layer="mine"] .arc-line')) {
        const length = line.getTotalLength();
        for (let along = 0; along < length; along += 3) {
          const p = line.getPointAtLength(along).matrixTransform(matrix);
          if (p.y > pane.top + 80 && p.y < pane.bottom - 80 && p.x > pane.left && p.x < pane.right) points.push(p);
        }
      }
      // A line takes no pointer: at each of its points outside a label, what is hit is the text (or the pane), not the arc.
      const grabbing = points.filter((p) => {
        const hit = document.elementFromPoint(p.x, p.y);
        return !!hit?.closest('.arc') && !hit.closest('.arc-label, .arc-label-box');
      }).length;
      // The word under each point a little below each line, found with the arcs out of the way; clicked at its middle.
      const candidates: { x: number; y: number; word: string }[] = [];
      svg.style.visibility = 'hidden';
      // Words away from the column's right edge, where arcs to other lines run down (and a double-click at a line's end may take the space).
      const right = (document.querySelector('[data-testid="editor"]') as HTMLElement).getBoundingClientRect().right - 40;
      for (const p of points) {
        for (const below of [6, 10, 14]) {
          const caret = document.caretRangeFromPoint(p.x, p.y + below);
          const node = caret?.startContainer;
          if (!caret || !node || node.nodeType !== Node.TEXT_NODE || node.parentElement?.closest('[data-ann]') || !node.parentElement?.closest('[data-testid="editor"]')) continue;
          for (const match of (node.nodeValue ?? '').matchAll(/\p{L}{5,}/gu)) {
            if (caret.startOffset < match.index || caret.startOffset > match.index + match[0].length) continue;
            const range = document.createRange();
            range.setStart(node, match.index);
            range.setEnd(node, match.index + match[0].length);
            const box = range.getBoundingClientRect();
            if (p.x > box.left + 2 && p.x < box.right - 2 && box.right < right && box.top - p.y < 16 && box.top > p.y) candidates.push({ x: box.left + box.width / 2, y: box.top + box.height / 2, word: match[0] });
          }
        }
      }
      svg.style.visibility = '';
      // A word a person can see: not hidden under an arc's label box.
      const found = candidates.find((c) => !document.elementFromPoint(c.x, c.y)?.closest('.arc-label, .arc-label-box')) ?? null;
      return found && { ...found, grabbing, points: points.length };
    });
    if (!crossed) throw new Error('no arc runs above an untagged word on screen');
    expect(crossed.points).toBeGreaterThan(0);
    expect(crossed.grabbing).toBe(0);
    await page.mouse.dblclick(crossed.x, crossed.y);
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe(crossed.word);
    await expect(page.getByTestId('relation-arcs').locator('.arc[aria-pressed="true"]')).toHaveCount(0);
    await page.keyboard.press('1');
    await expect(page.getByTestId('status-message')).toHaveText(`Tagged “${crossed.word}” as Claim.`);

    // The label of an arc on screen shows the arc's name as a tooltip under the pointer, and still selects its relation.
    const arc = page.getByTestId('relation-arcs').locator(`[data-layer="mine"] .arc[data-relation="${middle.id}"]`);
    const label = arc.locator('.arc-label').first();
    await label.hover();
    await expect(arc.locator('title')).toHaveText((await arc.getAttribute('aria-label')) ?? 'no name');
    await expect(arc.locator('title')).toHaveText(/^(Source|Target|Time): “.+” → “.+”$/);
    await label.click();
    await expect(page.getByTestId('relation-arcs').locator(`.arc[data-relation="${middle.id}"]`)).toHaveAttribute('aria-pressed', 'true');
  } finally {
    await app.close();
  }
});
