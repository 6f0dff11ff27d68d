/**
 * Each opening quotation mark with the marks that may close it: German „…“ (also „…” in
 * typeset text), ‚…‘, »…« and the Swiss/French «…», English “…” and ‘…’, and straight "…".
 */
export const CLOSERS: ReadonlyMap<string, readonly string[]> = new Map([
  ['„', ['“', '”']],
  ['‚', ['‘', '’']],
  ['»', ['«']],
  ['«', ['»']],
  ['“', ['”', '“']],
  ['‘', ['’']],
  ['"', ['"']],
]);

/** Openers that are also apostrophes or closers elsewhere: they open only after a space, a bracket or a line start. */
export const AMBIGUOUS_OPENERS = new Set(['‘', '"', '“', '«']);

/** True when `text[index]` may open a quotation: an unambiguous mark, or an ambiguous one after space or start. */
export function opensQuote(text: string, index: number): boolean {
  const mark = text[index] as string;
  if (!CLOSERS.has(mark)) return false;
  if (!AMBIGUOUS_OPENERS.has(mark)) return true;
  const before = text[index - 1];
  const after = text[index + 1];
  return (before === undefined || /[\s([{–—:/]/u.test(before)) && after !== undefined && !/\s/u.test(after);
}

/**
 * The index of the mark that closes the quotation opened at `open`, or -1 when none does before
 * the paragraph ends (`limit`); a closer must follow a non-space, and a nested quotation of
 * another style (‚…‘ inside „…“) is skipped whole, so its marks close nothing.
 */
export function closingMark(text: string, open: number, limit: number): number {
  const closers = CLOSERS.get(text[open] as string) ?? [];
  for (let i = open + 1; i < limit; i++) {
    const ch = text[i] as string;
    if (closers.includes(ch) && !/\s/u.test(text[i - 1] as string) && isCloserContext(text, i)) return i;
    if (ch !== text[open] && opensQuote(text, i)) {
      const inner = closingMark(text, i, limit);
      if (inner > 0) i = inner;
    }
  }
  return -1;
}

/** A closing mark ends a word: what follows is not a letter (so the apostrophe in "geht’s" closes nothing). */
function isCloserContext(text: string, index: number): boolean {
  const after = text[index + 1];
  return after === undefined || !/[\p{L}\p{N}]/u.test(after);
}
