import { describe, expect, it } from 'vitest';
import { DEFAULT_ARC_LAYOUT, lanesIn, layoutArcs, roundedPath, type ArcInput, type TagBox } from '../../../../../renderer/features/relations/arcLayout';

const box = (left: number, right: number, top: number): TagBox => ({ left, right, top });
const OPTIONS = { ...DEFAULT_ARC_LAYOUT, width: 600 };
const quote = box(100, 200, 50);
const speaker = box(300, 380, 50);
const date = box(400, 460, 50);
const LINE_ABOVE_BOTTOM = 50 - OPTIONS.gutter;

/** The numbers of an SVG path, as [x, y] points. */
const points = (path: string) => [...path.matchAll(/(-?[\d.]+) (-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as const);

describe('layoutArcs', () => {
  it('draws an arc on one line as one bracket from the source top to the target top, labelled in the gutter', () => {
    const [shape] = layoutArcs([{ id: 'r1', from: quote, to: speaker, label: 'Source' }], OPTIONS);
    expect(shape?.path.startsWith('M150 50')).toBe(true);
    expect(shape?.path.endsWith('L340 50')).toBe(true);
    expect(shape?.labelX).toBe(245);
    // The label's box lies between the tag's top and the line above's words.
    expect(shape!.labelY + OPTIONS.labelHeight / 2).toBeLessThanOrEqual(50);
    expect(shape!.labelY - OPTIONS.labelHeight / 2).toBeGreaterThanOrEqual(LINE_ABOVE_BOTTOM);
  });

  it('gives arcs that cross on one line different lanes, the shorter one lower, every lane and label within the gutter', () => {
    const shapes = layoutArcs(
      [
        { id: 'long', from: quote, to: date, label: 'Time' },
        { id: 'short', from: quote, to: speaker, label: 'Source' },
      ],
      OPTIONS,
    );
    const lane = (id: string) => shapes.find((s) => s.id === id)?.lane;
    expect(lane('short')).toBe(0);
    expect(lane('long')).toBe(1);
    for (const shape of shapes) {
      expect(Math.min(...points(shape.path).map(([, y]) => y))).toBeGreaterThan(LINE_ABOVE_BOTTOM);
      expect(shape.labelY - OPTIONS.labelHeight / 2).toBeGreaterThanOrEqual(LINE_ABOVE_BOTTOM);
    }
  });

  it.each([
    ['three arcs from one quote', ['Source', 'Time', 'Target']],
    ['labels with an emoji and an NFD umlaut', ['Quelle 😀', 'Zeitu\u0308', 'Ziel']],
  ])('keeps the labels of one line apart: %s', (_name, labels) => {
    const targets = [speaker, date, box(480, 560, 50)];
    const shapes = layoutArcs(
      labels.map((label, i) => ({ id: `r${i}`, from: quote, to: targets[i]!, label })),
      OPTIONS,
    );
    const spans = shapes.map((s) => [s.labelX - s.labelWidth / 2, s.labelX + s.labelWidth / 2] as const).sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < spans.length; i++) expect(spans[i]![0]).toBeGreaterThanOrEqual(spans[i - 1]![1]);
  });

  it('returns the shapes in the order of its input, those on one line first, whatever order it lays them out in (so drawn arcs keep their place in the DOM)', () => {
    const arcs: ArcInput[] = [
      { id: 'across', from: quote, to: box(40, 90, 130), label: 'Quelle 😀' },
      { id: 'long', from: quote, to: date, label: 'Zeitu\u0308' },
      { id: 'down', from: speaker, to: box(40, 90, 170), label: 'Ziel' },
      { id: 'short', from: quote, to: speaker, label: 'Source' },
    ];
    expect(layoutArcs(arcs, OPTIONS).map((s) => s.id)).toEqual(['long', 'short', 'across', 'down']);
    // The same arcs in another order are laid out alike, only listed in that order.
    const reversed = layoutArcs([...arcs].reverse(), OPTIONS);
    expect(reversed.map((s) => s.id)).toEqual(['short', 'long', 'down', 'across']);
    expect(reversed.find((s) => s.id === 'short')?.lane).toBe(0);
    expect(reversed.find((s) => s.id === 'long')?.lane).toBe(1);
  });

  it('keeps labels apart on each of many lines, looking only at labels of the same line', () => {
    // 40 lines with three arcs each: every line's labels are apart, and a line's labels never move for another line's.
    const lines = Array.from({ length: 40 }, (_, i) => 50 + i * 40);
    const arcs = lines.flatMap((top, i) =>
      [speaker, date, box(480, 560, top)].map((to, k) => ({ id: `l${i}r${k}`, from: box(100, 200, top), to: { ...to, top }, label: k === 1 ? 'Zeitu\u0308' : 'Quelle 😀' })),
    );
    const shapes = layoutArcs(arcs, OPTIONS);
    const one = layoutArcs(arcs.slice(0, 3), OPTIONS);
    expect(shapes.slice(0, 3)).toEqual(one);
    for (const top of lines) {
      const spans = shapes
        .filter((s) => Math.abs(s.labelY - top) < OPTIONS.gutter + OPTIONS.labelHeight)
        .map((s) => [s.labelX - s.labelWidth / 2, s.labelX + s.labelWidth / 2] as const)
        .sort((a, b) => a[0] - b[0]);
      expect(spans).toHaveLength(3);
      for (let i = 1; i < spans.length; i++) expect(spans[i]![0]).toBeGreaterThanOrEqual(spans[i - 1]![1]);
    }
  });

  it('labels an arc to another line on the target’s line when the source’s line has no room for it', () => {
    const shapes = layoutArcs(
      [
        { id: 'across', from: box(520, 560, 50), to: box(40, 90, 130), label: 'Quelle 😀' },
        { id: 'here', from: box(480, 500, 50), to: box(560, 590, 50), label: 'Zeitu\u0308' },
      ],
      OPTIONS,
    );
    const across = shapes.find((s) => s.id === 'across')!;
    const here = shapes.find((s) => s.id === 'here')!;
    expect(here.labelY).toBeLessThan(50);
    expect(here.labelY).toBeGreaterThan(50 - OPTIONS.gutter);
    expect(across.labelY).toBeLessThan(130);
    expect(across.labelY).toBeGreaterThan(130 - OPTIONS.gutter);
  });

  it('spreads arcs leaving one tag side by side so their stems do not coincide', () => {
    const shapes = layoutArcs(
      [
        { id: 'a', from: quote, to: speaker, label: 'Source 😀' },
        { id: 'b', from: quote, to: date, label: 'Zeitu\u0308' },
      ],
      OPTIONS,
    );
    const stem = (id: string) => shapes.find((s) => s.id === id)?.path.split(' ')[0];
    expect(stem('a')).not.toBe(stem('b'));
  });

  it('keeps arcs on different lines in the lowest lane when they do not meet', () => {
    const arcs: ArcInput[] = [
      { id: 'r1', from: quote, to: speaker, label: 'Source' },
      { id: 'r2', from: box(100, 200, 90), to: box(300, 380, 90), label: 'Source' },
    ];
    expect(layoutArcs(arcs, OPTIONS).map((s) => s.lane)).toEqual([0, 0]);
  });

  it.each([
    ['forward, to a later line', quote, box(20, 90, 120)],
    ['backward, to an earlier line', box(20, 90, 120), quote],
  ])('draws an arc across a line break (%s) as one path inside the column with one label on the source line', (_name, from, to) => {
    const [shape] = layoutArcs([{ id: 'r', from, to, label: 'Source' }], OPTIONS);
    const path = points(shape!.path);
    expect(shape!.path.match(/M/g)).toHaveLength(1);
    expect(path[0]).toEqual([(from.left + from.right) / 2, from.top]);
    expect(path.at(-1)).toEqual([(to.left + to.right) / 2, to.top]);
    expect(Math.max(...path.map(([x]) => x))).toBeLessThan(OPTIONS.width);
    expect(Math.min(...path.map(([x]) => x))).toBeGreaterThanOrEqual(0);
    expect(shape!.labelY).toBeLessThan(from.top);
    expect(shape!.labelY).toBeGreaterThan(from.top - OPTIONS.gutter);
    expect(shape!.labelX + shape!.labelWidth / 2).toBeLessThan(OPTIONS.width);
  });

  it('puts the label of an arc whose source is off screen on the target line', () => {
    const [shape] = layoutArcs([{ id: 'r', from: box(0, 0, -1000), to: quote, label: 'Source' }], OPTIONS, 600);
    expect(shape!.labelY).toBeLessThan(quote.top);
    expect(shape!.labelY).toBeGreaterThan(quote.top - OPTIONS.gutter);
  });

  it('keeps a label at the column edge inside the column', () => {
    const [shape] = layoutArcs([{ id: 'r', from: box(0, 10, 50), to: box(12, 20, 50), label: 'Quelle 😀' }], OPTIONS);
    expect(shape!.labelX - shape!.labelWidth / 2).toBeGreaterThanOrEqual(0);
  });

  it('shortens labels on a line too crowded for their names to the type’s initial, staggered near their arcs, so no two labels touch', () => {
    // Seven short arcs between neighbouring tags: room for few full names on this line.
    const names = ['Quelle', 'Zeit', 'Ziel'];
    const arcs = Array.from({ length: 7 }, (_, i) => ({ id: `r${i}`, from: box(100 + i * 28, 120 + i * 28, 50), to: box(128 + i * 28, 148 + i * 28, 50), label: names[i % 3]! }));
    const shapes = layoutArcs(arcs, OPTIONS);
    const spans = shapes.map((s) => [s.labelX - s.labelWidth / 2, s.labelX + s.labelWidth / 2] as const).sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < spans.length; i++) expect(spans[i]![0]).toBeGreaterThanOrEqual(spans[i - 1]![1]);
    expect(shapes.map((s) => s.label)).toContain('Quelle');
    expect(new Set(shapes.map((s) => s.label))).toEqual(new Set(['Quelle', 'Q', 'Ze', 'Zi', ...shapes.filter((s) => names.includes(s.label)).map((s) => s.label)]));
    expect(shapes.filter((s) => s.label.length <= 2).length).toBeGreaterThan(0);
    // An uncrowded line keeps every name whole.
    expect(layoutArcs([{ id: 'r', from: quote, to: speaker, label: 'Quelle' }], OPTIONS)[0]?.label).toBe('Quelle');
  });

  describe('beside the selected tag’s chip, which covers the gutter over its first line', () => {
    // The scene of the German 1024 screenshot: a one-word claim ("die") ending its line, its chip wider than the word,
    // a source on the same line to the left and a target on an earlier line.
    const chip = { left: 575, right: 655 };
    const claim = box(575, 605, 390);
    const speaker = box(315, 455, 390);
    const earlier = box(330, 370, 270);
    const arcs = (from: TagBox): ArcInput[] => [
      { id: 'quelle', from, to: speaker, label: 'Quelle 😀' },
      { id: 'ziel', from, to: earlier, label: 'Zielü' },
      { id: 'zeit', from, to: box(620, 700, 390), label: 'Zeit' },
    ];
    const WIDE = { ...OPTIONS, width: 760 };
    /** How many pixels of a shape's path run under the chip, in the gutter of the claim's line (its straight runs sampled per pixel). */
    const hidden = (path: string) => {
      const at = points(path);
      let covered = 0;
      for (let i = 1; i < at.length; i++) {
        const [x0, y0] = at[i - 1]!;
        const [x1, y1] = at[i]!;
        const steps = Math.ceil(Math.hypot(x1 - x0, y1 - y0));
        for (let k = 0; k < steps; k++) {
          const x = x0 + ((x1 - x0) * k) / steps;
          const y = y0 + ((y1 - y0) * k) / steps;
          if (x > chip.left && x < chip.right && y < claim.top && y > claim.top - WIDE.gutter) covered++;
        }
      }
      return covered;
    };

    it('hides arcs and a label under the chip when it is not known (the old drawing)', () => {
      const shapes = layoutArcs(arcs(claim), WIDE);
      expect(shapes.reduce((sum, s) => sum + hidden(s.path), 0)).toBeGreaterThan(40);
    });

    it('lets every arc leave beside the chip, left of it toward the left and right of it otherwise, and keeps labels off it', () => {
      const shapes = layoutArcs(arcs({ ...claim, chip }), WIDE);
      for (const shape of shapes) {
        expect(hidden(shape.path)).toBe(0);
        const onChipLine = Math.abs(shape.labelY - claim.top) < WIDE.gutter;
        if (onChipLine) expect(shape.labelX + shape.labelWidth / 2 <= chip.left || shape.labelX - shape.labelWidth / 2 >= chip.right).toBe(true);
      }
      const start = (id: string) => points(shapes.find((s) => s.id === id)!.path)[0]!;
      expect(start('quelle')[0]).toBeLessThan(chip.left);
      expect(start('ziel')[0]).toBeGreaterThan(chip.right);
      expect(start('zeit')[0]).toBeGreaterThan(chip.right);
      // Each starts at the claim's top, and two arcs leaving on one side do not share a stem.
      for (const id of ['quelle', 'ziel', 'zeit']) expect(start(id)[1]).toBe(claim.top);
      expect(start('ziel')[0]).not.toBe(start('zeit')[0]);
    });

    it('keeps an anchor beside a chip at the column’s edge inside the column', () => {
      const [shape] = layoutArcs([{ id: 'r', from: { ...box(560, 590, 50), chip: { left: 560, right: 600 } }, to: earlier, label: 'Ziel' }], OPTIONS);
      expect(points(shape!.path)[0]![0]).toBeLessThanOrEqual(OPTIONS.width - 1);
    });
  });

  it('caps the lanes at what the gutter holds: beyond the last lane arcs share it', () => {
    const arcs = Array.from({ length: 8 }, (_, i) => ({ id: `r${i}`, from: quote, to: box(300 + i * 10, 305 + i * 10, 50), label: 'Source' }));
    expect(Math.max(...layoutArcs(arcs, OPTIONS).map((s) => s.lane))).toBe(lanesIn(OPTIONS) - 1);
    expect(lanesIn({ ...OPTIONS, gutter: 7 })).toBe(2);
    expect(lanesIn({ ...OPTIONS, gutter: 0 })).toBe(1);
  });
});

describe('roundedPath', () => {
  it('runs through the points with rounded corners no larger than half a run', () => {
    expect(roundedPath([[0, 10], [0, 0], [10, 0]])).toBe('M0 10 L0 3 Q0 0 3 0 L10 0');
    expect(roundedPath([[0, 2], [0, 0], [2, 0]])).toBe('M0 2 L0 1 Q0 0 1 0 L2 0');
  });
});
