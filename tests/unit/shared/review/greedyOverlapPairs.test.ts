import { describe, expect, it } from 'vitest';
import { compareSpans, greedyOverlapPairs, type LabeledSpan } from '@shared/review/greedyOverlapPairs';

const s = (id: string, label: string, start: number, end: number): LabeledSpan => ({ id, label, start, end });
const ids = (pairs: ReturnType<typeof greedyOverlapPairs>): string[] => pairs.map((p) => `${p.a.id}-${p.b.id}:${p.overlap}`);

describe('greedyOverlapPairs', () => {
  it('takes the largest overlap first, even where a maximum matching would pair more', () => {
    // x–p 9, x–q 1, y–p 1 (y [9,11) ∩ p [1,10) = [9,10)). Greedy: x–p (9); y and q stay unpaired.
    // (A maximum matching x–q, y–p would have 2 pairs; the review pairs greedily, predictably.)
    const a = [s('x', 'claim', 0, 10), s('y', 'claim', 9, 11)];
    const b = [s('p', 'claim', 1, 10), s('q', 'claim', 0, 1)];
    expect(ids(greedyOverlapPairs(a, b))).toEqual(['x-p:9']);
  });

  it('breaks ties by the earlier A span, then the earlier B span, in (start, end, id) order', () => {
    // All overlaps are 2. A order: a1 [0,4) < a2 [2,4); B order: b1 [0,2) < b2 [2,4) — input order is scrambled.
    // a1–b1 2, a1–b2 2, a2–b2 2 → a1 takes b1 (earlier B), a2 takes b2.
    const a = [s('a2', 'date', 2, 4), s('a1', 'date', 0, 4)];
    const b = [s('b2', 'date', 2, 4), s('b1', 'date', 0, 2)];
    expect(ids(greedyOverlapPairs(a, b))).toEqual(['a1-b1:2', 'a2-b2:2']);
    // Same start and end: the id decides (code unit order, "m" < "n").
    const same = greedyOverlapPairs([s('n', 'date', 0, 2), s('m', 'date', 0, 2)], [s('z', 'date', 0, 2)]);
    expect(ids(same)).toEqual(['m-z:2']);
  });

  it('pairs only the same label and needs at least one shared code point (touching is not overlapping)', () => {
    const a = [s('a', 'actor', 0, 5), s('c', 'claim', 5, 9)];
    const b = [s('b', 'claim', 0, 5), s('d', 'claim', 9, 12), s('e', 'claim', 8, 9)];
    expect(ids(greedyOverlapPairs(a, b))).toEqual(['c-e:1']);
  });

  it('uses each span at most once and never changes its inputs', () => {
    const a = Object.freeze([s('a', 'quote', 0, 10)]);
    const b = Object.freeze([s('b', 'quote', 0, 10), s('c', 'quote', 0, 10)]);
    expect(ids(greedyOverlapPairs(a, b))).toEqual(['a-b:10']);
    expect(b.map((x) => x.id)).toEqual(['b', 'c']);
  });

  it('finds nested spans that start before a long earlier one ends', () => {
    // long–wide 49, long–inner 3, late–wide 5, late–inner 3 → long–wide, then late–inner.
    const a = [s('long', 'claim', 0, 100), s('late', 'claim', 90, 95)];
    const b = [s('inner', 'claim', 91, 94), s('wide', 'claim', 50, 99)];
    expect(ids(greedyOverlapPairs(a, b))).toEqual(['long-wide:49', 'late-inner:3']);
    // A tie between a long span and a nested one goes to the earlier A span (long).
    expect(ids(greedyOverlapPairs(a, [s('inner', 'claim', 91, 94)]))).toEqual(['long-inner:3']);
  });

  it('still finds a long B span that starts far before A among many short ones (the sweep skips only spans that cannot reach A)', () => {
    const shortOnes = Array.from({ length: 50 }, (_, i) => s(`b${i}`, 'actor', i * 10, i * 10 + 2));
    const b = [s('long', 'actor', 0, 1000), ...shortOnes];
    const a = [s('late', 'actor', 995, 999), s('early', 'actor', 1, 2)];
    expect(ids(greedyOverlapPairs(a, b))).toEqual(['early-b0:1', 'late-long:4']);
  });

  it.each([
    ['small positions (one exact numeric sort key per candidate)', 0, 1],
    ['positions and overlaps too large for an exact key (the comparator path)', 2 ** 45, 2 ** 40],
  ])('agrees with the all-pairs rule on a generated table of nested and overlapping spans: %s', (_name, offset, scale) => {
    const spans = (seed: number) =>
      Array.from({ length: 80 }, (_, i) => {
        const start = offset + ((i * 37 + seed * 11) % 400) * scale;
        return s(`${seed}-${i}`, ['claim', 'quote'][i % 2] as string, start, start + (1 + ((i * seed) % 60)) * scale);
      });
    const a = spans(3);
    const b = spans(7);
    // The reference: every same-label overlapping pair, largest first, ties by rank, each span once.
    const sortedA = [...a].sort(compareSpans);
    const sortedB = [...b].sort(compareSpans);
    const candidates = sortedA.flatMap((x, ai) =>
      sortedB.flatMap((y, bi) => {
        const overlap = Math.min(x.end, y.end) - Math.max(x.start, y.start);
        return x.label === y.label && overlap > 0 ? [{ x, y, ai, bi, overlap }] : [];
      }),
    );
    candidates.sort((p, q) => q.overlap - p.overlap || p.ai - q.ai || p.bi - q.bi);
    const usedA = new Set<number>();
    const usedB = new Set<number>();
    const expected = candidates
      .filter((c) => !usedA.has(c.ai) && !usedB.has(c.bi) && (usedA.add(c.ai), usedB.add(c.bi), true))
      .sort((p, q) => p.ai - q.ai)
      .map((c) => `${c.x.id}-${c.y.id}:${c.overlap}`);
    expect(ids(greedyOverlapPairs(a, b))).toEqual(expected);
  });

  it('orders spans by start, end, then id', () => {
    const list = [s('b', 'x', 1, 3), s('a', 'x', 1, 3), s('c', 'x', 0, 9), s('d', 'x', 1, 2)];
    expect([...list].sort(compareSpans).map((x) => x.id)).toEqual(['c', 'd', 'a', 'b']);
  });
});
