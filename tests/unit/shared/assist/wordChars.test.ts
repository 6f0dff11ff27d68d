import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { snapToWords, withNfdUmlauts } from '@shared/assist/wordChars';

/** Sources with umlauts outside, inside and in negated character classes, as the rules write them. */
const SOURCES = [
  'März', '[a-zäöü]erei', '[a-zß]bund', '[^ä]+', '[äöü]{2}', '(?:Gr[üu]ne|Ö[a-z]+)', 'x[^öÜ]y', '[\\]ä]', '\\[ä\\]', '[a-z]+',
];
const ALPHABET = ['a', 'ä', 'o', 'ö', 'u', 'ü', 'Ä', 'Ö', 'Ü', 'U', 'z', 'ß', 'e', 'r', 'i', 'b', 'n', 'd', 'M', 'x', 'y', '(', '|', ':', '?', ']', '[', '😀'];

describe('withNfdUmlauts', () => {
  it('matches the NFD spelling of a text exactly when the plain pattern matches its NFC spelling, also inside classes', () => {
    fc.assert(fc.property(
      fc.constantFrom(...SOURCES), fc.array(fc.constantFrom(...ALPHABET), { maxLength: 8 }), fc.constantFrom('u', 'iu'),
      (source, chars, flags) => {
        const text = chars.join('');
        const plain = new RegExp(`^(?:${source})$`, flags).test(text.normalize('NFC'));
        const rewritten = new RegExp(`^(?:${withNfdUmlauts(source)})$`, flags);
        expect(rewritten.test(text.normalize('NFD'))).toBe(plain);
        expect(rewritten.test(text.normalize('NFC'))).toBe(plain);
      },
    ), { numRuns: 3000 });
  });

  it.each([
    ['a class stays a class: no bracket, bar or colon of the rewrite is matched', '[a-zäöü]erei', ['(erei', '|erei', ':erei', '?erei'], ['Bäckerei', 'Ba\u0308ckerei', 'Brauerei']],
    ['a negated class refuses an NFD umlaut', '^[^ä]+$', ['Ma\u0308rz', 'März'], ['Mai 😀', 'Mo\u0308rike']],
  ])('%s', (_name, source, refused, matched) => {
    const pattern = new RegExp(withNfdUmlauts(source), 'u');
    for (const text of refused) expect(pattern.test(text), text).toBe(false);
    for (const text of matched) expect(pattern.test(text), text).toBe(true);
  });
});

describe('snapToWords', () => {
  it('widens a range to whole words and keeps an NFD umlaut with its base letter', () => {
    const text = 'Am Mu\u0308nchner Dienstag 😀';
    expect(snapToWords(text, 4, 6)).toEqual({ start: 3, end: 12 });
    expect(snapToWords(text, 13, 19)).toEqual({ start: 13, end: 21 });
  });
});
