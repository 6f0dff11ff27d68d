import { describe, expect, it } from 'vitest';
import { mergeIntoMySet } from '../../../../../electron/node/datasets/mergeIntoMySet';
import type { Annotation } from '../../../../../shared/annotation/annotation';

const text = 'Der 👍🏽 Kanzler u\u0308berrascht';
const span = (id: string, label: string, start: number, end: number): Annotation => ({ id, label, start, end, text: Array.from(text).slice(start, end).join(''), annotator: 'me' });

describe('mergeIntoMySet', () => {
  const stored = [span('s1', 'actor', 7, 14), span('s2', 'claim', 0, 3)];

  it('adds only what is new and keeps the set in text order', () => {
    const merged = mergeIntoMySet(stored, [span('i1', 'claim', 15, 26), span('s1', 'actor', 7, 14)]);
    expect(merged.added).toBe(1);
    expect(merged.annotations.map((a) => a.id)).toEqual(['s2', 's1', 'i1']);
    expect(merged.conflicts).toEqual([]);
  });

  it('skips an annotation with another id on the same span and label (the same tag, imported twice)', () => {
    const merged = mergeIntoMySet(stored, [span('other-id', 'actor', 7, 14)]);
    expect(merged.added).toBe(0);
    expect(merged.annotations).toEqual(stored);
  });

  it('reports an id taken by another span or label and keeps the stored annotation', () => {
    const moved = span('s1', 'actor', 4, 14);
    const merged = mergeIntoMySet(stored, [moved, span('s2', 'quote', 0, 3)]);
    expect(merged.added).toBe(0);
    expect(merged.annotations).toEqual(stored);
    expect(merged.conflicts.map((c) => [c.imported.id, c.stored.start, c.stored.label])).toEqual([['s1', 7, 'actor'], ['s2', 0, 'claim']]);
  });

  it('does not add the same new annotation twice from one import', () => {
    const merged = mergeIntoMySet([], [span('n', 'date', 15, 26), span('n2', 'date', 15, 26)]);
    expect(merged.added).toBe(1);
  });
});
