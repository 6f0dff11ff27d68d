const graphemes = new Intl.Segmenter('de', { granularity: 'grapheme' });

/** Graphemes a quote keeps whole in a status message; longer ones are cut at a word before `CUT_AT`. */
export const QUOTE_WHOLE_MAX = 24;
const CUT_AT = 20;
/** UTF-16 units of a quote looked at; far more than 24 graphemes of any script. */
const SEGMENTED_MAX = 2000;

/**
 * A tag's quote short enough for the status line — one line, whole if at most 24 graphemes, else
 * cut at the last space within the first 20 and ended with " …" — never splitting an emoji or a
 * letter with a combining mark, so "Die Demokratische Volksrepublik Korea" reads "Die Demokratische …".
 */
export function quoteForMessage(text: string): string {
  // Only the start is ever shown: segmenting a 100,000-character quote would cost for nothing.
  const cut = text.length > SEGMENTED_MAX;
  const oneLine = (cut ? text.slice(0, SEGMENTED_MAX) : text).replace(/\s+/g, ' ').trim();
  const parts = Array.from(graphemes.segment(oneLine), (s) => s.segment);
  if (parts.length <= QUOTE_WHOLE_MAX) return cut ? `${oneLine} …` : oneLine;
  const head = parts.slice(0, CUT_AT);
  const space = head.lastIndexOf(' ');
  return space > 0 ? `${head.slice(0, space).join('')} …` : `${head.join('')}…`;
}
