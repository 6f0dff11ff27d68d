import { enclosingSegment } from './enclosingSegment';

/** A half-open range [start, end) of UTF-16 indices into a text. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/** Result of normalizing a user selection: a range to tag, or why nothing can be tagged. */
export type NormalizedSelection =
  | { ok: true; start: number; end: number }
  | { ok: false; reason: 'empty' | 'whitespace' };

const graphemeSegmenter = new Intl.Segmenter('de', { granularity: 'grapheme' });
const wordSegmenter = new Intl.Segmenter('de', { granularity: 'word' });
const WHITESPACE = /\s/;
const ALL_WHITESPACE = /^\s+$/;

function checkRange(text: string, start: number, end: number): void {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start > end) {
    throw new RangeError(`range ${start}..${end} is not inside 0..${text.length}`);
  }
}

/**
 * Shrinks [start, end) past leading and trailing whitespace (JS `\s`), because a tag never
 * starts or ends with spaces or line breaks; a whitespace-only range becomes empty at `end`.
 */
export function trimRange(text: string, start: number, end: number): TextRange {
  checkRange(text, start, end);
  let from = start;
  let to = end;
  while (to > from && WHITESPACE.test(text.charAt(to - 1))) to--;
  while (from < to && WHITESPACE.test(text.charAt(from))) from++;
  return from === to ? { start: end, end } : { start: from, end: to };
}

/**
 * Grows [start, end) outward so that neither edge splits a grapheme cluster (an emoji with
 * skin tone or ZWJ, a letter with a combining mark), since a span must be whole characters.
 * Only a small stretch around each edge is segmented, so this is cheap on huge texts.
 */
export function snapToGraphemes(text: string, start: number, end: number): TextRange {
  checkRange(text, start, end);
  const atStart = enclosingSegment(graphemeSegmenter, text, start, 'grapheme');
  const atEnd = enclosingSegment(graphemeSegmenter, text, end, 'grapheme');
  return { start: atStart ? atStart.start : start, end: atEnd ? atEnd.end : end };
}

/**
 * Grows an edge that cuts into a word (an isWordLike segment of the German word segmenter)
 * to that word's edge, so a sloppy mouse selection tags whole words; edges already on a word
 * boundary or inside punctuation or spacing stay where they are.
 */
export function snapToWords(text: string, start: number, end: number): TextRange {
  checkRange(text, start, end);
  const atStart = enclosingSegment(wordSegmenter, text, start, 'word');
  const atEnd = enclosingSegment(wordSegmenter, text, end, 'word');
  return {
    start: atStart?.isWordLike ? atStart.start : start,
    end: atEnd?.isWordLike ? atEnd.end : end,
  };
}

/**
 * Turns a raw selection (either direction) into the range a tag covers: empty is rejected;
 * whitespace is trimmed (whitespace-only is rejected); edges snap to words when asked, then to
 * grapheme clusters; whitespace is trimmed again, by whole clusters so none is split (a space
 * carrying a combining mark stays). Line breaks inside the range stay.
 */
export function normalizeSelection(
  text: string,
  start: number,
  end: number,
  options: { snapToWords: boolean },
): NormalizedSelection {
  const from = Math.min(start, end);
  const to = Math.max(start, end);
  checkRange(text, from, to);
  if (from === to) return { ok: false, reason: 'empty' };
  let range = trimRange(text, from, to);
  if (range.start === range.end) return { ok: false, reason: 'whitespace' };
  range = options.snapToWords ? snapToWordsAndGraphemes(text, range) : snapToGraphemes(text, range.start, range.end);
  range = trimWhitespaceClusters(text, range.start, range.end);
  return { ok: true, start: range.start, end: range.end };
}

/**
 * Word snapping, then grapheme snapping, repeated until both hold: the two rule sets disagree in
 * rare cases (a Thai vowel after a flag); ranges only grow, so this ends, normally in one pass.
 */
function snapToWordsAndGraphemes(text: string, range: TextRange): TextRange {
  let current = range;
  for (;;) {
    const words = snapToWords(text, current.start, current.end);
    const next = snapToGraphemes(text, words.start, words.end);
    if (next.start === current.start && next.end === current.end) return next;
    current = next;
  }
}

/** The end of the grapheme cluster that starts at the boundary `index` (< text.length). */
function clusterEndAt(text: string, index: number): number {
  return enclosingSegment(graphemeSegmenter, text, index + 1, 'grapheme')?.end ?? index + 1;
}

/** The start of the grapheme cluster that ends at the boundary `index` (> 0). */
function clusterStartAt(text: string, index: number): number {
  return enclosingSegment(graphemeSegmenter, text, index - 1, 'grapheme')?.start ?? index - 1;
}

/**
 * Like trimRange for a range whose edges are grapheme boundaries, but drops only whole clusters
 * that are all whitespace, so a space carrying a combining mark stays and no cluster is split.
 */
function trimWhitespaceClusters(text: string, start: number, end: number): TextRange {
  let from = start;
  let to = end;
  while (from < to) {
    const next = clusterEndAt(text, from);
    if (!ALL_WHITESPACE.test(text.slice(from, next))) break;
    from = next;
  }
  while (to > from) {
    const previous = clusterStartAt(text, to);
    if (!ALL_WHITESPACE.test(text.slice(previous, to))) break;
    to = previous;
  }
  return { start: from, end: to };
}

/** The quote context of a span: up to `maxCodePoints` code points before and after it. */
export interface QuoteContext {
  readonly prefix: string;
  readonly suffix: string;
}

function isPairAt(text: string, index: number): boolean {
  const high = text.charCodeAt(index);
  const low = text.charCodeAt(index + 1);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}

/**
 * The text just before and after [start, end) — up to `maxCodePoints` code points each, never
 * cutting a surrogate pair — stored with an annotation so it can be re-anchored on an edited text.
 */
export function quoteContext(text: string, start: number, end: number, maxCodePoints = 32): QuoteContext {
  checkRange(text, start, end);
  let from = start;
  for (let n = 0; n < maxCodePoints && from > 0; n++) from -= from >= 2 && isPairAt(text, from - 2) ? 2 : 1;
  let to = end;
  for (let n = 0; n < maxCodePoints && to < text.length; n++) to += isPairAt(text, to) ? 2 : 1;
  return { prefix: text.slice(from, start), suffix: text.slice(end, to) };
}
