import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalOffsets } from '@shared/text/canonicalOffsets';
import { canonicalizeText } from '@shared/text/canonicalText';
import { codePointLength, codePointSlice } from '@shared/text/offsetConverter';
import { trickyText } from './textArbitraries';

/** The code-point range of `quote` in `text` (its first occurrence). */
function rangeOf(text: string, quote: string): [number, number] {
  const start = codePointLength(text.slice(0, text.indexOf(quote)));
  return [start, start + codePointLength(quote)];
}

describe('canonicalOffsets', () => {
  it.each([
    ['CRLF before the span', 'Zeile eins\r\nZeile zwei: Putin sagte', 'Putin'],
    ['lone CR before the span', 'Zeile eins\rPutin sagte', 'Putin'],
    ['a BOM before the span', '\uFEFFPutin sagte', 'Putin'],
    ['an emoji and an NFD umlaut before the span', 'Gut 👍🏽 Mu\u0308ller\r\nund Putin', 'Putin'],
    ['an NFD umlaut inside the span', 'Herr Mu\u0308ller sagte', 'Mu\u0308ller'],
    ['an NFD umlaut at the span end', 'Das Wort Mu\u0308 endet', 'Mu\u0308'],
    ['the span ends at CR LF', 'Putin\r\nsagte', 'Putin\r\n'],
  ])('%s: the mapped span reads the canonical form of the quote', (_name, text, quote) => {
    const [start, end] = rangeOf(text, quote);
    const result = canonicalOffsets(text, [start, end]);
    expect(result.unmappable.size).toBe(0);
    expect(result.text).toBe(canonicalizeText(text));
    expect(codePointSlice(result.text, result.mapped.get(start)!, result.mapped.get(end)!)).toBe(quote.replace(/\r\n?/g, '\n').normalize('NFC'));
  });

  it.each([
    ['between CR and LF', 'eins\r\nzwei', 5, 'inside-line-break'],
    ['between u and its combining diaeresis', 'Mu\u0308ller', 2, 'inside-composed-character'],
    ['between a Hangul leading and vowel jamo', 'x\u1100\u1161y', 2, 'inside-composed-character'],
  ] as const)('an offset %s is refused, not guessed', (_name, text, offset, reason) => {
    const result = canonicalOffsets(text, [0, offset]);
    expect(result.unmappable.get(offset)).toBe(reason);
    expect(result.mapped.has(offset)).toBe(false);
  });

  it('says what changed: BOM, line ends and NFC', () => {
    expect(canonicalOffsets('\uFEFFa\r\nb\rMu\u0308ller', []).changes).toEqual({ bom: true, lineEnds: 2, nfc: true });
    expect(canonicalOffsets('schon kanonisch 😀', [3]).changes).toEqual({ bom: false, lineEnds: 0, nfc: false });
  });

  it('a BOM inside the text stays, and offsets after it keep their place', () => {
    const result = canonicalOffsets('a\r\n\uFEFFb', [3, 4]);
    expect(result.text).toBe('a\n\uFEFFb');
    expect([result.mapped.get(3), result.mapped.get(4)]).toEqual([2, 3]);
  });

  it('every mapped offset cuts the canonical text exactly where it cuts the original (property)', () => {
    fc.assert(
      fc.property(
        trickyText(40).chain((text) => fc.tuple(fc.constant(text), fc.array(fc.nat({ max: codePointLength(text) }), { maxLength: 6 }))),
        ([text, offsets]) => {
          const result = canonicalOffsets(text, offsets);
          const length = codePointLength(text);
          for (const [offset, at] of result.mapped) {
            const before = canonicalizeText(codePointSlice(text, 0, offset));
            const after = codePointSlice(text, offset, length).replace(/\r\n?/g, '\n').normalize('NFC');
            expect(codePointSlice(result.text, 0, at)).toBe(before);
            expect(codePointSlice(result.text, at, codePointLength(result.text))).toBe(after);
          }
          expect(result.mapped.size + result.unmappable.size).toBe(new Set(offsets).size);
        },
      ),
      { numRuns: 500 },
    );
  });
});
