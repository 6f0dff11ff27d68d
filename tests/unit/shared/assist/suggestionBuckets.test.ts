import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSuggestionBuckets } from '@shared/assist/suggestionBuckets';
import { compareSuggestions } from '@shared/assist/suggestRules';
import { suggestionId, type Suggestion } from '@shared/assist/suggestion';

const LABELS = ['date', 'actor', 'quote'] as const;

/** A suggestion over [start, end) (code points) with a label; the text only names it. */
function suggestion(start: number, length: number, label: string): Suggestion {
  return { id: suggestionId(label, start, start + length), label, start, end: start + length, text: `${label}@${start}`, suggester: 'learned' };
}

const arbitrarySuggestions = fc
  .array(fc.record({ start: fc.integer({ min: 0, max: 12_000 }), length: fc.integer({ min: 1, max: 3000 }), label: fc.constantFrom(...LABELS) }), { maxLength: 120 })
  .map((list) => [...new Map(list.map((s) => suggestion(s.start, s.length, s.label)).map((s) => [s.id, s])).values()]);

describe('createSuggestionBuckets', () => {
  it('keeps any suggestions in text order over added and pruned batches, reads a range as a filter over all would, and steps like a sorted list with wrap-around', () => {
    fc.assert(
      fc.property(arbitrarySuggestions, fc.array(fc.boolean()), fc.integer({ min: 0, max: 15_000 }), fc.integer({ min: 0, max: 4000 }), (list, dropMask, start, span) => {
        const buckets = createSuggestionBuckets();
        const half = Math.floor(list.length / 2);
        buckets.add(list.slice(0, half));
        buckets.add(list.slice(half));
        const dropped = new Set(list.filter((_, k) => dropMask[k] === true).map((s) => s.id));
        buckets.prune(list.filter((s) => dropped.has(s.id)), (s) => !dropped.has(s.id));
        const naive = list.filter((s) => !dropped.has(s.id)).sort(compareSuggestions);
        expect(buckets.all()).toEqual(naive);
        expect(buckets.size).toBe(naive.length);
        const maxLength = Math.max(0, ...naive.map((s) => s.end - s.start));
        expect(buckets.overlapping(start, start + span, maxLength)).toEqual(naive.filter((s) => s.start < start + span && s.end > start));
        // Stepping from each one (and from a position) visits its neighbours in order, wrapping around.
        const isDate = (s: Suggestion) => s.label === 'date';
        const dates = naive.filter(isDate);
        for (const [k, from] of naive.entries()) {
          const nextDate = naive.slice(k + 1).find(isDate) ?? dates[0] ?? null;
          const previousDate = [...naive.slice(0, k)].reverse().find(isDate) ?? dates.at(-1) ?? null;
          expect(buckets.step(from, 1, isDate)).toBe(nextDate);
          expect(buckets.step(from, -1, isDate)).toBe(previousDate);
        }
        const probe = suggestion(start, 1, 'zzz');
        const after = naive.find((s) => compareSuggestions(s, probe) > 0) ?? naive[0] ?? null;
        expect(buckets.step(probe, 1, () => true)).toBe(after);
        expect(buckets.step(null, 1, () => true)).toBe(naive[0] ?? null);
        expect(buckets.step(null, -1, () => true)).toBe(naive.at(-1) ?? null);
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['an emoji-long date', suggestion(0, 2, 'date')],
    ['an NFD umlaut in a name', { ...suggestion(5000, 11, 'actor'), text: 'Anna Kru\u0308ger' }],
  ])('a single suggestion (%s) is found from inside any bucket it spans', (_name, s) => {
    const buckets = createSuggestionBuckets();
    buckets.add([s]);
    expect(buckets.overlapping(s.end - 1, s.end, s.end - s.start)).toEqual([s]);
    expect(buckets.step(s, 1, () => true)).toBe(s);
  });
});
