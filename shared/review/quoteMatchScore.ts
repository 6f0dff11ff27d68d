import search from 'approx-string-match';

/**
 * How much each piece of evidence counts when a quote is placed on an edited text: the quote
 * itself most, then the context on either side, then (a little) closeness to the old position.
 */
export const QUOTE_MATCH_WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 } as const;

/**
 * How well `expected` occurs inside `actual`, in 0..1: 1 − (fewest edits of an approximate
 * occurrence) / expected.length, counted in UTF-16 units (approx-string-match's unit). An empty
 * `expected` carries no evidence and scores 1; an empty `actual` scores 0.
 */
export function textSimilarity(expected: string, actual: string): number {
  if (expected.length === 0) return 1;
  if (actual.length === 0) return 0;
  if (actual.includes(expected)) return 1; // fast path, same answer as a search with 0 errors
  const best = search(actual, expected, expected.length)[0];
  return best === undefined ? 0 : Math.max(0, 1 - best.errors / expected.length);
}

/** The evidence about one candidate place for a quote; indices are UTF-16 indices into `text`. */
export interface QuoteMatchEvidence {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly quote: string;
  /** Edits between the quote and text[start, end) (0 for an exact occurrence; may be an upper bound). */
  readonly errors: number;
  readonly prefix: string;
  readonly suffix: string;
  /** Closeness to the old position in 0..1 (1 = same offset). */
  readonly position: number;
}

function combine(quote: number, prefix: number, suffix: number, position: number): number {
  const w = QUOTE_MATCH_WEIGHTS;
  const raw = w.quote * quote + w.prefix * prefix + w.suffix * suffix + w.position * position;
  return raw / (w.quote + w.prefix + w.suffix + w.position);
}

/**
 * The score in 0..1 of placing a quote at [start, end): the weighted mean of quote similarity,
 * prefix similarity (against the text just before start), suffix similarity (just after end)
 * and position, so a short quote that occurs often is placed by its context, not by luck.
 */
export function quoteMatchScore(e: QuoteMatchEvidence): number {
  const quote = e.quote.length === 0 ? 0 : Math.max(0, 1 - e.errors / e.quote.length);
  const prefix = textSimilarity(e.prefix, e.text.slice(Math.max(0, e.start - e.prefix.length), e.start));
  const suffix = textSimilarity(e.suffix, e.text.slice(e.end, e.end + e.suffix.length));
  return combine(quote, prefix, suffix, e.position);
}

/**
 * The highest score any candidate with closeness `position` can reach (perfect quote and
 * context), computed the same way, so a search ordered by distance can stop early exactly.
 */
export function quoteMatchScoreBound(position: number): number {
  return combine(1, 1, 1, position);
}
