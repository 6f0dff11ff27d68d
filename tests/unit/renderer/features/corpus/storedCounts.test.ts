import { describe, expect, it } from 'vitest';
import type { CorpusEntry } from '@shared/ipc/methods/corpusMethods';
import { largestStoredTotal, storedCountsOf } from '../../../../../renderer/features/corpus/storedCounts';

const entry = (n: number, labelCounts: CorpusEntry['labelCounts']): CorpusEntry => ({
  id: `sha256:${n.toString(16).padStart(64, '0')}`,
  title: n % 2 === 0 ? `Mu\u0308ller ${n} 😀` : `Meldung ${n}`,
  source: `m${n}.txt`,
  encoding: 'utf-8',
  status: 'new',
  builtin: false,
  characters: 100,
  labelCounts,
  createdAt: '2026-12-06T10:00:00.000Z',
});

describe('storedCountsOf', () => {
  it('reads an entry’s counts once, as a prototype-free record, and null when unknown', () => {
    const e = entry(1, [{ label: 'claim', count: 2 }, { label: 'constructor', count: 1 }, { label: 'claim', count: 1 }]);
    const counts = storedCountsOf(e);
    expect(counts).toEqual({ claim: 3, constructor: 1 });
    expect(Object.getPrototypeOf(counts)).toBeNull();
    expect(storedCountsOf(e)).toBe(counts);
    expect(storedCountsOf(entry(2, null))).toBeNull();
  });
});

describe('largestStoredTotal', () => {
  const documents = [entry(1, [{ label: 'claim', count: 4 }]), entry(2, [{ label: 'actor', count: 3 }, { label: 'date', count: 6 }]), entry(3, null), entry(4, [{ label: 'quote', count: 7 }])];
  it.each([
    ['another document is open', entry(9, []).id, 9],
    ['the largest is the open one (its live counts count instead)', documents[1]!.id, 7],
    ['a smaller one is open', documents[0]!.id, 9],
  ])('gives the largest other total when %s', (_, openId, largest) => {
    expect(largestStoredTotal(documents, openId)).toBe(largest);
  });
  it('is 0 for an empty list or one without known counts', () => {
    expect(largestStoredTotal([], 'x')).toBe(0);
    expect(largestStoredTotal([entry(5, null), entry(6, [])], 'x')).toBe(0);
  });
  it('keeps the second largest when two share the largest total', () => {
    const tied = [entry(1, [{ label: 'claim', count: 5 }]), entry(2, [{ label: 'claim', count: 5 }])];
    expect(largestStoredTotal(tied, tied[0]!.id)).toBe(5);
  });
});
