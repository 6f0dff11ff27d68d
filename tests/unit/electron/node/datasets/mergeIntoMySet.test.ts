import { describe, expect, it } from 'vitest';
import { mergeIntoMySet } from '../../../../../electron/node/datasets/mergeIntoMySet';
import type { Annotation } from '@shared/annotation/annotation';

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

  const rel = (id: string, type: string, from: string, to: string) => ({ id, type, from, to, annotator: 'me' });

  it('moves an imported relation onto the stored twin of its end and skips one already stored', () => {
    const imported = [span('i-claim', 'claim', 0, 3), span('i-actor', 'actor', 7, 14), span('i-new', 'claim', 15, 26)];
    const merged = mergeIntoMySet(stored, imported, [rel('r0', 'source', 's2', 's1')], [rel('r1', 'source', 'i-claim', 'i-actor'), rel('r2', 'target', 'i-new', 'i-actor')]);
    expect(merged.relationsAdded).toBe(1);
    // Counted, so the import summary can say so: the relation was in my set already.
    expect(merged.relationsKept).toBe(1);
    expect(merged.relations.map((r) => [r.id, r.type, r.from, r.to])).toEqual([['r0', 'source', 's2', 's1'], ['r2', 'target', 'i-new', 's1']]);
    expect(merged.relationsDropped).toEqual([]);
  });

  it('drops (and returns) a relation whose end was a conflict or whose label pair its type does not allow, keeping the stored ones', () => {
    const merged = mergeIntoMySet(stored, [span('s1', 'actor', 4, 14), span('n', 'date', 15, 26), span('q', 'claim', 0, 3)], [rel('r0', 'source', 's2', 's1')], [rel('r1', 'source', 'q', 's1'), rel('r2', 'time', 'n', 'q')]);
    expect(merged.relations.map((r) => r.id)).toEqual(['r0']);
    expect(merged.relationsDropped.map((r) => r.id)).toEqual(['r1', 'r2']);
  });
});
