import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Annotation } from '@shared/annotation/annotation';
import type { Relation } from '@shared/relation/relation';
import { farBox, lineGutter, nearViewport, relationsNear, type ArcGeometry } from '../../../../../renderer/features/relations/arcBoxes';
import { LINE_PX } from '../../../../../renderer/theme/labelThemeCss';

const tag = (id: string, label: string, start: number, text: string): Annotation => ({ id, label, start, end: start + Array.from(text).length, text, annotator: 'me' });
const rel = (id: string, from: string, to: string): Relation => ({ id, type: 'source', from, to, annotator: 'me' });
const TAGS = [tag('q1', 'quote', 0, '„Mu\u0308ller“'), tag('a1', 'actor', 20, '😀 Anna'), tag('q2', 'quote', 5000, 'fern'), tag('a2', 'actor', 9000, 'Putin')];
const byId = new Map(TAGS.map((t) => [t.id, t]));
const RELATIONS = [rel('near', 'q1', 'a1'), rel('half', 'q2', 'a1'), rel('far', 'q2', 'a2'), rel('gone', 'q1', 'missing')];

describe('relationsNear', () => {
  it('keeps relations with an end near the viewport and both ends present and shown', () => {
    expect(relationsNear(RELATIONS, byId, { start: 0, end: 100 }, () => true).map((r) => r.id)).toEqual(['near', 'half']);
    expect(relationsNear(RELATIONS, byId, { start: 0, end: 100 }, (a) => a.label !== 'actor')).toEqual([]);
  });
});

describe('relationsNear through its index of ends', () => {
  // 300 tags (some long, one with an emoji, one with an NFD umlaut) and 600 relations between them, in a scrambled order.
  const tags = Array.from({ length: 300 }, (_, i) => tag(`t${i}`, i % 2 ? 'actor' : 'quote', i * 100 + (i % 7), i % 50 === 0 ? 'ein langer Satz '.repeat(10) : i % 3 ? 'Mu\u0308ller' : '😀 Anna'));
  const index = new Map(tags.map((t) => [t.id, t]));
  const relations = Array.from({ length: 600 }, (_, i) => rel(`r${i}`, `t${(i * 37) % 300}`, `t${(i * 101 + 7) % 300}`));
  const brute = (range: { start: number; end: number }, isShown: (a: Annotation) => boolean) =>
    relations.filter((r) => {
      const from = index.get(r.from)!;
      const to = index.get(r.to)!;
      const near = (a: Annotation) => a.start < range.end && a.end > range.start;
      return isShown(from) && isShown(to) && (near(from) || near(to));
    });

  it.each([
    ['the start of the text', { start: 0, end: 500 }],
    ['a screen in the middle', { start: 12_000, end: 14_500 }],
    ['a range inside one long tag', { start: 5_050, end: 5_060 }],
    ['past the end', { start: 40_000, end: 50_000 }],
    ['everything', { start: 0, end: 30_000 }],
  ])('finds exactly what a scan finds, in list order: %s', (_name, range) => {
    expect(relationsNear(relations, index, range, () => true)).toEqual(brute(range, () => true));
    const noActors = (a: Annotation) => a.label !== 'actor';
    expect(relationsNear(relations, index, range, noActors)).toEqual(brute(range, noActors));
  });
});

describe('farBox', () => {
  it('puts an unmeasured tag above the frame when it lies before the range, else below it', () => {
    expect(farBox(TAGS[0]!, { start: 100 }, 800).top).toBeLessThan(0);
    expect(farBox(TAGS[3]!, { start: 100 }, 800).top).toBeGreaterThan(800);
  });
});

describe('lineGutter', () => {
  afterEach(() => vi.unstubAllGlobals());
  /** A view whose glyphs are 23 px high, in text with the given computed line height and font size. */
  const geometry = (lineHeight: string, fontSize = '17.28px', fails = false): ArcGeometry => {
    vi.stubGlobal('getComputedStyle', () => ({ lineHeight, fontSize }));
    const view = {
      dom: {},
      coordsAtPos: () => {
        if (fails) throw new RangeError('Position 90000 out of range');
        return { top: 100, bottom: 123, left: 0, right: 0 };
      },
    };
    return { view, frame: {}, viewport: {}, toPos: (cp: number) => cp + 1, toCodePoint: (pos: number) => pos - 1 } as unknown as ArcGeometry;
  };

  it.each([
    ['the editor’s line height', '39.744px', 39.744 - 23 - LINE_PX - 1],
    ['line-height: normal (1.2 × the font size)', 'normal', 17.28 * 1.2 - 23 - LINE_PX - 1],
  ])('is the line height less the glyphs and an underline: %s', (_name, lineHeight, expected) => {
    expect(lineGutter(geometry(lineHeight), TAGS[1]!)).toBeCloseTo(Math.max(0, expected), 5);
  });

  it('is null for a tag that cannot be measured now (a stale one during a switch)', () => {
    expect(lineGutter(geometry('40px', '17px', true), TAGS[3]!)).toBeNull();
  });
});

describe('nearViewport', () => {
  /** A fake element stacked at [top, bottom) of the page with these children (a chunk's paragraphs). */
  interface Block {
    top: number;
    bottom: number;
    children: Block[];
    childNodes: Block[];
    getBoundingClientRect(): { top: number; bottom: number; height: number };
  }
  const block = (top: number, bottom: number, children: Block[] = []): Block => ({
    top,
    bottom,
    children,
    childNodes: children,
    getBoundingClientRect: () => ({ top, bottom, height: bottom - top }),
  });
  // Three chunks of 1,000 code points each: the middle one drawn as two paragraphs of 500, the others placeholders.
  const middle = block(1000, 2000, [block(1000, 1400), block(1400, 2000)]);
  const chunks = block(0, 3000, [block(0, 1000), middle, block(2000, 3000)]);
  /** Positions: before chunk i of the document is i × 1000; before paragraph j of the middle chunk is 1000 + j × 500. */
  const posAtDOM = vi.fn((parent: Block, offset: number) => (parent === chunks ? offset * 1000 : 1000 + offset * 500));
  const geometry = (top: number, bottom: number): ArcGeometry =>
    ({
      view: { dom: chunks, posAtDOM, posAtCoords: () => { throw new Error('no hit-testing of the text'); } },
      frame: {},
      viewport: { getBoundingClientRect: () => ({ top, bottom }) },
      toPos: (cp: number) => cp,
      toCodePoint: (pos: number) => pos,
    }) as unknown as ArcGeometry;

  it.each([
    // The view's edges in proportion within their paragraph or placeholder, plus two screens' worth either side.
    ['inside the drawn chunk', 1100, 1700, { start: 0, end: 3000 }],
    ['one paragraph (a sixth of its height: a sixth of its text)', 1500, 1600, { start: 1583 - 400, end: 1667 + 400 }],
    ['the first placeholder', 100, 300, { start: 0, end: 700 }],
    ['below the text', 2900, 3400, { start: 2500, end: 3000 }],
  ])('finds the code points on screen from the boxes of chunks and paragraphs: %s', (_name, top, bottom, range) => {
    expect(nearViewport(geometry(top, bottom), 3000)).toEqual(range);
  });
});
