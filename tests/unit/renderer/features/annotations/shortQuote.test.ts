import { describe, expect, it } from 'vitest';
import { shortQuote } from '../../../../../renderer/features/annotations/shortQuote';

describe('shortQuote', () => {
  it.each([
    ['short text stays', 'Anna kommt.', 60, 'Anna kommt.'],
    ['whitespace becomes one space', 'Anna\n  kommt\tmorgen', 60, 'Anna kommt morgen'],
    ['cut at a grapheme, with an ellipsis', 'abcdefghij', 5, 'abcd…'],
    ['an NFD umlaut is never split', 'Mu\u0308ller sagt', 3, 'Mu\u0308…'],
    ['an emoji with skin tone is never split', '👍🏽👍🏽👍🏽👍🏽', 3, '👍🏽👍🏽…'],
    ['exactly max graphemes in more UTF-16 units stay whole', '😀😀😀', 3, '😀😀😀'],
  ])('%s', (_name, text, max, expected) => {
    expect(shortQuote(text, max)).toBe(expected);
  });
});
