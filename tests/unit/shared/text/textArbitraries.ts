import fc from 'fast-check';

/**
 * Characters that stress offsets and segmentation: astral emoji, skin tones, ZWJ, regional
 * indicators, combining marks (NFD umlaut), Hangul jamo, Indic and Thai marks, format chars,
 * word punctuation, all line breaks and lone surrogates.
 */
const TRICKY_UNITS = [
  'a', 'b', 'Z', 'ß', 'ü', 'u', '\u0308', ' ', ' ', '\t', '\n', '\n', '\r', '.', "'", '-', '_',
  ':', ',', '„', '“', '3', '7', '😀', '👍', '\u{1F3FD}', '\u200D', '👨', '👩', '\u2764',
  '\uFE0F', '\u{1F1E9}', '\u{1F1EA}', '\u1100', '\u1161', '\u11A8', '가', '日', '本', 'カ',
  'ก', '\u0E33', '\u0600', 'क', '\u094D', '\u093F', '\u00AD', '\u2060', '\u0085', '\u2028',
  '\u00A0', '\uD83D', '\uDE00', '\u{10FFFF}', 'x', 'y', 'e',
];

/** One tricky character (sometimes a lone surrogate). */
export const trickyUnit = fc.constantFrom(...TRICKY_UNITS);

/** Texts mixing tricky characters, arbitrary code points and whole grapheme clusters. */
export function trickyText(maxLength = 60): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.string({ unit: trickyUnit, maxLength }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength }) },
  );
}

/** A text together with an ordered pair of UTF-16 indices into it. */
export function textWithRange(maxLength = 60): fc.Arbitrary<{ text: string; start: number; end: number }> {
  return trickyText(maxLength).chain((text) =>
    fc
      .tuple(fc.nat({ max: text.length }), fc.nat({ max: text.length }))
      .map(([a, b]) => ({ text, start: Math.min(a, b), end: Math.max(a, b) })),
  );
}
