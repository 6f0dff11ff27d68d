import { describe, expect, it } from 'vitest';
import { suggestAll } from '@shared/assist/suggestAll';
import { BUILTIN_ARTICLE_TEXT } from '@shared/corpus/builtinArticle';
import { codePointSlice } from '@shared/text/offsetConverter';

describe('suggestAll', () => {
  it('gives code-point offsets whose slice is the suggestion text, after an emoji and in NFD text', () => {
    const text = '😀😀 „Wir feiern lange“, sagte Jürgen Mo\u0308rike am Sonntag.';
    const { annotations, relations } = suggestAll({ text });
    expect(annotations.map((a) => `${a.label}:${a.text}`)).toEqual(['quote:„Wir feiern lange“', 'actor:Jürgen Mo\u0308rike', 'date:am Sonntag']);
    for (const a of annotations) expect(codePointSlice(text, a.start, a.end)).toBe(a.text);
    expect(annotations[0]?.start).toBe(3);
    expect(relations).toEqual([{ id: expect.any(String), type: 'source', from: annotations[0]?.id, to: annotations[1]?.id }]);
  });

  it('drops a suggestion that overlaps my tag of its label, and its relation', () => {
    const text = '„Wir feiern lange“, sagte Anna Krüger.';
    const { annotations, relations } = suggestAll({ text, existing: [{ label: 'actor', start: 30, end: 36 }] });
    expect(annotations.map((a) => a.label)).toEqual(['quote']);
    expect(relations).toEqual([]);
  });

  it('never suggests a string I rejected with that label, and learns what I tagged elsewhere', () => {
    const text = 'Am Montag kam Nebensja. Die Agentur KCNA schwieg.';
    const { annotations } = suggestAll({ text, learned: [{ label: 'actor', text: 'Nebensja' }], rejected: [{ label: 'actor', text: 'KCNA' }, { label: 'date', text: 'Am Montag' }] });
    expect(annotations.map((a) => `${a.suggester}:${a.text}`)).toEqual(['learned:Nebensja']);
  });

  it('is deterministic with stable ids, sorted by position', () => {
    const first = suggestAll({ text: BUILTIN_ARTICLE_TEXT });
    expect(suggestAll({ text: BUILTIN_ARTICLE_TEXT })).toEqual(first);
    const starts = first.annotations.map((a) => a.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(new Set(first.annotations.map((a) => a.id)).size).toBe(first.annotations.length);
    expect(first.annotations.some((a) => a.label === 'quote')).toBe(true);
  });
});
