import type { EditorView } from '@tiptap/pm/view';
import type { Annotation } from '@shared/annotation/annotation';
import type { Relation } from '@shared/relation/relation';
import { blockAtY } from '../../editor/blockAtY';
import { CHIP_CLASS } from '../../editor/selectedTagOutline';
import { LINE_PX } from '../../theme/labelThemeCss';
import type { TagBox } from './arcLayout';

/** How the overlay finds tags on screen: the editor view and the text's code point ↔ editor position maps. */
export interface ArcGeometry {
  readonly view: EditorView;
  /** The element the overlay is positioned in (its top-left corner is (0, 0)). */
  readonly frame: HTMLElement;
  /** The scrolling element whose visible part decides which arcs are drawn. */
  readonly viewport: HTMLElement;
  toPos(codePoint: number): number;
  toCodePoint(pos: number): number;
  /** The selected tag and word of its change: its label chip covers the gutter over its first line, where arcs must not hide. */
  readonly selection?: { get(): string | null; subscribe(onChange: () => void): () => void };
}

/** Width of a tag's box when it wraps to the next line (its first line's end is not measured). */
const WRAPPED_WIDTH = 48;

/**
 * The code point at client height `y`: in its block (a paragraph, or a chunk not drawn yet) taken
 * in proportion to the block's height; the range near the view reaches screens beyond, so a
 * line's error does not matter.
 */
function codePointAtY(geometry: ArcGeometry, y: number): number | null {
  const block = blockAtY(geometry.view, y);
  if (block === null) return null;
  const start = geometry.toCodePoint(block.from);
  const end = geometry.toCodePoint(block.to);
  const share = block.box.height > 0 ? Math.min(1, Math.max(0, (y - block.box.top) / block.box.height)) : 0;
  return Math.round(start + (end - start) * share);
}

/**
 * The code-point range of the text near the viewport: what is visible plus
 * two screens above and below, so arcs are ready before they scroll in and the range holds while
 * the pane scrolls up to a screen (see `bandCovers`: a wheel scroll finds it anew every few steps,
 * not on each), and nothing far away is measured — measuring a skipped paragraph would make the
 * browser lay it out and shift the page under the reader.
 */
export function nearViewport(geometry: ArcGeometry, textLength: number): { start: number; end: number } {
  const box = geometry.viewport.getBoundingClientRect();
  const top = codePointAtY(geometry, box.top) ?? 0;
  const bottom = codePointAtY(geometry, box.bottom) ?? textLength;
  const margin = Math.max(bottom - top, 200) * 2;
  return { start: Math.max(0, top - margin), end: Math.min(textLength, bottom + margin) };
}

/** The ends of a list's relations sorted by where they start, with the longest end's length: made once per relation list and tag list. */
interface EndIndex {
  readonly byId: ReadonlyMap<string, Annotation>;
  readonly starts: Float64Array;
  readonly relation: Int32Array;
  readonly longest: number;
}

const END_INDEXES = new WeakMap<readonly Relation[], EndIndex>();

/** The relations' ends in text order, so the ones near a range are found by binary search, not by a scan of every relation. */
function endIndex(relations: readonly Relation[], byId: ReadonlyMap<string, Annotation>): EndIndex {
  const known = END_INDEXES.get(relations);
  if (known !== undefined && known.byId === byId) return known;
  const ends: { start: number; relation: number }[] = [];
  let longest = 0;
  relations.forEach((r, i) => {
    const from = byId.get(r.from);
    const to = byId.get(r.to);
    if (from === undefined || to === undefined) return;
    for (const end of [from, to]) {
      ends.push({ start: end.start, relation: i });
      longest = Math.max(longest, end.end - end.start);
    }
  });
  ends.sort((a, b) => a.start - b.start);
  const index = { byId, starts: Float64Array.from(ends, (e) => e.start), relation: Int32Array.from(ends, (e) => e.relation), longest };
  END_INDEXES.set(relations, index);
  return index;
}

/** The first index in the sorted `starts` whose value is at least `value`. */
function lowerBound(starts: Float64Array, value: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((starts[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The relations to draw, in list order: both ends drawn (not hidden by the filter), and at least
 * one end near the viewport; found through an index of the ends by position (made once per list),
 * so a scroll to a new screen looks at the relations there, not at all two thousand.
 */
export function relationsNear(
  relations: readonly Relation[],
  byId: ReadonlyMap<string, Annotation>,
  range: { start: number; end: number },
  isShown: (a: Annotation) => boolean,
): Relation[] {
  const index = endIndex(relations, byId);
  const found = new Set<number>();
  // An end overlaps the range when it starts before the range's end and ends after its start; no end is longer than `longest`.
  for (let k = lowerBound(index.starts, range.start - index.longest); k < index.starts.length && (index.starts[k] as number) < range.end; k++) found.add(index.relation[k] as number);
  const near = (a: Annotation) => a.start < range.end && a.end > range.start;
  return [...found]
    .sort((a, b) => a - b)
    .map((i) => relations[i] as Relation)
    .filter((r) => {
      const from = byId.get(r.from) as Annotation;
      const to = byId.get(r.to) as Annotation;
      return isShown(from) && isShown(to) && (near(from) || near(to));
    });
}

/** Where a tag far from the viewport is taken to be, unmeasured: above the frame or below it, so its arc leaves through an edge. */
export function farBox(annotation: Annotation, range: { start: number }, frameHeight: number): TagBox {
  const top = annotation.end <= range.start ? -1000 : frameHeight + 1000;
  return { left: 0, right: 0, top };
}

/** One Range for every tag measured, so measuring adds no live Range per tag that later DOM changes would have to update. */
let measuring: Range | null = null;

/** The first and last non-empty line pieces of the tag's text, read with one `getClientRects` (null when it has none, e.g. an empty tag). */
function tagRects(view: EditorView, from: number, to: number): { first: DOMRect; last: DOMRect } | null {
  const start = view.domAtPos(from, 1);
  const end = view.domAtPos(to, -1);
  measuring ??= document.createRange();
  measuring.setStart(start.node, start.offset);
  measuring.setEnd(end.node, end.offset);
  let first: DOMRect | null = null;
  let last: DOMRect | null = null;
  for (const rect of measuring.getClientRects()) {
    if (rect.width <= 0 || rect.height <= 0) continue;
    first ??= rect;
    last = rect;
  }
  return first !== null && last !== null ? { first, last } : null;
}

/**
 * The box of a tag's first line in the frame's coordinates, read from one range over its text
 * (a tag on one line spans its first piece's left to its last piece's right); a tag without
 * text pieces falls back to ProseMirror's caret coordinates at its two ends.
 */
export function tagBox(geometry: ArcGeometry, annotation: Annotation, origin: DOMRect): TagBox | null {
  try {
    const from = geometry.toPos(annotation.start);
    const to = geometry.toPos(annotation.end);
    const rects = tagRects(geometry.view, from, to);
    const start = rects?.first ?? geometry.view.coordsAtPos(from, 1);
    const endTop = rects?.last.top ?? geometry.view.coordsAtPos(to, -1).top;
    const endLeft = rects?.last.right ?? geometry.view.coordsAtPos(to, -1).left;
    const left = start.left - origin.left;
    const sameLine = Math.abs(endTop - start.top) < 4 && endLeft > start.left;
    const right = sameLine ? endLeft - origin.left : Math.min(left + WRAPPED_WIDTH, origin.width);
    return { left: Math.round(left), right: Math.round(right), top: Math.round(start.top - origin.top) };
  } catch {
    // A position outside the document (a stale tag during a switch): nothing to draw for it.
    return null;
  }
}

/**
 * The free room above a tag's top, in pixels: the text's line height less the height of its
 * glyphs and of the underline below the line above (one underline and a pixel), measured at one
 * tag, so arcs and labels can be kept between the lines instead of over the words; null when the
 * tag cannot be measured now.
 */
export function lineGutter(geometry: ArcGeometry, annotation: Annotation): number | null {
  try {
    const glyphs = geometry.view.coordsAtPos(geometry.toPos(annotation.start), 1);
    const style = getComputedStyle(geometry.view.dom);
    const lineHeight = Number.parseFloat(style.lineHeight);
    const height = Number.isFinite(lineHeight) ? lineHeight : Number.parseFloat(style.fontSize) * 1.2;
    return Math.max(0, height - (glyphs.bottom - glyphs.top) - LINE_PX - 1);
  } catch {
    return null;
  }
}

/**
 * The left and right edge of the selected tag's label chip in the frame's coordinates: the chip is
 * its first element's `::before` (no element of its own), placed at that element's left; null when
 * no chip is drawn (no tag selected, or the chips view, which draws none over the selected tag).
 */
export function chipBox(geometry: ArcGeometry, origin: DOMRect): { left: number; right: number } | null {
  const element = geometry.view.dom.querySelector(`.${CHIP_CLASS}`);
  const first = element?.getClientRects()[0];
  if (element == null || first === undefined) return null;
  const style = getComputedStyle(element, '::before');
  const width = Number.parseFloat(style.width) + Number.parseFloat(style.paddingLeft) + Number.parseFloat(style.paddingRight);
  if (style.content === 'none' || !Number.isFinite(width) || width <= 0) return null;
  const left = first.left - origin.left;
  return { left: Math.round(left), right: Math.round(left + width) };
}
