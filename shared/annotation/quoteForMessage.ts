const graphemes = new Intl.Segmenter('de', { granularity: 'grapheme' });

/** Graphemes a quote keeps whole in a status message; longer ones are shortened to their first words. */
export const QUOTE_WHOLE_MAX = 24;
/** Fewer graphemes than this say too little ("die …"): the next word is taken too, if it ends within `WORDS_MAX`. */
const WORDS_MIN = 12;
/** Graphemes the first words may reach when the words within `QUOTE_WHOLE_MAX` say too little. */
const WORDS_MAX = 32;
/** Graphemes kept when no word boundary gives a meaningful start (one long word): cut between graphemes. */
const CUT_AT = 20;
/** UTF-16 units of a quote looked at; far more than 32 graphemes of any script. */
const SEGMENTED_MAX = 2000;

/** A quotation mark that opens a quote, in any style („ ‚ » « “ ‘ › ‹ " '). */
const OPENING_MARK = /^["'„‚»«“‘›‹]/u;
/** A quotation mark that closes one, in any style. */
const CLOSING_MARK = /["'“”‘’«»‹›]$/u;

/**
 * The quote without its own outer quotation marks: every message puts the quote between marks,
 * so a tagged „Wir …“ would read „„Wir …“ …“; a text that is only marks is kept as it is.
 */
export function withoutOuterMarks(text: string): string {
  if (!OPENING_MARK.test(text)) return text;
  const inner = text.slice(1).replace(CLOSING_MARK, '').trim();
  return inner === '' ? text : inner;
}

/** Index of the last space in `parts[from..to]` (inclusive), or -1. */
function lastSpace(parts: readonly string[], from: number, to: number): number {
  for (let i = Math.min(to, parts.length - 1); i >= from; i--) if (parts[i] === ' ') return i;
  return -1;
}

/**
 * A tag's quote short enough for the status line — one line, whole if at most 24 graphemes, else
 * its first words up to 24 graphemes and " …" (up to 32 when the first 24 hold only a short word,
 * so "die sicherheitspolitische Kooperation …" reads "die sicherheitspolitische …", not "die …"),
 * else cut after 20 graphemes with "…"; never splitting an emoji or a letter with a combining mark.
 * A quote's own outer quotation marks are left off, as every message sets the quote in marks.
 */
export function quoteForMessage(text: string): string {
  // Only the start is ever shown: segmenting a 100,000-character quote would cost for nothing.
  const cut = text.length > SEGMENTED_MAX;
  const oneLine = withoutOuterMarks((cut ? text.slice(0, SEGMENTED_MAX) : text).replace(/\s+/g, ' ').trim());
  const parts = Array.from(graphemes.segment(oneLine), (s) => s.segment);
  if (parts.length <= QUOTE_WHOLE_MAX) return cut ? `${oneLine} …` : oneLine;
  let end = lastSpace(parts, 1, QUOTE_WHOLE_MAX);
  if (end < WORDS_MIN) {
    // The words within the limit say too little: one more word, if it ends within WORDS_MAX.
    const next = parts.indexOf(' ', Math.max(end, 0) + 1);
    end = next !== -1 && next <= WORDS_MAX ? next : -1;
  }
  return end > 0 ? `${parts.slice(0, end).join('')} …` : `${parts.slice(0, CUT_AT).join('')}…`;
}
