import type { ArcInput, ArcLayoutOptions, TagBox } from './arcLayout';

/** Room between two arcs leaving one tag side by side. */
const SPREAD = 7;
/** Room between the selected tag's chip and an arc leaving beside it. */
const CHIP_GAP = 3;

/** One arc's end at a tag, with the arc's other end: where it goes. */
interface End {
  readonly arc: number;
  readonly end: 'from' | 'to';
  readonly other: TagBox;
}

/** Where an arc that leaves a tag goes: into the line left of the tag (only an arc on the same line can), else right (an arc to another line runs to the column's right edge). */
const goesLeft = (box: TagBox, other: TagBox, tolerance: number) => Math.abs(other.top - box.top) < tolerance && other.left + other.right < box.left + box.right;

/**
 * Anchors beside a tag's chip, which hides the gutter over its width: arcs going left leave just
 * left of it, the others just right of it, each side spreading outward with the farthest arc
 * innermost (it takes the higher lane, so its stem then crosses no lower arc's run).
 */
function chipAnchors(box: TagBox & { chip: NonNullable<TagBox['chip']> }, list: readonly End[], options: ArcLayoutOptions): Map<End, number> {
  const out = new Map<End, number>();
  const distance = (entry: End) => (Math.abs(entry.other.top - box.top) < options.rowTolerance ? Math.abs(entry.other.left - box.left) : Infinity);
  const inward = (a: End, b: End) => distance(b) - distance(a) || a.arc - b.arc;
  const left = list.filter((e) => goesLeft(box, e.other, options.rowTolerance)).sort(inward);
  const right = list.filter((e) => !goesLeft(box, e.other, options.rowTolerance)).sort(inward);
  const clamp = (x: number) => Math.max(1, Math.min(options.width - 1, x));
  left.forEach((entry, k) => out.set(entry, clamp(box.chip.left - CHIP_GAP - k * SPREAD)));
  right.forEach((entry, k) => out.set(entry, clamp(box.chip.right + CHIP_GAP + k * SPREAD)));
  return out;
}

/** An anchor per (tag, arc): arcs sharing a tag leave it side by side, ordered by where they go, so they stay apart (beside the chip on the selected tag). */
export function arcAnchors(arcs: readonly ArcInput[], options: ArcLayoutOptions): Map<string, { from: number; to: number }> {
  const byTag = new Map<string, { box: TagBox; list: End[] }>();
  arcs.forEach((arc, i) => {
    for (const end of ['from', 'to'] as const) {
      const box = arc[end];
      const key = `${box.left}:${box.top}:${box.right}`;
      const tag = byTag.get(key) ?? { box, list: [] };
      tag.list.push({ arc: i, end, other: arc[end === 'from' ? 'to' : 'from'] });
      byTag.set(key, tag);
    }
  });
  const out = new Map<string, { from: number; to: number }>();
  const put = (entry: End, x: number) => {
    const arc = arcs[entry.arc] as ArcInput;
    const slot = out.get(arc.id) ?? { from: x, to: x };
    slot[entry.end] = x;
    out.set(arc.id, slot);
  };
  for (const { box, list } of byTag.values()) {
    const chip = list.map((e) => arcs[e.arc]?.[e.end].chip).find((c) => c !== undefined);
    if (chip !== undefined) {
      for (const [entry, x] of chipAnchors({ ...box, chip }, list, options)) put(entry, x);
      continue;
    }
    const toward = (e: End) => e.other.top * 1e6 + e.other.left;
    list.sort((a, b) => toward(a) - toward(b));
    list.forEach((entry, k) => {
      const centre = (box.left + box.right) / 2;
      const room = Math.max(0, (box.right - box.left) / 2 - 2);
      put(entry, centre + Math.max(-room, Math.min(room, (k - (list.length - 1) / 2) * SPREAD)));
    });
  }
  return out;
}
