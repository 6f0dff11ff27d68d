import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  codePointLength,
  codePointSlice,
  createOffsetConverter,
  isInsideSurrogatePair,
} from '@shared/text/offsetConverter';
import { trickyText } from './textArbitraries';

/** Reference: the UTF-16 index where each code point starts, plus text.length at the end. */
function codePointStarts(text: string): number[] {
  const starts: number[] = [];
  let index = 0;
  for (const char of text) {
    starts.push(index);
    index += char.length;
  }
  starts.push(index);
  return starts;
}

describe('createOffsetConverter', () => {
  it.each([
    // text, UTF-16 index, code point
    ['Wladimir Putin', 9, 9],
    ['„Wladimir Putin“', 16, 16],
    ['Straße', 6, 6],
    ['😀 Putin', 2, 1],
    ['😀 Putin', 8, 7],
    ['a👍🏽b', 1, 1],
    ['a👍🏽b', 3, 2],
    ['a👍🏽b', 5, 3],
    ['a👍🏽b', 6, 4],
    ['Mu\u0308ller', 3, 3],
    ['Mu\u0308ller', 7, 7],
    ['😀😀😀', 6, 3],
    ['', 0, 0],
  ])('%j: UTF-16 %i <-> code point %i', (text, utf16, cp) => {
    const converter = createOffsetConverter(text);
    expect(converter.utf16ToCodePoint(utf16)).toBe(cp);
    expect(converter.codePointToUtf16(cp)).toBe(utf16);
  });

  it.each([
    ['a😀b', 2, 1],
    ['👍🏽', 1, 0],
    ['👍🏽', 3, 1],
    ['😀😀😀', 5, 2],
  ])('maps an index inside a surrogate pair of %j (%i) to that pair’s code point %i', (text, utf16, cp) => {
    expect(isInsideSurrogatePair(text, utf16)).toBe(true);
    expect(createOffsetConverter(text).utf16ToCodePoint(utf16)).toBe(cp);
  });

  it('counts a lone surrogate as one code point', () => {
    const text = 'a\uD83Db\uDE00c';
    const converter = createOffsetConverter(text);
    expect(converter.codePointLength).toBe(5);
    expect(converter.utf16ToCodePoint(3)).toBe(3);
    expect(converter.codePointToUtf16(5)).toBe(5);
  });

  it('reports the code point length', () => {
    expect(createOffsetConverter('Daumen 👍🏽!').codePointLength).toBe(10);
    expect(createOffsetConverter('Mu\u0308ller').codePointLength).toBe(7);
  });

  it.each([-1, 4, 1.5, Number.NaN])('rejects the out-of-range index %s', (index) => {
    const converter = createOffsetConverter('a😀');
    expect(() => converter.utf16ToCodePoint(index)).toThrow(RangeError);
  });

  it.each([-1, 3, 0.5])('rejects the out-of-range code point %s', (cp) => {
    expect(() => createOffsetConverter('a😀').codePointToUtf16(cp)).toThrow(RangeError);
  });

  it('round-trips every code-point-aligned index and agrees with Array.from', () => {
    fc.assert(
      fc.property(trickyText(), (text) => {
        const converter = createOffsetConverter(text);
        const starts = codePointStarts(text);
        expect(converter.codePointLength).toBe(Array.from(text).length);
        starts.forEach((utf16, cp) => {
          expect(converter.utf16ToCodePoint(utf16)).toBe(cp);
          expect(converter.codePointToUtf16(cp)).toBe(utf16);
        });
      }),
    );
  });

  it('maps every index inside a pair to the pair’s own code point', () => {
    fc.assert(
      fc.property(trickyText(), (text) => {
        const converter = createOffsetConverter(text);
        for (let i = 0; i <= text.length; i++) {
          const cp = converter.utf16ToCodePoint(i);
          const back = converter.codePointToUtf16(cp);
          expect(back).toBe(isInsideSurrogatePair(text, i) ? i - 1 : i);
        }
      }),
    );
  });

  it('converts 10k offsets in a 1M-character text with many emoji quickly', () => {
    const text = 'Straße 😀 „Putin“ 👍🏽 Mu\u0308ller\n'.repeat(32_000).slice(0, 1_000_000);
    const converter = createOffsetConverter(text);
    const starts = codePointStarts(text);
    for (let k = 0; k < 10_000; k++) {
      const cp = (k * 7919) % starts.length;
      expect(converter.codePointToUtf16(cp)).toBe(starts[cp]);
      expect(converter.utf16ToCodePoint(starts[cp] as number)).toBe(cp);
    }
  });
});

describe('codePointLength', () => {
  it.each([
    ['', 0],
    ['Straße', 6],
    ['😀', 1],
    ['👍🏽', 2],
    ['Mu\u0308ller', 7],
    ['\uD83D', 1],
    // Lone halves around a pair, a high one before a pair, a pair at the very end: pairs are found left to right, never overlapping.
    ['a\uD800\uD83D\uDE00\uDC00b\uD83D', 6],
    ['\uD83D\uD83D\uDE00', 2],
    ['\uDE00\uD83D\uDE00\uDE00', 3],
    ['x😀', 2],
  ])('%j has %i code points', (text, expected) => {
    expect(codePointLength(text)).toBe(Array.from(text).length);
    expect(codePointLength(text)).toBe(expected);
  });
});

describe('codePointSlice', () => {
  it.each([
    ['Kim Jong-un', 4, 11, 'Jong-un'],
    ['😀 „Wladimir Putin“', 3, 17, 'Wladimir Putin'],
    ['a👍🏽b', 1, 3, '👍🏽'],
    ['a👍🏽b', 1, 2, '👍'],
    ['Mu\u0308ller', 1, 3, 'u\u0308'],
    ['Straße', 4, 99, 'ße'],
    ['Straße', 6, 6, ''],
    ['Straße', 5, 2, ''],
    ['😀', 1, 2, ''],
  ])('%j [%i, %i) is %j', (text, start, end, expected) => {
    expect(codePointSlice(text, start, end)).toBe(expected);
  });

  it.each([
    [-1, 2],
    [0, -1],
    [0.5, 2],
  ])('rejects the range %s..%s', (start, end) => {
    expect(() => codePointSlice('abc', start, end)).toThrow(RangeError);
  });

  it('stays right when switching between more texts than it remembers', () => {
    const texts = ['😀a', 'a😀', 'Mu\u0308ller', '👍🏽b', 'Straße', '😀😀x'];
    for (let round = 0; round < 3; round++) {
      for (const text of texts) expect(codePointSlice(text, 1, 3)).toBe(Array.from(text).slice(1, 3).join(''));
    }
  });

  it('agrees with Array.from(text).slice(start, end).join("")', () => {
    fc.assert(
      fc.property(trickyText(), fc.nat({ max: 70 }), fc.nat({ max: 70 }), (text, start, end) => {
        expect(codePointSlice(text, start, end)).toBe(Array.from(text).slice(start, end).join(''));
      }),
    );
  });
});
