import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { Annotation } from '@shared/annotation/annotation';
import type { Relation } from '@shared/relation/relation';
import { documentIdOf } from '@shared/text/documentId';
import { createDocumentStore } from '../../electron/node/store/createDocumentStore';
import { shortLabels } from '../../renderer/features/relations/shortLabels';
import { launchApp, type LaunchedApp } from './app';

const TEXT = [
  'Die Außenministerin Annalena Baerbock sagte am Montag in Berlin, dass die Gespräche mit Peking fortgesetzt würden, während der Kanzler Olaf Scholz betonte, die Zusammenarbeit sei gut, und der Sprecher Steffen Hebestreit ergänzte, man werde am Dienstag weiter beraten.',
  'Jörg Mu\u0308ller 😀 vom Verband erklärte später, die Lage sei angespannt, aber beherrschbar, und verwies auf die Einschätzung von Experten, die schon im Januar gewarnt hatten, dass die Lieferketten reißen könnten, falls keine Einigung gelingt.',
].join('\n');
const TITLE = 'Bogen über den Worten';

function tag(id: string, label: string, quote: string): Annotation {
  const start = Array.from(TEXT.slice(0, TEXT.indexOf(quote))).length;
  return { id, label, start, end: start + Array.from(quote).length, text: quote, annotator: 'tester' };
}
const TAGS = [
  tag('c1', 'claim', 'die Gespräche mit Peking fortgesetzt würden'),
  tag('a1', 'actor', 'Annalena Baerbock'),
  tag('a2', 'actor', 'Olaf Scholz'),
  tag('a3', 'actor', 'Steffen Hebestreit'),
  tag('d1', 'date', 'Montag'),
  tag('d2', 'date', 'Dienstag'),
  tag('c2', 'claim', 'die Zusammenarbeit sei gut'),
  tag('q1', 'claim', 'die Lage sei angespannt, aber beherrschbar'),
  tag('a4', 'actor', 'Jörg Mu\u0308ller 😀'),
  tag('c3', 'claim', 'dass die Lieferketten reißen könnten'),
  tag('d3', 'date', 'Januar'),
];
const rel = (id: string, type: string, from: string, to: string): Relation => ({ id, type, from, to, annotator: 'tester' });
const RELATIONS = [
  rel('r1', 'source', 'c1', 'a1'),
  rel('r2', 'time', 'c1', 'd1'),
  rel('r3', 'target', 'c1', 'a2'),
  rel('r4', 'target', 'c1', 'a3'),
  rel('r5', 'source', 'c2', 'a2'),
  rel('r6', 'time', 'c2', 'd2'),
  rel('r7', 'source', 'q1', 'a4'),
  rel('r8', 'time', 'c3', 'd3'),
  rel('r9', 'source', 'c3', 'a4'),
];

/** A stored document with its tags and relations, opened from the sidebar at `width` × `height` in `locale`, its arcs drawn. */
async function openStored(document: { text: string; title: string; source: string; tags: Annotation[]; relations: Relation[] }, width: number, height: number, locale = 'en-US'): Promise<LaunchedApp> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'tagwerk-arcs-layout-'));
  const store = createDocumentStore({ dataDir });
  await store.init();
  await store.putDocument({ text: document.text, title: document.title, source: document.source, encoding: 'utf-8' });
  await store.saveAnnotations(documentIdOf(document.text), { annotations: document.tags, relations: document.relations, annotator: 'tester', baseRev: 0 });
  await store.flush();
  const app = await launchApp({ dataDir, annotator: 'tester', locale });
  await app.page.setViewportSize({ width, height });
  await app.page.getByTestId('corpus-list').getByRole('option').filter({ hasText: document.title }).click();
  await expect(app.page.getByTestId('document-title')).toHaveText(document.title);
  await expect(app.page.getByTestId('relation-arcs').locator('[data-layer="mine"] .arc')).toHaveCount(document.relations.length);
  return app;
}

const openArticle = (width: number) => openStored({ text: TEXT, title: TITLE, source: 'bogen.txt', tags: TAGS, relations: RELATIONS }, width, 800);

interface LayoutCheck {
  /** Relations whose two tags start on different lines. */
  crossing: string[];
  /** Arcs with their number of labels, when not exactly one. */
  labelCounts: string[];
  /** Labels whose box intersects a word's (or its underline's) box. */
  covering: string[];
  /** Arcs whose box leaves the text column. */
  outside: string[];
}

/** Measures the drawn arcs against the text in client pixels: labels per arc, labels over words, arcs past the column. */
function checkLayout(page: Page): Promise<LayoutCheck> {
  return page.evaluate((relations) => {
    const editor = document.querySelector('[data-testid="editor"]') as HTMLElement;
    const column = editor.getBoundingClientRect();
    // Every word's box and every tag's box with its underline: the client rects of each paragraph's contents.
    const words = [...editor.querySelectorAll('p')].flatMap((p) => {
      const range = document.createRange();
      range.selectNodeContents(p);
      return [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
    });
    const meet = (a: DOMRect, b: DOMRect) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
    const firstTop = (id: string) => editor.querySelector(`[data-ann="${CSS.escape(id)}"]`)?.getClientRects()[0]?.top ?? NaN;
    const check = { crossing: [] as string[], labelCounts: [] as string[], covering: [] as string[], outside: [] as string[] };
    for (const arc of document.querySelectorAll<SVGGElement>('[data-testid="relation-arcs"] [data-layer="mine"] .arc')) {
      const id = arc.getAttribute('data-relation') ?? '';
      const relation = relations.find((r) => r.id === id);
      if (relation && Math.abs(firstTop(relation.from) - firstTop(relation.to)) > 8) check.crossing.push(id);
      const labels = arc.querySelectorAll('.arc-label-box');
      if (labels.length !== 1) check.labelCounts.push(`${id}: ${labels.length}`);
      for (const label of labels) {
        const box = label.getBoundingClientRect();
        const hit = words.find((w) => meet(box, w));
        if (hit) check.covering.push(`${id}: label ${Math.round(box.left)},${Math.round(box.top)}–${Math.round(box.right)},${Math.round(box.bottom)} over ${Math.round(hit.left)},${Math.round(hit.top)}–${Math.round(hit.right)},${Math.round(hit.bottom)}`);
      }
      const box = arc.getBoundingClientRect();
      if (box.left < column.left - 1 || box.right > column.right + 1) check.outside.push(`${id}: ${Math.round(box.left)}–${Math.round(box.right)} vs ${Math.round(column.left)}–${Math.round(column.right)}`);
    }
    return check;
  }, RELATIONS);
}

for (const width of [1024, 1400]) {
  test(`${width} px: several relations from one tag and across line breaks: one label per arc, no label over a word, no arc past the column`, async ({}, testInfo) => {
    const app = await openArticle(width);
    try {
      const { page } = app;
      await page.getByTestId('editor').screenshot({ path: testInfo.outputPath(`arcs-${width}.png`) });
      const check = await checkLayout(page);
      // The text wraps so that some relations run from one line to another.
      expect(check.crossing.length).toBeGreaterThan(0);
      expect({ labelCounts: check.labelCounts, covering: check.covering, outside: check.outside }).toEqual({ labelCounts: [], covering: [], outside: [] });
      // A label still selects its relation.
      const crossing = page.getByTestId('relation-arcs').locator(`.arc[data-relation="${check.crossing[0]}"]`);
      await crossing.locator('.arc-label').click();
      await expect(crossing).toHaveAttribute('aria-pressed', 'true');
    } finally {
      await app.close();
    }
  });
}

const CROWDED = 'Ja Ina Mo, Nein Ole Di, Gut Eva Mi, So Udo Do, Ok Jo\u0308rg 😀 Fr, und dann ging es weiter im Text.';
const CROWDED_TITLE = 'Gedrängte Zeile';
const crowdedTag = (id: string, label: string, quote: string): Annotation => {
  const start = Array.from(CROWDED.slice(0, CROWDED.indexOf(quote))).length;
  return { id, label, start, end: start + Array.from(quote).length, text: quote, annotator: 'tester' };
};
/** Five groups of a claim, its speaker and its day, side by side: each claim has a source, a target (the next group's speaker) and a time. */
const GROUPS = [['Ja', 'Ina', 'Mo'], ['Nein', 'Ole', 'Di'], ['Gut', 'Eva', 'Mi'], ['So', 'Udo', 'Do'], ['Ok', 'Jo\u0308rg 😀', 'Fr']];
const CROWDED_TAGS = GROUPS.flatMap(([claim, actor, date], i) => [crowdedTag(`c${i}`, 'claim', claim!), crowdedTag(`a${i}`, 'actor', actor!), crowdedTag(`d${i}`, 'date', date!)]);
const CROWDED_RELATIONS = GROUPS.flatMap((_, i) => [
  rel(`s${i}`, 'source', `c${i}`, `a${i}`),
  ...(i < GROUPS.length - 1 ? [rel(`g${i}`, 'target', `c${i}`, `a${i + 1}`)] : []),
  rel(`t${i}`, 'time', `c${i}`, `d${i}`),
]);

for (const [locale, width, names] of [['de-DE', 1024, ['Quelle', 'Ziel', 'Zeit']], ['en-US', 1400, ['Source', 'Target', 'Time']]] as const) {
  test(`${locale} ${width} px: on a line too crowded for the type names, labels are shortened to the type's initial and never touch; the full name is the arc's name and tooltip`, async ({}, testInfo) => {
    const app = await openStored({ text: CROWDED, title: CROWDED_TITLE, source: 'gedraengt.txt', tags: CROWDED_TAGS, relations: CROWDED_RELATIONS }, width, width === 1400 ? 900 : 700, locale);
    try {
      const { page } = app;
      const arcs = page.getByTestId('relation-arcs').locator('[data-layer="mine"] .arc');
      await page.getByTestId('editor').screenshot({ path: testInfo.outputPath(`crowded-${locale}-${width}.png`) });
      const labels = await page.evaluate(() =>
        [...document.querySelectorAll<SVGGElement>('[data-testid="relation-arcs"] [data-layer="mine"] .arc')].map((arc) => {
          const box = arc.querySelector('.arc-label-box')!.getBoundingClientRect();
          return { text: arc.querySelector('.arc-label')?.textContent ?? '', name: arc.getAttribute('aria-label') ?? '', left: box.left, right: box.right, top: box.top, bottom: box.bottom };
        }),
      );
      const touching = labels.flatMap((a, i) => labels.slice(i + 1).filter((b) => a.left < b.right + 0.5 && b.left < a.right + 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5).map((b) => `${a.text} | ${b.text}`));
      expect(touching).toEqual([]);
      // Every label is its type's name or its short form (the initial, two letters for Ziel/Zeit, Target/Time); the arc's name is always the full one.
      const shortOf = shortLabels(names);
      for (const label of labels) {
        const name = names.find((n) => label.name.startsWith(`${n}: `));
        expect(name, label.name).toBeDefined();
        expect([name, shortOf.get(name!)]).toContain(label.text);
      }
      expect(labels.some((l) => l.text.length <= 2)).toBe(true);
      const short = arcs.filter({ has: page.locator('.arc-label', { hasText: /^.{1,2}$/ }) }).first();
      await short.locator('.arc-label').hover();
      await expect(short.locator('title')).toHaveText(new RegExp(`^(${names.join('|')}): `));
    } finally {
      await app.close();
    }
  });
}
