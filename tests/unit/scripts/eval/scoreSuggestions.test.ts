import { describe, expect, it } from 'vitest';
import { countMatches, prf, sourceHits, type Counts } from '../../../../scripts/eval/scoreSuggestions';

describe('scoreSuggestions', () => {
  const gold = [
    { label: 'date', start: 0, end: 10, text: 'am Montag' },
    { label: 'actor', start: 20, end: 25, text: 'Merz', mention: 'm' },
    { label: 'quote', start: 30, end: 40, text: '„…“', sourceOf: 'm' },
  ];

  it('counts exact and overlap matches one to one per label', () => {
    const found = [
      { label: 'date', start: 3, end: 10 },
      { label: 'date', start: 4, end: 9 },
      { label: 'actor', start: 20, end: 25 },
    ];
    const exact = new Map<string, Counts>();
    const overlap = new Map<string, Counts>();
    countMatches(gold, found, 'exact', exact);
    countMatches(gold, found, 'overlap', overlap);
    expect(exact.get('date')).toEqual({ tp: 0, fp: 2, fn: 1 });
    expect(overlap.get('date')).toEqual({ tp: 1, fp: 1, fn: 0 });
    expect(overlap.get('quote')).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(prf({ tp: 1, fp: 1, fn: 0 })).toEqual({ p: 0.5, r: 1, f1: 2 / 3 });
    expect(prf({ tp: 0, fp: 0, fn: 0 })).toEqual({ p: 1, r: 1, f1: 1 });
  });

  it('counts a quote source as correct only when the found quote points to an actor overlapping the gold source', () => {
    const quote = { label: 'quote', start: 31, end: 40 };
    const pairs = countMatches(gold, [quote], 'overlap', new Map());
    expect(sourceHits(gold, () => ({ label: 'actor', start: 22, end: 25 }), pairs)).toEqual({ correct: 1, total: 1, wrong: [] });
    expect(sourceHits(gold, () => ({ label: 'actor', start: 0, end: 5, text: 'am Mo' }), pairs)).toEqual({
      correct: 0,
      total: 1,
      wrong: [{ quote: '„…“', gold: 'Merz', found: 'am Mo' }],
    });
    expect(sourceHits(gold, () => undefined, pairs)).toEqual({
      correct: 0,
      total: 1,
      wrong: [{ quote: '„…“', gold: 'Merz', found: undefined }],
    });
  });
});
