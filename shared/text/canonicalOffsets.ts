import { canonicalizeText } from './canonicalText';
import { createOffsetConverter } from './offsetConverter';

/** Why an offset has no place in the canonical text. */
export type UnmappableReason = 'inside-line-break' | 'inside-composed-character';

/** What making a text canonical changed, for the importer to say. */
export interface CanonicalChanges {
  readonly bom: boolean;
  /** CR LF pairs and lone CRs turned into LF. */
  readonly lineEnds: number;
  /** NFC changed the text (composed a letter and its accent, reordered marks…). */
  readonly nfc: boolean;
}

/** A text made canonical, with where each given code-point offset lands in it. */
export interface CanonicalOffsets {
  readonly text: string;
  readonly changes: CanonicalChanges;
  /** The canonical code-point offset of each mappable given offset. */
  readonly mapped: ReadonlyMap<number, number>;
  /** Given offsets with no exact place: between CR and LF, or inside what NFC composes. */
  readonly unmappable: ReadonlyMap<number, UnmappableReason>;
}

// Splitting before an ASCII character never changes NFC: no canonical composition ends in one,
// and as a starter it stops reordering, so NFC(a) + NFC(b) = NFC(a + b) at such a point.
const isAscii = (text: string, i: number) => i >= text.length || text.charCodeAt(i) < 0x80;

/** The nearest split points at or around `at` where NFC can be applied piece by piece (at most 64 units away). */
function safeWindow(text: string, at: number): { lo: number; hi: number } {
  let lo = at - 1;
  while (lo > 0 && at - lo < 64 && !isAscii(text, lo)) lo--;
  let hi = at + 1;
  while (hi < text.length && hi - at < 64 && !isAscii(text, hi)) hi++;
  return { lo: Math.max(0, lo), hi: Math.min(text.length, hi) };
}

/** Why a split at UTF-16 index `at` would change the canonical text, or undefined when it is exact. */
function splitProblem(text: string, at: number): UnmappableReason | undefined {
  if (text.charCodeAt(at - 1) === 0x0d && text.charCodeAt(at) === 0x0a) return 'inside-line-break';
  if (isAscii(text, at)) return undefined;
  const { lo, hi } = safeWindow(text, at);
  const nfc = (s: string) => s.normalize('NFC');
  return nfc(text.slice(lo, at)) + nfc(text.slice(at, hi)) === nfc(text.slice(lo, hi)) ? undefined : 'inside-composed-character';
}

/** One piece of the text made canonical; only the first piece can lose a byte-order mark. */
function canonicalPiece(piece: string, first: boolean): string {
  return first ? canonicalizeText(piece) : piece.replace(/\r\n?/g, '\n').normalize('NFC');
}

function countLineEnds(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\r'); i !== -1; i = text.indexOf('\r', i + 1)) n++;
  return n;
}

/**
 * Makes `text` canonical as an opened file is (see canonicalizeText) and maps the given
 * code-point `offsets` onto the result exactly: the text is cut at those offsets and each piece
 * made canonical on its own, which is exact unless an offset falls between CR and LF or inside a
 * sequence NFC composes — such offsets are listed as unmappable instead of being guessed. The
 * pieces are checked to add up to the canonical text, so a mapping is never silently wrong.
 */
export function canonicalOffsets(text: string, offsets: readonly number[]): CanonicalOffsets {
  const canonical = canonicalizeText(text);
  const lineEnds = canonical === text ? 0 : countLineEnds(text);
  const withLf = lineEnds === 0 ? text : text.replace(/\r\n?/g, '\n');
  const changes = { bom: text.charCodeAt(0) === 0xfeff, lineEnds, nfc: canonical !== text && withLf.normalize('NFC') !== withLf };
  const converter = createOffsetConverter(text);
  const sorted = [...new Set(offsets)].filter((o) => Number.isInteger(o) && o >= 0 && o <= converter.codePointLength).sort((a, b) => a - b);
  const mapped = new Map<number, number>();
  const unmappable = new Map<number, UnmappableReason>();
  if (canonical === text) {
    for (const o of sorted) mapped.set(o, o);
    return { text, changes, mapped, unmappable };
  }
  const cuts: { offset: number; at: number }[] = [];
  for (const offset of sorted) {
    const at = converter.codePointToUtf16(offset);
    const problem = at === 0 || at === text.length ? undefined : splitProblem(text, at);
    if (problem === undefined) cuts.push({ offset, at });
    else unmappable.set(offset, problem);
  }
  let built = '';
  let builtCodePoints = 0;
  let from = 0;
  for (const { offset, at } of cuts) {
    const piece = canonicalPiece(text.slice(from, at), from === 0);
    built += piece;
    builtCodePoints += createOffsetConverter(piece).codePointLength;
    mapped.set(offset, builtCodePoints);
    from = at;
  }
  built += canonicalPiece(text.slice(from), from === 0);
  if (built !== canonical) {
    // A cut changed the result in a way the local checks missed (a composing run longer than their window): map nothing.
    for (const { offset } of cuts) unmappable.set(offset, 'inside-composed-character');
    mapped.clear();
  }
  return { text: canonical, changes, mapped, unmappable };
}
