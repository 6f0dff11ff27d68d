import { linePieces, type Box } from './linePieces';

/** The thickness (px) of a suggestion's dashed lines, and of the current one's (assist.css strokes them). */
export const SUGGESTION_LINE = 1.5;
export const CURRENT_SUGGESTION_LINE = 3;

/** A length for a path, to the hundredth of a pixel (no exponent, and a redraw that moved nothing reads the same). */
const px = (n: number) => String(Math.round(n * 100) / 100);

/**
 * The SVG path `d` of a suggestion's dashes: a line just above and just below each line piece of its
 * client boxes, relative to the drawing's corner (x, y) — a stroke is centred on its line, so the dashes
 * sit outside the text's box, where text-decoration's over- and underline drew them.
 */
export function dashedLinesPath(rects: readonly Box[], x: number, y: number, current: boolean): string {
  const half = (current ? CURRENT_SUGGESTION_LINE : SUGGESTION_LINE) / 2;
  return linePieces(rects)
    .map((r) => `M${px(r.left - x)} ${px(r.top - y - half)}h${px(r.width)}M${px(r.left - x)} ${px(r.top - y + r.height + half)}h${px(r.width)}`)
    .join('');
}
