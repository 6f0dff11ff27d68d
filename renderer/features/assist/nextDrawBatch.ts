/** One change to the drawn suggestions: a suggestion to draw or to take away, and the editor position where it starts. */
export interface DrawChange {
  readonly id: string;
  readonly pos: number;
}

/**
 * The changes one frame draws: at most `max`, from the paragraphs (`blockOf` gives a position's
 * paragraph start) nearest to `center` first, and in text order inside a paragraph. ProseMirror
 * redraws a paragraph's text pieces from the first changed one to the paragraph's end, so a frame
 * that adds a paragraph's suggestions front to back in parts re-renders about `max` pieces, not
 * the whole paragraph's hundreds each time; the view is drawn first and the rest follows frame by frame.
 */
export function nextDrawBatch(changes: readonly DrawChange[], center: number, max: number, blockOf: (pos: number) => number): Set<string> {
  const blocks = new Map<number, DrawChange[]>();
  for (const change of changes) {
    const block = blockOf(change.pos);
    const list = blocks.get(block);
    if (list) list.push(change);
    else blocks.set(block, [change]);
  }
  const batch = new Set<string>();
  const nearest = [...blocks.keys()].sort((a, b) => Math.abs(a - center) - Math.abs(b - center) || a - b);
  for (const block of nearest) {
    for (const change of (blocks.get(block) ?? []).sort((a, b) => a.pos - b.pos)) {
      if (batch.size >= Math.max(1, max)) return batch;
      batch.add(change.id);
    }
  }
  return batch;
}
