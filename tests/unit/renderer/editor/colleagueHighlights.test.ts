import { describe, expect, it } from 'vitest';
import type { Annotation } from '@shared/annotation/annotation';
import { colleagueLanes } from '../../../../renderer/editor/colleagueHighlights';

const span = (id: string, start: number, end: number): Annotation => ({ id, label: 'actor', start, end, text: 'x'.repeat(end - start), annotator: 'jonas' });

describe('colleagueLanes', () => {
  it('puts a span nested in another on the second lane and separate spans on the first', () => {
    // The claim 1824–1941 with the actor NIS 1873–1876 inside it (jonas's file), then a later span.
    const lanes = colleagueLanes([span('nis', 1873, 1876), span('claim', 1824, 1941), span('later', 1972, 2077)]);
    expect(Object.fromEntries(lanes)).toEqual({ claim: 0, nis: 1, later: 0 });
  });

  it('touching spans share a lane (end is exclusive); deeper nesting reuses the second lane', () => {
    const lanes = colleagueLanes([span('a', 0, 5), span('b', 5, 9), span('outer', 10, 40), span('mid', 12, 30), span('inner', 14, 20)]);
    expect(Object.fromEntries(lanes)).toEqual({ a: 0, b: 0, outer: 0, mid: 1, inner: 1 });
  });
});
