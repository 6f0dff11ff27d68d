import { describe, expect, it } from 'vitest';
import { createUniqueIds } from '../../../../../electron/node/datasets/uniqueAnnotationIds';
import type { Annotation } from '@shared/annotation/annotation';

const a = (id: string, annotator: string, start = 0): Annotation => ({ id, label: 'actor', start, end: start + 2, text: 'x', annotator });

describe('createUniqueIds', () => {
  it('keeps first ids, writes an exact duplicate once, renames a different annotation with a taken id', () => {
    const ids = createUniqueIds();
    expect(ids.take('d1', a('a1', 'kim'))).toEqual({ annotation: a('a1', 'kim') });
    expect(ids.take('d1', a('a1', 'kim'))).toEqual({ annotation: undefined });
    expect(ids.take('d1', a('a1', 'ana'))).toEqual({ annotation: { ...a('a1', 'ana'), id: 'a1~ana' }, renamed: 'a1~ana' });
    expect(ids.take('d2', a('a1', 'ana'))).toEqual({ annotation: { ...a('a1', 'ana'), id: 'a1~ana~2' }, renamed: 'a1~ana~2' });
    expect(ids.take('d1', a('a1', 'ana')).annotation).toBeUndefined();
  });

  it.each([
    ['a label and an annotator that run into each other', { label: 'ab', annotator: 'c' }, { label: 'a', annotator: 'bc' }],
    ['a note left out and an empty note', { note: undefined }, { note: '' }],
    ['start and end that read alike side by side', { start: 1, end: 23 }, { start: 12, end: 23 }],
    ['an NFD and an NFC umlaut in the annotator', { annotator: 'Mu\u0308ller' }, { annotator: 'Müller' }],
  ])('keeps two annotations with one id apart when only %s', (_name, first, second) => {
    const ids = createUniqueIds();
    const base = { ...a('a1', 'kim'), end: 30 };
    expect(ids.take('d1', { ...base, ...first }).annotation).toBeDefined();
    expect(ids.take('d1', { ...base, ...second }).renamed).toMatch(/^a1~/);
  });
});
