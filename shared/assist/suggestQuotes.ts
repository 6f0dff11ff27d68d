import { closingMark, opensQuote } from './quoteMarks';
import type { SpanProposal } from './suggestion';

/** A speech cue right after a quotation ("“, sagte sie") or a colon right before it. */
const CUE_AFTER = /^[,]?\s*(?:sagte|sagt|so|erklärte|betonte|warnte|meinte|fügte|ergänzte|schrieb|hieß|heißt|teilte|kritisierte|fragte|rief|mahnte)\b/u;
const MIN_WORDS = 3;

/** True when a quoted stretch reads as speech: three words or more, or a speech cue or colon around it. */
function isSpeech(text: string, open: number, close: number): boolean {
  const inner = text.slice(open + 1, close);
  const words = inner.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  if (words >= MIN_WORDS) return true;
  if (words === 0) return false;
  return /[.!?…]$/u.test(inner) || CUE_AFTER.test(text.slice(close + 1, close + 20)) || /:\s*$/u.test(text.slice(Math.max(0, open - 3), open));
}

/**
 * Quotation suggestions: every balanced pair of quotation marks („…“ ‚…‘ »…« «…» “…” ‘…’ "…")
 * within one paragraph, marks included, across sentence ends but never across a line break;
 * a nested quotation stays inside its outer one, and a quoted name or term (under three words,
 * no cue) is left alone. UTF-16 ranges.
 */
export function suggestQuotes(text: string): SpanProposal[] {
  const spans: SpanProposal[] = [];
  let lineEnd = -1;
  for (let i = 0; i < text.length; i++) {
    if (i > lineEnd) {
      lineEnd = text.indexOf('\n', i);
      if (lineEnd === -1) lineEnd = text.length;
    }
    if (!opensQuote(text, i)) continue;
    const close = closingMark(text, i, lineEnd);
    if (close < 0) continue;
    if (isSpeech(text, i, close)) spans.push({ label: 'quote', start: i, end: close + 1 });
    i = close;
  }
  return spans;
}
