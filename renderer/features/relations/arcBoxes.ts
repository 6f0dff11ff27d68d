import type { EditorView } from '@tiptap/pm/view';
import type { Annotation } from '@shared/annotation/annotation';
import type { Relation } from '@shared/relation/relation';
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
}

/** Width of a tag's box when it wraps to the next line (its first line's end is not measured). */
const WRAPPED_WIDTH = 48;

/**
 * The code-point range of the text near the viewport: what is visible plus two screens above
 * and below, so arcs are ready before they scroll in and the range holds while the pane scrolls
 * up to a screen (see `bandCovers`: a wheel scroll finds it anew every few steps, not on each),
 * and nothing far away is measured — measuring a skipped
 * paragraph would make the browser lay it out and shift the page under the reader.
 */
export function nearViewport(geometry: ArcGeometry, textLength: number): { start: number; end: number } {
  const { view, viewport } = geometry;
  const box = viewport.getBoundingClientRect();
  const dom = view.dom.getBoundingClientRect();
  const left = Math.min(Math.max(box.left, dom.left) + 4, dom.right - 1);
  const atY = (y: number) => {
    const clamped = Math.min(Math.max(y, dom.top + 1), dom.bottom - 1);
    const hit = view.posAtCoords({ left, top: clamped });
    return hit === null ? null : geometry.toCodePoint(hit.pos);
  };
  const top = atY(box.top) ?? 0;
  const bottom = atY(box.bottom) ?? textLength;
  const margin = Math.max(bottom - top, 200) * 2;
  return { start: Math.max(0, top - margin), end: Math.min(textLength, bottom + margin) };
}

/** The relations to draw: both ends drawn (not hidden by the filter), and at least one end near the viewport. */
export function relationsNear(
  relations: readonly Relation[],
  byId: ReadonlyMap<string, Annotation>,
  range: { start: number; end: number },
  isShown: (a: Annotation) => boolean,
): Relation[] {
  const near = (a: Annotation) => a.start < range.end && a.end > range.start;
  return relations.filter((r) => {
    const from = byId.get(r.from);
    const to = byId.get(r.to);
    return from !== undefined && to !== undefined && isShown(from) && isShown(to) && (near(from) || near(to));
  });
}

/** Where a tag far from the viewport is taken to be, unmeasured: above the frame or below it, so its arc leaves through an edge. */
export function farBox(annotation: Annotation, range: { start: number }, frameHeight: number): TagBox {
  const top = annotation.end <= range.start ? -1000 : frameHeight + 1000;
  return { left: 0, right: 0, top };
}

/** The box of a tag's first line in the frame's coordinates, measured from ProseMirror's caret coordinates. */
export function tagBox(geometry: ArcGeometry, annotation: Annotation, origin: DOMRect): TagBox | null {
  try {
    const start = geometry.view.coordsAtPos(geometry.toPos(annotation.start), 1);
    const end = geometry.view.coordsAtPos(geometry.toPos(annotation.end), -1);
    const left = start.left - origin.left;
    const sameLine = Math.abs(end.top - start.top) < 4 && end.left > start.left;
    const right = sameLine ? end.left - origin.left : Math.min(left + WRAPPED_WIDTH, origin.width);
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
