import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalizeText } from '@shared/text/canonicalText';
import { trickyText } from './textArbitraries';

describe('canonicalizeText', () => {
  it.each([
    ['plain text stays', 'Wladimir Putin', 'Wladimir Putin'],
    ['a leading BOM is removed', '\uFEFFStraße', 'Straße'],
    ['only one leading BOM is removed', '\uFEFF\uFEFFa', '\uFEFFa'],
    ['a BOM inside the text stays', 'a\uFEFFb', 'a\uFEFFb'],
    ['CRLF becomes LF', 'a\r\nb\r\n', 'a\nb\n'],
    ['a lone CR becomes LF', 'a\rb\r', 'a\nb\n'],
    ['CR CR LF becomes two LF', 'a\r\r\nb', 'a\n\nb'],
    ['NFD umlaut becomes NFC', 'Mu\u0308ller', 'Müller'],
    ['blank lines and final newline stay', '\n\nAbsatz\n\n', '\n\nAbsatz\n\n'],
    ['leading and trailing spaces stay', '  „Kim Jong-un“ \t', '  „Kim Jong-un“ \t'],
    ['emoji with skin tone stays', '👍🏽\r\n😀', '👍🏽\n😀'],
    ['empty text stays empty', '', ''],
  ])('%s', (_name, input, expected) => {
    expect(canonicalizeText(input)).toBe(expected);
  });

  it('is idempotent and leaves no CR', () => {
    fc.assert(
      fc.property(trickyText(), (text) => {
        const once = canonicalizeText(text);
        expect(canonicalizeText(once)).toBe(once);
        expect(once).not.toContain('\r');
        expect(once.normalize('NFC')).toBe(once);
      }),
    );
  });
});
