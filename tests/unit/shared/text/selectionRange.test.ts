import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  normalizeSelection,
  quoteContext,
  snapToGraphemes,
  snapToWords,
  trimRange,
} from '@shared/text/selectionRange';
import { textWithRange } from './textArbitraries';

const graphemes = new Intl.Segmenter('de', { granularity: 'grapheme' });
const words = new Intl.Segmenter('de', { granularity: 'word' });

/** Reference: all grapheme boundaries of the whole text. */
function graphemeBoundaries(text: string): Set<number> {
  const boundaries = new Set([text.length]);
  for (const s of graphemes.segment(text)) boundaries.add(s.index);
  return boundaries;
}

/** Reference: true when `index` lies strictly inside a word-like segment of the whole text. */
function cutsIntoWord(text: string, index: number): boolean {
  for (const s of words.segment(text)) {
    if (s.isWordLike && s.index < index && index < s.index + s.segment.length) return true;
  }
  return false;
}

const family = '👨\u200D👩\u200D👧';

describe('trimRange', () => {
  it.each([
    ['  Putin  ', 0, 9, 2, 7],
    [' \n „Wladimir Putin“\n', 0, 20, 3, 19],
    ['\u00A0Straße\u00A0', 0, 8, 1, 7],
    ['😀 ', 0, 3, 0, 2],
    [' Mu\u0308ller ', 0, 9, 1, 8],
    ['Kim\n\nJong-un', 0, 12, 0, 12],
    ['a   b', 1, 4, 4, 4],
    ['', 0, 0, 0, 0],
  ])('%j [%i, %i) -> [%i, %i)', (text, start, end, expectedStart, expectedEnd) => {
    expect(trimRange(text, start, end)).toEqual({ start: expectedStart, end: expectedEnd });
  });

  it.each([
    [-1, 2],
    [0, 9],
    [3, 2],
    [0.5, 2],
  ])('rejects the range %i..%i', (start, end) => {
    expect(() => trimRange('Straße', start, end)).toThrow(RangeError);
  });
});

describe('snapToGraphemes', () => {
  it.each([
    ['end between emoji and skin tone', 'a👍🏽b', 1, 3, 1, 5],
    ['start inside a surrogate pair', 'a👍🏽b', 2, 6, 1, 6],
    ['both edges inside an emoji', 'a😀b', 2, 2, 1, 3],
    ['ZWJ family sequence', `x${family}y`, 1, 4, 1, 9],
    ['inside a ZWJ family sequence', `x${family}y`, 3, 6, 1, 9],
    ['flags pair up from the start', '🇩🇪🇫🇷', 2, 6, 0, 8],
    ['NFD umlaut: end before the mark', 'Mu\u0308ller', 0, 2, 0, 3],
    ['NFD umlaut: start at the mark', 'Mu\u0308ller', 2, 4, 1, 4],
    ['already whole characters', 'Straße', 2, 4, 2, 4],
    ['German quotes', '„Wladimir Putin“', 0, 16, 0, 16],
  ])('%s', (_name, text, start, end, expectedStart, expectedEnd) => {
    expect(snapToGraphemes(text, start, end)).toEqual({ start: expectedStart, end: expectedEnd });
  });

  it('moves each edge to the nearest grapheme boundary outward', () => {
    fc.assert(
      fc.property(textWithRange(), ({ text, start, end }) => {
        const boundaries = [...graphemeBoundaries(text)].sort((a, b) => a - b);
        const expectedStart = Math.max(...boundaries.filter((b) => b <= start));
        const expectedEnd = Math.min(...boundaries.filter((b) => b >= end));
        expect(snapToGraphemes(text, start, end)).toEqual({ start: expectedStart, end: expectedEnd });
      }),
    );
  });

  it('touches only a window around the edges of a 1M-character text', () => {
    const text = 'Straße 👍🏽 Mu\u0308ller „Putin“\n'.repeat(40_000);
    const t0 = performance.now();
    for (let k = 0; k < 2_000; k++) {
      const start = (k * 7919) % (text.length - 100);
      const range = snapToGraphemes(text, start, start + 50);
      expect(range.start).toBeLessThanOrEqual(start);
    }
    // Segmenting the whole text per call would take seconds per call; windows take microseconds.
    expect(performance.now() - t0).toBeLessThan(2_000);
  });
});

describe('snapToWords', () => {
  it.each([
    ['hyphenated name, both edges inside', 'Kim Jong-un', 5, 10, 4, 11],
    ['edges already on word boundaries', 'Kim Jong-un', 4, 8, 4, 8],
    ['inside German quotes', '„Wladimir Putin“', 3, 12, 1, 15],
    ['quotes themselves are not words', '„Wladimir Putin“', 0, 16, 0, 16],
    ['sharp s', 'Straße', 1, 5, 0, 6],
    ['NFD umlaut', 'Mu\u0308ller sagt', 2, 5, 0, 7],
    ['emoji are not words', 'Daumen 👍🏽 hoch', 7, 9, 7, 9],
    ['edge in spacing stays', 'Kim  Jong', 4, 9, 4, 9],
    ['across paragraphs', 'Putin\n\nsagte', 3, 9, 0, 12],
  ])('%s', (_name, text, start, end, expectedStart, expectedEnd) => {
    expect(snapToWords(text, start, end)).toEqual({ start: expectedStart, end: expectedEnd });
  });

  it('grows the range and leaves no edge inside a word', () => {
    fc.assert(
      fc.property(textWithRange(), ({ text, start, end }) => {
        const range = snapToWords(text, start, end);
        expect(range.start).toBeLessThanOrEqual(start);
        expect(range.end).toBeGreaterThanOrEqual(end);
        expect(cutsIntoWord(text, range.start)).toBe(false);
        expect(cutsIntoWord(text, range.end)).toBe(false);
        if (!cutsIntoWord(text, start)) expect(range.start).toBe(start);
        if (!cutsIntoWord(text, end)) expect(range.end).toBe(end);
      }),
    );
  });
});

describe('normalizeSelection', () => {
  const off = { snapToWords: false };
  const on = { snapToWords: true };
  it.each([
    ['empty', 'Putin', 3, 3, off, { ok: false, reason: 'empty' }],
    ['spaces only', 'Kim   Jong', 3, 6, on, { ok: false, reason: 'whitespace' }],
    ['line breaks only', 'a\n\nb', 1, 3, off, { ok: false, reason: 'whitespace' }],
    ['trimmed', ' „Wladimir Putin“ ', 0, 18, off, { ok: true, start: 1, end: 17 }],
    ['backwards selection', ' Putin ', 7, 0, off, { ok: true, start: 1, end: 6 }],
    ['no word snap', 'Wladimir Putin', 2, 11, off, { ok: true, start: 2, end: 11 }],
    ['word snap', 'Wladimir Putin', 2, 11, on, { ok: true, start: 0, end: 14 }],
    ['word snap after trimming', 'Kim Jong-un ', 5, 12, on, { ok: true, start: 4, end: 11 }],
    ['across paragraphs', 'Putin\n\nsagte', 3, 9, on, { ok: true, start: 0, end: 12 }],
    ['NFD umlaut', 'Mu\u0308ller', 2, 4, off, { ok: true, start: 1, end: 4 }],
    ['NFD umlaut with word snap', 'Herr Mu\u0308ller', 7, 9, on, { ok: true, start: 5, end: 12 }],
    ['emoji with skin tone', 'a 👍🏽 b', 1, 4, off, { ok: true, start: 2, end: 6 }],
    ['ZWJ sequence with word snap', `Familie ${family} da`, 9, 11, on, { ok: true, start: 8, end: 16 }],
    ['word and grapheme rules disagree', 'a🇩ำaa', 0, 2, on, { ok: true, start: 0, end: 6 }],
    ['space carrying a mark is kept whole', 'a \u0308b', 2, 4, off, { ok: true, start: 1, end: 4 }],
  ] as const)('%s', (_name, text, start, end, options, expected) => {
    expect(normalizeSelection(text, start, end, options)).toEqual(expected);
  });

  it('keeps the selected content, never splits a cluster, never starts or ends with whitespace', () => {
    fc.assert(
      fc.property(textWithRange(), fc.boolean(), ({ text, start, end }, snap) => {
        const result = normalizeSelection(text, start, end, { snapToWords: snap });
        const trimmed = text.slice(start, end).trim();
        if (start === end) {
          expect(result).toEqual({ ok: false, reason: 'empty' });
          return;
        }
        if (!/\S/.test(text.slice(start, end))) {
          expect(result).toEqual({ ok: false, reason: 'whitespace' });
          return;
        }
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const boundaries = graphemeBoundaries(text);
        expect(boundaries.has(result.start) && boundaries.has(result.end)).toBe(true);
        expect(text.slice(result.start, result.end)).toContain(trimmed);
        const sorted = [...boundaries].sort((a, b) => a - b);
        const firstEnd = sorted.find((b) => b > result.start) as number;
        const lastStart = sorted.filter((b) => b < result.end).pop() as number;
        expect(/^\s+$/.test(text.slice(result.start, firstEnd))).toBe(false);
        expect(/^\s+$/.test(text.slice(lastStart, result.end))).toBe(false);
        if (snap) {
          expect(cutsIntoWord(text, result.start)).toBe(false);
          expect(cutsIntoWord(text, result.end)).toBe(false);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('quoteContext', () => {
  const article = 'Der russische Präsident „Wladimir Putin“ sagte am Montag in Moskau, dass die Gespräche weitergehen.';

  it('takes up to 32 code points on each side', () => {
    const start = article.indexOf('Wladimir');
    const { prefix, suffix } = quoteContext(article, start, start + 'Wladimir Putin'.length);
    expect(prefix).toBe('Der russische Präsident „');
    expect(suffix).toBe('“ sagte am Montag in Moskau, das');
    expect(Array.from(suffix)).toHaveLength(32);
  });

  it.each([
    ['keeps a whole emoji at the 32nd code point', `x😀${'a'.repeat(31)}SPAN`, `😀${'a'.repeat(31)}`],
    ['never takes half an emoji', `😀${'a'.repeat(32)}SPAN`, 'a'.repeat(32)],
    ['keeps an NFD mark as its own code point', `${'b'.repeat(31)}u\u0308SPAN`, `${'b'.repeat(30)}u\u0308`],
  ])('prefix %s', (_name, text, expected) => {
    const start = text.indexOf('SPAN');
    expect(quoteContext(text, start, start + 4).prefix).toBe(expected);
  });

  it.each([
    ['keeps a whole emoji at the 32nd code point', `SPAN${'a'.repeat(31)}👍🏽`, `${'a'.repeat(31)}👍`],
    ['stops at the end of the text', 'SPAN Straße', ' Straße'],
  ])('suffix %s', (_name, text, expected) => {
    expect(quoteContext(text, 0, 4).suffix).toBe(expected);
  });

  it('honours a custom length', () => {
    expect(quoteContext('Kim Jong-un sagt', 4, 11, 2)).toEqual({ prefix: 'm ', suffix: ' s' });
    expect(quoteContext('Kim Jong-un sagt', 4, 11, 0)).toEqual({ prefix: '', suffix: '' });
  });

  it('equals the last/first 32 code points around the span', () => {
    fc.assert(
      fc.property(textWithRange(120), ({ text, start, end }) => {
        const { prefix, suffix } = quoteContext(text, start, end);
        expect(prefix).toBe(Array.from(text.slice(0, start)).slice(-32).join(''));
        expect(suffix).toBe(Array.from(text.slice(end)).slice(0, 32).join(''));
      }),
    );
  });
});
