const QUOTE_MAX = 60;

/** One segmenter for every quote: creating an Intl.Segmenter per call was the list's top cost. */
const graphemes = new Intl.Segmenter('de', { granularity: 'grapheme' });

/**
 * Characters that are each one grapheme whatever follows them, and never join the one before:
 * printable ASCII, Latin-1 and Latin Extended (ä, ß, é — precomposed), general punctuation
 * („…“, –) without the joiners and directional controls, and €. Combining marks, surrogates,
 * variation selectors and ZWJ are outside, so a text with them takes the segmenter.
 */
const SIMPLE = /^[\u0020-\u007E\u00A0-\u02FF\u2010-\u2027\u2030-\u205E\u20AC]*$/;

/** A quote shortened for the list without cutting an emoji or a combining mark apart. */
export function shortQuote(text: string, max = QUOTE_MAX): string {
  const oneLine = text.replace(/\s+/g, ' ');
  // At most `max` UTF-16 units are at most `max` graphemes: nothing to cut.
  if (oneLine.length <= max) return oneLine;
  // The common German quote: its first max + 1 units are max + 1 graphemes, so the cut needs no
  // segmenter (which costs ~0.1 ms per quote, and a list scrolled to a new tag shows dozens).
  if (SIMPLE.test(oneLine.slice(0, max + 1))) return `${oneLine.slice(0, max - 1)}…`;
  const kept: string[] = [];
  for (const { segment } of graphemes.segment(oneLine)) {
    if (kept.length === max) return `${kept.slice(0, max - 1).join('')}…`;
    kept.push(segment);
  }
  return oneLine;
}
