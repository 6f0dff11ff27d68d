import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { enclosingSegment, isSafeBoundary, type Granularity } from '@shared/text/enclosingSegment';
import { trickyText } from './textArbitraries';

const segmenters: Record<Granularity, Intl.Segmenter> = {
  grapheme: new Intl.Segmenter('de', { granularity: 'grapheme' }),
  word: new Intl.Segmenter('de', { granularity: 'word' }),
};

/** Reference: segment the whole text and look the index up. */
function wholeTextSegment(text: string, index: number, granularity: Granularity) {
  for (const s of segmenters[granularity].segment(text)) {
    const end = s.index + s.segment.length;
    if (s.index === index) return null;
    if (s.index < index && index < end) return { start: s.index, end, isWordLike: s.isWordLike === true };
  }
  return null;
}

describe.each(['grapheme', 'word'] as const)('enclosingSegment (%s)', (granularity) => {
  it('finds the same segment as segmenting the whole text, for every index', () => {
    fc.assert(
      fc.property(trickyText(80), (text) => {
        for (let i = 0; i <= text.length; i++) {
          expect(enclosingSegment(segmenters[granularity], text, i, granularity)).toEqual(
            wholeTextSegment(text, i, granularity),
          );
        }
      }),
      { numRuns: 300 },
    );
  });

  it('treats every safe boundary as a real boundary', () => {
    fc.assert(
      fc.property(trickyText(80), (text) => {
        for (let i = 0; i <= text.length; i++) {
          if (isSafeBoundary(text, i, granularity)) expect(wholeTextSegment(text, i, granularity)).toBeNull();
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('enclosingSegment cases', () => {
  it.each([
    // text, index, granularity, expected [start, end] or null
    ['a👍🏽b', 3, 'grapheme', [1, 5]],
    ['a👍🏽b', 2, 'grapheme', [1, 5]],
    ['a👍🏽b', 1, 'grapheme', null],
    ['x👨\u200D👩\u200D👧y', 4, 'grapheme', [1, 9]],
    ['🇩🇪🇫🇷', 4, 'grapheme', null],
    ['🇩🇪🇫🇷', 6, 'grapheme', [4, 8]],
    ['Mu\u0308ller', 2, 'grapheme', [1, 3]],
    ['Straße', 3, 'word', [0, 6]],
    ['Kim Jong-un', 6, 'word', [4, 8]],
    ['Kim Jong-un', 8, 'word', null],
    ['„Wladimir Putin“', 1, 'word', null],
  ] as const)('%j at %i (%s) -> %j', (text, index, granularity, expected) => {
    const segment = enclosingSegment(segmenters[granularity], text, index, granularity);
    expect(segment && [segment.start, segment.end]).toEqual(expected);
  });
});
