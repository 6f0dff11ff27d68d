/** A box in client px, as `getClientRects` gives it. */
export interface Box {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/**
 * A range's client boxes as line pieces: a range over several inline elements (a tag inside a
 * suggestion) gives a box per element and per text piece, so boxes on one line that touch or
 * overlap are merged, and empty ones dropped — one dashed box per line, as text-decoration drew it.
 */
export function linePieces(rects: readonly Box[]): Box[] {
  const out: Box[] = [];
  for (const r of rects) {
    if (r.width <= 0) continue;
    const last = out[out.length - 1];
    if (last && Math.abs(last.top - r.top) < 1 && Math.abs(last.height - r.height) < 1 && r.left <= last.left + last.width + 1 && r.left + r.width >= last.left - 1) {
      const left = Math.min(last.left, r.left);
      out[out.length - 1] = { left, top: last.top, width: Math.max(last.left + last.width, r.left + r.width) - left, height: last.height };
    } else out.push(r);
  }
  return out;
}
