/** The part of an Intl segment that snapping needs, in UTF-16 indices of the whole text. */
export interface EnclosingSegment {
  readonly start: number;
  readonly end: number;
  readonly isWordLike: boolean;
}

/** Which segmentation a boundary test is for: the rules differ in how far context reaches. */
export type Granularity = 'grapheme' | 'word';

const LF = 0x0a;
const CR = 0x0d;

function isControl(unit: number): boolean {
  return unit < 0x20 || unit === 0x7f;
}

function isAsciiBlank(unit: number): boolean {
  return unit === 0x20 || unit === 0x09;
}

function isAsciiVisible(unit: number): boolean {
  return unit > 0x20 && unit < 0x7f;
}

/**
 * True when `index` is certainly a boundary whose segmentation rules never look across it, so
 * segmenting a substring that starts or ends there gives the same segments as the whole text.
 * Graphemes: around any control (except inside CR LF) and between two ASCII characters.
 * Words: around a line break, and between an ASCII blank and a visible ASCII character.
 */
export function isSafeBoundary(text: string, index: number, granularity: Granularity): boolean {
  if (index <= 0 || index >= text.length) return true;
  const before = text.charCodeAt(index - 1);
  const after = text.charCodeAt(index);
  if (before === CR && after === LF) return false;
  if (before === LF || before === CR || after === LF || after === CR) return true;
  if (granularity === 'grapheme') {
    return isControl(before) || isControl(after) || (before < 0x80 && after < 0x80);
  }
  return (isAsciiBlank(before) && isAsciiVisible(after)) || (isAsciiVisible(before) && isAsciiBlank(after));
}

/**
 * The segment that strictly contains `index` (start < index < end), or null when `index` is a
 * segment boundary. Only the stretch between the nearest safe boundaries around `index` is
 * segmented, never the whole text, so a call costs about the length of a word or cluster
 * (longer only for texts without ASCII spacing, where the stretch grows as far as needed).
 */
export function enclosingSegment(
  segmenter: Intl.Segmenter,
  text: string,
  index: number,
  granularity: Granularity,
): EnclosingSegment | null {
  if (isSafeBoundary(text, index, granularity)) return null;
  let lo = index - 1;
  while (!isSafeBoundary(text, lo, granularity)) lo--;
  let hi = index + 1;
  while (!isSafeBoundary(text, hi, granularity)) hi++;
  const segment = segmenter.segment(text.slice(lo, hi)).containing(index - lo);
  if (!segment) return null;
  const start = lo + segment.index;
  if (start === index) return null;
  return { start, end: start + segment.segment.length, isWordLike: segment.isWordLike === true };
}
