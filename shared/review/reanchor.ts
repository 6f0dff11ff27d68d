import search from 'approx-string-match';
import type { Annotation } from '../annotation/annotation';
import { LIMITS } from '../limits/limits';
import { codePointSlice, createOffsetConverter, isInsideSurrogatePair, type OffsetConverter } from '../text/offsetConverter';
import { quoteContext, snapToGraphemes, trimRange } from '../text/selectionRange';
import { quoteMatchScore, quoteMatchScoreBound } from './quoteMatchScore';

/** How a colleague's span was placed on the new text; 'orphaned' spans are listed, never dropped. */
export type ReanchorStatus = 'exact' | 'moved' | 'fuzzy' | 'orphaned';

/**
 * One row of the migration list: the colleague's annotation (unchanged), how it was placed, and
 * where (code points of the new text). `score` (0..1, see `quoteMatchScore`) is that of the
 * chosen place, or for an orphan of the best place found (absent when there was none at all).
 */
export interface ReanchorResult {
  readonly annotation: Annotation;
  readonly status: ReanchorStatus;
  readonly score?: number;
  readonly start?: number;
  readonly end?: number;
}

export interface ReanchorOptions {
  /** The text the annotations were made on: gives them a prefix/suffix when they carry none. */
  readonly oldText?: string;
  /** Places scoring below this are not taken (default `DEFAULT_MIN_REANCHOR_SCORE`). */
  readonly minScore?: number;
}

/**
 * Default threshold: an exact quote with intact context scores ~1, one changed word in a long
 * quote ~0.95, an exact quote amid a rewritten context ~0.7, a random look-alike below ~0.6.
 */
export const DEFAULT_MIN_REANCHOR_SCORE = 0.75;

/** Fuzzy candidates scored at most per annotation (nearest the old position first). */
const MAX_FUZZY_CANDIDATES = 100;

interface Candidate { start: number; end: number; errors: number }
interface Scored { start: number; end: number; cpStart: number; cpEnd: number; score: number; distance: number }

/** Grows [start, end) to whole code points and grapheme clusters and trims whitespace; undefined if empty. */
function tidy(text: string, c: Candidate): Candidate | undefined {
  const trimmed = trimRange(text, c.start, c.end);
  if (trimmed.start === trimmed.end) return undefined;
  const snapped = snapToGraphemes(text, trimmed.start, trimmed.end);
  const moved = Math.abs(snapped.start - c.start) + Math.abs(snapped.end - c.end);
  return { start: snapped.start, end: snapped.end, errors: c.errors + moved }; // each unit moved costs at most one edit
}

/** Every exact occurrence of `quote` that does not cut a surrogate pair. */
function occurrences(text: string, quote: string): Candidate[] {
  const out: Candidate[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    const end = at + quote.length;
    if (!isInsideSurrogatePair(text, at) && !isInsideSurrogatePair(text, end)) out.push({ start: at, end, errors: 0 });
  }
  return out;
}

/** Quotes up to this many UTF-16 units are searched approximately in the whole text (one machine word per character, linear). */
const WHOLE_TEXT_FUZZY_UNITS = 64;

/**
 * The part of `text` an approximate search for a quote looks at: all of it for a short quote,
 * else the old position's surroundings (a few times the quote's length), so the cost per
 * annotation stays linear in the text and quadratic only in the quote, never text × quote.
 */
function fuzzyWindow(text: string, hint16: number, quoteLength: number): { from: number; to: number } {
  if (quoteLength <= WHOLE_TEXT_FUZZY_UNITS) return { from: 0, to: text.length };
  const reach = 2048 + 4 * quoteLength;
  let from = Math.max(0, hint16 - reach);
  let to = Math.min(text.length, hint16 + quoteLength + reach);
  if (isInsideSurrogatePair(text, from)) from -= 1;
  if (isInsideSurrogatePair(text, to)) to += 1;
  return { from, to };
}

/** Approximate places near `hint16`: the quote alone, and the quote inside an approximate match of prefix+quote+suffix. */
function fuzzyCandidates(text: string, hint16: number, quote: string, prefix: string, suffix: string): Candidate[] {
  if (quote.length > LIMITS.fuzzyQuoteLength) return [];
  const { from, to } = fuzzyWindow(text, hint16, quote.length);
  const part = from === 0 && to === text.length ? text : text.slice(from, to);
  const shift = (c: Candidate): Candidate => ({ start: c.start + from, end: c.end + from, errors: c.errors });
  const out: Candidate[] = search(part, quote, Math.floor(quote.length / 2)).map(shift);
  if (prefix.length + suffix.length > 0) {
    const pattern = prefix + quote + suffix;
    for (const region of search(part, pattern, Math.floor(pattern.length / 2))) {
      const inner = search(part.slice(region.start, region.end), quote, quote.length);
      const expected = prefix.length;
      const nearest = inner.sort((x, y) => Math.abs(x.start - expected) - Math.abs(y.start - expected))[0];
      if (nearest) out.push(shift({ start: region.start + nearest.start, end: region.start + nearest.end, errors: nearest.errors }));
    }
  }
  return out;
}

function better(x: Scored, y: Scored): number {
  return y.score - x.score || x.distance - y.distance || x.start - y.start;
}

/**
 * Re-anchors a colleague's spans onto `newText` (a slightly different version of the text they
 * were made on) so nothing is lost silently. Per annotation, in this order, the first place
 * scoring at least `minScore` wins: (1) the old position if the quote is still there ('exact');
 * (2) the exact quote elsewhere, best context first, then nearest the old position ('moved');
 * (3) a fuzzy match of quote, prefix and suffix with approx-string-match near the old position
 * ('fuzzy'; see fuzzyWindow; quotes longer than LIMITS.fuzzyQuoteLength only exactly). Otherwise the
 * span is 'orphaned'. Context is the stored prefix/suffix, else taken from `oldText`. Results
 * come in input order, one per annotation; offsets are code points of `newText`.
 */
export function reanchorAnnotations(annotations: readonly Annotation[], newText: string, options: ReanchorOptions = {}): ReanchorResult[] {
  return annotations.map(createReanchorer(newText, options));
}

/**
 * `reanchorAnnotations` one annotation at a time (the texts are indexed once), so a worker can
 * report progress and stop between annotations.
 */
export function createReanchorer(newText: string, options: ReanchorOptions = {}): (annotation: Annotation) => ReanchorResult {
  const minScore = options.minScore ?? DEFAULT_MIN_REANCHOR_SCORE;
  const conv = createOffsetConverter(newText);
  const oldConv = options.oldText === undefined ? undefined : createOffsetConverter(options.oldText);
  return (a) => reanchorOne(a, newText, conv, minScore, contextOf(a, options.oldText, oldConv));
}

function contextOf(a: Annotation, oldText: string | undefined, oldConv: OffsetConverter | undefined): { prefix: string; suffix: string } {
  let derived = { prefix: '', suffix: '' };
  if (oldText !== undefined && oldConv !== undefined && a.end <= oldConv.codePointLength && codePointSlice(oldText, a.start, a.end) === a.text) {
    derived = quoteContext(oldText, oldConv.codePointToUtf16(a.start), oldConv.codePointToUtf16(a.end));
  }
  return { prefix: a.prefix ?? derived.prefix, suffix: a.suffix ?? derived.suffix };
}

function reanchorOne(a: Annotation, text: string, conv: OffsetConverter, minScore: number, ctx: { prefix: string; suffix: string }): ReanchorResult {
  const quote = a.text;
  if (quote.length === 0) return { annotation: a, status: 'orphaned' };
  const hint = Math.min(a.start, conv.codePointLength);
  const hint16 = conv.codePointToUtf16(hint);
  const positionOf = (cpStart: number): { distance: number; position: number } => {
    const distance = Math.abs(cpStart - hint);
    return { distance, position: 1 - distance / Math.max(1, conv.codePointLength) };
  };
  const score = (c: Candidate): Scored => {
    const cpStart = conv.utf16ToCodePoint(c.start);
    const { distance, position } = positionOf(cpStart);
    return { start: c.start, end: c.end, cpStart, cpEnd: conv.utf16ToCodePoint(c.end), distance, score: quoteMatchScore({ text, ...c, quote, ...ctx, position }) };
  };
  /** The best of `candidates`: scored nearest first, stopping once no farther one can beat it. */
  const bestOf = (candidates: Candidate[]): Scored | undefined => {
    const ordered = candidates
      .map((c) => ({ c, ...positionOf(conv.utf16ToCodePoint(c.start)) }))
      .sort((x, y) => x.distance - y.distance || x.c.start - y.c.start);
    let top: Scored | undefined;
    for (const { c, position } of ordered) {
      if (top !== undefined && top.score >= quoteMatchScoreBound(position)) break;
      const s = score(c);
      if (top === undefined || better(s, top) < 0) top = s;
    }
    return top;
  };
  const atOld = a.end <= conv.codePointLength && codePointSlice(text, a.start, a.end) === quote
    ? [{ start: conv.codePointToUtf16(a.start), end: conv.codePointToUtf16(a.end), errors: 0 }]
    : [];
  const stages: (() => Candidate[])[] = [
    () => atOld,
    () => occurrences(text, quote).filter((c) => c.start !== atOld[0]?.start),
    () => fuzzyCandidates(text, hint16, quote, ctx.prefix, ctx.suffix)
      .map((c) => tidy(text, c))
      .filter((c): c is Candidate => c !== undefined)
      .sort((x, y) => Math.abs(x.start - hint16) - Math.abs(y.start - hint16) || x.start - y.start)
      .slice(0, MAX_FUZZY_CANDIDATES),
  ];
  let best: Scored | undefined;
  for (const stage of stages) {
    const top = bestOf(stage());
    if (top === undefined) continue;
    if (best === undefined || better(top, best) < 0) best = top;
    if (top.score >= minScore) {
      const exactQuote = text.slice(top.start, top.end) === quote;
      const status = !exactQuote ? 'fuzzy' : top.cpStart === a.start && top.cpEnd === a.end ? 'exact' : 'moved';
      return { annotation: a, status, score: top.score, start: top.cpStart, end: top.cpEnd };
    }
  }
  return best === undefined ? { annotation: a, status: 'orphaned' } : { annotation: a, status: 'orphaned', score: best.score };
}
