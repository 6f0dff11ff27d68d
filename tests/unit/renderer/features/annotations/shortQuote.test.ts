import { describe, expect, it } from 'vitest';
import { shortQuote } from '../../../../../renderer/features/annotations/shortQuote';

describe('shortQuote', () => {
  it('cuts every text as the grapheme segmenter does (the fast path for plain text agrees)', () => {
    const segmenter = new Intl.Segmenter('de', { granularity: 'grapheme' });
    const bySegmenter = (text: string, max: number) => {
      const one = text.replace(/\s+/g, ' ');
      const all = [...segmenter.segment(one)].map((s) => s.segment);
      return all.length > max ? `${all.slice(0, max - 1).join('')}…` : one;
    };
    const pieces = ['a', 'ß', 'Ä', 'u\u0308', ' ', '„', '“', '–', '😀', '👍🏽', '\u200D', '€', 'é', 'x'];
    for (let seed = 1; seed < 400; seed++) {
      let text = '';
      for (let i = 0, s = seed; i < 4 + (seed % 9); i++, s = (s * 31 + 7) % 1009) text += pieces[s % pieces.length];
      for (const max of [2, 3, 5, 8]) expect(shortQuote(text, max), JSON.stringify(text)).toBe(bySegmenter(text, max));
    }
  });

  it.each([
    ['short text stays', 'Anna kommt.', 60, 'Anna kommt.'],
    ['whitespace becomes one space', 'Anna\n  kommt\tmorgen', 60, 'Anna kommt morgen'],
    ['cut at a grapheme, with an ellipsis', 'abcdefghij', 5, 'abcd…'],
    ['an NFD umlaut is never split', 'Mu\u0308ller sagt', 3, 'Mu\u0308…'],
    ['an emoji with skin tone is never split', '👍🏽👍🏽👍🏽👍🏽', 3, '👍🏽👍🏽…'],
    ['exactly max graphemes in more UTF-16 units stay whole', '😀😀😀', 3, '😀😀😀'],
    ['German quotes and umlauts are cut by units', '„Größe“ – Maß', 5, '„Grö…'],
    ['a combining mark right after the cut stays with its letter', 'abcdu\u0308x', 5, 'abcd…'],
    ['a combining mark that makes exactly max graphemes keeps the text whole', 'abcdu\u0308', 5, 'abcdu\u0308'],
    ['an emoji just past the cut does not change it', 'abcdef😀', 5, 'abcd…'],
    ['an emoji inside the kept part is never split', 'ab😀cdefgh', 4, 'ab😀…'],
    ['a ZWJ sequence right at the cut stays whole', 'abc👩\u200D💻defg', 5, 'abc👩\u200D💻…'],
  ])('%s', (_name, text, max, expected) => {
    expect(shortQuote(text, max)).toBe(expected);
  });
});
