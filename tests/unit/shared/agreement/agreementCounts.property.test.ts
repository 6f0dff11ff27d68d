import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agreementCounts } from '@shared/agreement/agreementCounts';
import type { SpanCounts } from '@shared/agreement/agreementReport';
import type { LabeledSpan } from '@shared/review/greedyOverlapPairs';

const LABELS = ['claim', 'quote', 'constructor'];

/** The naive rules, written from their definitions: per code point, per pair, per span. */
function naiveCounts(text: string, a: readonly LabeledSpan[], b: readonly LabeledSpan[]) {
  const points = Array.from(text);
  const compared = points.map((ch) => !/\s/.test(ch));
  const covers = (spans: readonly LabeledSpan[], label: string, i: number) => spans.some((s) => s.label === label && s.start <= i && i < s.end);
  const per = <T,>(value: (label: string) => T) => Object.fromEntries(LABELS.map((label) => [label, value(label)]));
  const sizes = (label: string) => ({ nA: a.filter((s) => s.label === label).length, nB: b.filter((s) => s.label === label).length });
  const exact = (label: string): SpanCounts => {
    const left = a.filter((s) => s.label === label).map((s) => `${s.start}-${s.end}`);
    let tp = 0;
    for (const s of b.filter((x) => x.label === label)) {
      const at = left.indexOf(`${s.start}-${s.end}`);
      if (at === -1) continue;
      left.splice(at, 1);
      tp += 1;
    }
    return { tp, ...sizes(label) };
  };
  const overlap = (label: string): SpanCounts => {
    const rank = (list: readonly LabeledSpan[]) => [...list].sort((x, y) => x.start - y.start || x.end - y.end || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
    const ra = rank(a);
    const rb = rank(b);
    const pairs = ra.flatMap((x, i) => rb.map((y, j) => ({ i, j, same: x.label === y.label && x.label === label, overlap: Math.min(x.end, y.end) - Math.max(x.start, y.start) })));
    const usable = pairs.filter((p) => p.same && p.overlap > 0).sort((p, q) => q.overlap - p.overlap || p.i - q.i || p.j - q.j);
    const usedA = new Set<number>();
    const usedB = new Set<number>();
    let tp = 0;
    for (const p of usable) {
      if (usedA.has(p.i) || usedB.has(p.j)) continue;
      usedA.add(p.i);
      usedB.add(p.j);
      tp += 1;
    }
    return { tp, ...sizes(label) };
  };
  const kappa = (label: string) => {
    const cells = { both: 0, onlyA: 0, onlyB: 0, neither: 0 };
    points.forEach((_, i) => {
      if (!compared[i]) return;
      const [inA, inB] = [covers(a, label, i), covers(b, label, i)];
      if (inA && inB) cells.both += 1;
      else if (inA) cells.onlyA += 1;
      else if (inB) cells.onlyB += 1;
      else cells.neither += 1;
    });
    return cells;
  };
  return { exactSpan: per(exact), overlap: per(overlap), charKappa: { positions: compared.filter(Boolean).length, perLabel: per(kappa) } };
}

function actual(text: string, a: readonly LabeledSpan[], b: readonly LabeledSpan[]) {
  const { exactSpan, overlap, charKappa } = agreementCounts({ text, reference: a, compared: b }, LABELS);
  return { exactSpan, overlap, charKappa };
}

const span = (id: string, label: string, start: number, end: number): LabeledSpan => ({ id, label, start, end });

describe('agreement counts against the naive rules', () => {
  // "Gülşen" with an NFD ü (two code points), an emoji (one code point, two UTF-16 units), an ideographic space.
  const TEXT = 'Gu\u0308lşen 📰 sagte\u3000„nein“ 😀 Müller';
  it.each([
    ['identical tags', [span('a', 'claim', 0, 7)], [span('b', 'claim', 0, 7)]],
    ['one tag ending inside the NFD umlaut', [span('a', 'quote', 0, 2)], [span('b', 'quote', 0, 3)]],
    ['tags either side of the emoji', [span('a', 'claim', 7, 8), span('a2', 'claim', 9, 14)], [span('b', 'claim', 7, 14)]],
    ['nested and overlapping tags of one annotator', [span('a', 'quote', 0, 14), span('a2', 'quote', 3, 9)], [span('b', 'quote', 2, 20), span('b2', 'quote', 15, 22)]],
    ['a label that is an Object.prototype name', [span('a', 'constructor', 23, 29)], [span('b', 'constructor', 23, 29), span('b2', 'constructor', 24, 26)]],
    ['duplicates on both sides', [span('a', 'claim', 1, 4), span('a2', 'claim', 1, 4)], [span('b', 'claim', 1, 4), span('b2', 'claim', 1, 4), span('b3', 'claim', 1, 4)]],
    ['a label outside the label set, ignored', [span('a', 'date', 0, 5)], [span('b', 'date', 0, 5)]],
  ])('%s', (_name, a, b) => {
    expect(actual(TEXT, a, b)).toEqual(naiveCounts(TEXT, a, b));
  });

  it('agree on generated texts (emoji, NFD umlauts, every kind of space) and tags', () => {
    const pieces = fc.constantFrom('a', 'ß', 'u\u0308', '📰', ' ', '\u00a0', '\n', '\u3000', '\ufeff', 'Köln');
    const docs = fc.array(pieces, { minLength: 1, maxLength: 30 }).chain((parts) => {
      const text = parts.join('');
      const length = Array.from(text).length;
      const spans = (side: string) =>
        fc.array(fc.tuple(fc.nat(length - 1), fc.integer({ min: 1, max: 8 }), fc.constantFrom('claim', 'quote', 'constructor', 'date')), { maxLength: 10 }).map((list) =>
          list.map(([start, width, label], i) => span(`${side}${i % 3}`, label, start, Math.min(length, start + width))),
        );
      return fc.tuple(fc.constant(text), spans('a'), spans('b'));
    });
    fc.assert(
      fc.property(docs, ([text, a, b]) => {
        expect(actual(text, a, b)).toEqual(naiveCounts(text, a, b));
      }),
      { numRuns: 400 },
    );
  });
});
