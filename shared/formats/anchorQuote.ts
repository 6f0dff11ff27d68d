import { createOffsetConverter, isInsideSurrogatePair } from '../text/offsetConverter';

/** A TextQuoteSelector: the quoted text and, optionally, the text just before and after it. */
export interface QuoteSelector {
  readonly exact: string;
  readonly prefix?: string;
  readonly suffix?: string;
}

/**
 * Finds a quote in a text as Hypothesis and Apache Annotator anchor a TextQuoteSelector: every
 * occurrence of `exact` is scored by whether the text before it ends with `prefix` and the text
 * after it starts with `suffix`; the best scoring one wins, ties going to the occurrence nearest
 * `hint` (a code-point offset, e.g. an outdated position), else the first. Returns code-point
 * offsets, or undefined when `exact` is empty or does not occur.
 */
export function anchorQuote(text: string, quote: QuoteSelector, hint?: number): { start: number; end: number } | undefined {
  if (quote.exact === '') return undefined;
  const converter = createOffsetConverter(text);
  let best: { at: number; score: number; distance: number } | undefined;
  for (let at = text.indexOf(quote.exact); at >= 0; at = text.indexOf(quote.exact, at + 1)) {
    const end = at + quote.exact.length;
    if (isInsideSurrogatePair(text, at) || isInsideSurrogatePair(text, end)) continue;
    const score = (quote.prefix !== undefined && quote.prefix !== '' && text.slice(0, at).endsWith(quote.prefix) ? 1 : 0) + (quote.suffix !== undefined && quote.suffix !== '' && text.startsWith(quote.suffix, end) ? 1 : 0);
    const distance = hint === undefined ? 0 : Math.abs(converter.utf16ToCodePoint(at) - hint);
    if (best === undefined || score > best.score || (score === best.score && distance < best.distance)) best = { at, score, distance };
  }
  if (best === undefined) return undefined;
  return { start: converter.utf16ToCodePoint(best.at), end: converter.utf16ToCodePoint(best.at + quote.exact.length) };
}
