import { describe, expect, it } from 'vitest';
import { parseGoldMarkup } from '../../../../scripts/eval/parseGoldMarkup';

describe('parseGoldMarkup', () => {
  it('strips the markup and gives nested spans in code points, after an emoji and in NFD text', () => {
    const gold = parseGoldMarkup('😀 {{quote>k1:„Wir kommen {{date:am Montag}}“}}, sagte {{actor=k1:Jürgen Mo\u0308rike}}.');
    expect(gold.text).toBe('😀 „Wir kommen am Montag“, sagte Jürgen Mo\u0308rike.');
    expect(gold.spans).toEqual([
      { label: 'quote', start: 2, end: 24, text: '„Wir kommen am Montag“', sourceOf: 'k1' },
      { label: 'date', start: 14, end: 23, text: 'am Montag' },
      { label: 'actor', start: 32, end: 46, text: 'Jürgen Mo\u0308rike', mention: 'k1' },
    ]);
  });

  it.each([
    ['an unclosed span', 'a {{date:b', /unclosed "\{\{date"/],
    ['a stray closer', 'a }} b', /unmatched "}}" at character 2/],
    ['a header without a label', 'a {{:b}}', /malformed gold markup at character 2/],
  ])('rejects %s with a message naming the place', (_name, markup, message) => {
    expect(() => parseGoldMarkup(markup)).toThrow(message);
  });
});
