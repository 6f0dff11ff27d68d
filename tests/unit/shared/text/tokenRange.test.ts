import { describe, expect, it } from 'vitest';
import { tokenizeGerman } from '@shared/text/germanTokenizer';
import { tokenRange } from '@shared/text/tokenRange';

describe('tokenRange', () => {
  const text = '😀 Mu\u0308ller sagte  „Ja“.';
  const tokens = tokenizeGerman(text);

  it.each([
    ['the emoji alone', 0, 2, { first: 0, last: 0 }],
    ['part of the NFD word', 4, 6, { first: 1, last: 1 }],
    ['from the space before a word to the middle of the next', 2, 12, { first: 1, last: 2 }],
    ['the quote with its marks and the final point', 18, 23, { first: 3, last: 6 }],
    ['white space only', 16, 18, undefined],
    ['past the last token', 23, 23, undefined],
  ])('%s', (_name, start, end, expected) => {
    expect(tokenRange(tokens, start, end)).toEqual(expected);
  });
});
