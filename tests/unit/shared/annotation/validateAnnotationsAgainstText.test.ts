import { describe, expect, it } from 'vitest';
import { validateAnnotationsAgainstText } from '@shared/annotation/validateAnnotationsAgainstText';
import { ARTICLE, MIXED, annotate } from './fixtures';

describe('validateAnnotationsAgainstText', () => {
  const putin = annotate(MIXED, 'Putin', 'actor', 'p');
  const mueller = annotate(MIXED, 'Mu\u0308ller', 'actor', 'm');
  const moskau = annotate(MIXED, 'Moskau', 'actor', 'k');

  it('finds no problem with spans made from the text (emoji before, NFD umlaut, end of text)', () => {
    const last = { ...annotate(MIXED, 'Moskau.', 'actor', 'z') };
    expect(last.end).toBe(Array.from(MIXED).length);
    expect(validateAnnotationsAgainstText(MIXED, [putin, mueller, moskau, last])).toEqual([]);
  });

  it('accepts "Wladimir Putin" at code points 278–292 of the article', () => {
    const a = { id: 'w', label: 'actor', start: 278, end: 292, text: 'Wladimir Putin', annotator: 't' };
    expect(validateAnnotationsAgainstText(ARTICLE, [a])).toEqual([]);
  });

  it.each([
    { name: 'UTF-16 offsets where code points were expected', patch: { start: putin.start + 1, end: putin.end + 1 }, kind: 'text-mismatch' },
    { name: 'an NFC quote over NFD text', patch: { text: 'Müller' }, base: 'm', kind: 'text-mismatch' },
    { name: 'a span past the end', patch: { start: 40, end: 60 }, kind: 'out-of-range' },
    { name: 'a negative start', patch: { start: -1 }, kind: 'out-of-range' },
    { name: 'an empty span', patch: { end: putin.start }, kind: 'out-of-range' },
  ])('reports $name as $kind', ({ patch, base, kind }) => {
    const a = { ...(base === 'm' ? mueller : putin), ...patch };
    const problems = validateAnnotationsAgainstText(MIXED, [moskau, a]);
    expect(problems).toEqual([expect.objectContaining({ index: 1, id: a.id, kind })]);
  });

  it('reports duplicate ids and keeps listing every problem', () => {
    const problems = validateAnnotationsAgainstText(MIXED, [putin, { ...mueller, id: 'p' }, { ...moskau, text: 'x' }]);
    expect(problems.map((p) => [p.index, p.kind])).toEqual([[1, 'duplicate-id'], [2, 'text-mismatch']]);
  });
});
