import type { TextToken } from './germanTokenizer';

/** A sentence as a run of tokens: indices `first`..`last` (inclusive) into the token list. */
export interface TokenSentence {
  readonly first: number;
  readonly last: number;
}

/** A range that must not be split (UTF-16 `start`..`end`), e.g. an annotation in a CoNLL export. */
export interface KeepTogether {
  readonly start: number;
  readonly end: number;
}

const FINAL = /^(?:[.!?…]+)$/u;
const CLOSING = /^[“”"'’‘»«)\]]$/u;
const STARTS_LOWER_OR_CONTINUES = /^[\p{Ll},;:)\]]/u;

/** Index of the last token of the run of closing quotes and brackets glued to token `i` (no space between). */
function closingRunEnd(text: string, tokens: readonly TextToken[], i: number): number {
  let j = i;
  for (let next = tokens[j + 1]; next !== undefined && next.start === (tokens[j] as TextToken).end && CLOSING.test(text.slice(next.start, next.end)); next = tokens[j + 1]) j++;
  return j;
}

/**
 * Splits tokens into sentences the way German news text reads: a sentence ends at a line break,
 * and after ".", "!", "?", "…" (with the closing quotes or brackets glued to it) when the next token
 * does not start with a lower-case letter or continuing punctuation. Abbreviations and ordinals
 * keep their period inside the token (see `tokenizeGerman`), so "Dr. Müller" and "am 3. März" never
 * split. No break is made inside a `keepTogether` range, so an annotation stays in one sentence.
 */
export function germanSentences(text: string, tokens: readonly TextToken[], keepTogether: readonly KeepTogether[] = []): TokenSentence[] {
  const protectedAt = (position: number): boolean => keepTogether.some((r) => r.start < position && position < r.end);
  const sentences: TokenSentence[] = [];
  let first = 0;
  for (let i = 0; i < tokens.length - 1; i++) {
    const token = tokens[i] as TextToken;
    const next = tokens[i + 1] as TextToken;
    let breakAfter = text.slice(token.end, next.start).includes('\n');
    let last = i;
    if (!breakAfter && FINAL.test(text.slice(token.start, token.end))) {
      last = closingRunEnd(text, tokens, i);
      const after = tokens[last + 1];
      breakAfter = after !== undefined && !STARTS_LOWER_OR_CONTINUES.test(text.slice(after.start, after.end));
    }
    if (breakAfter && last + 1 < tokens.length && !protectedAt((tokens[last + 1] as TextToken).start)) {
      sentences.push({ first, last });
      first = last + 1;
    }
    i = last;
  }
  if (tokens.length > 0) sentences.push({ first, last: tokens.length - 1 });
  return sentences;
}
