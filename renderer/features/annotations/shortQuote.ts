const QUOTE_MAX = 60;

/** One segmenter for every quote: creating an Intl.Segmenter per call was the list's top cost. */
const graphemes = new Intl.Segmenter('de', { granularity: 'grapheme' });

/** A quote shortened for the list without cutting an emoji or a combining mark apart. */
export function shortQuote(text: string, max = QUOTE_MAX): string {
  const oneLine = text.replace(/\s+/g, ' ');
  // At most `max` UTF-16 units are at most `max` graphemes: nothing to cut.
  if (oneLine.length <= max) return oneLine;
  const kept: string[] = [];
  for (const { segment } of graphemes.segment(oneLine)) {
    if (kept.length === max) return `${kept.slice(0, max - 1).join('')}…`;
    kept.push(segment);
  }
  return oneLine;
}
