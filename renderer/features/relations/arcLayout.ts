/** A tag's first line on screen, in the overlay's coordinates (pixels). */
export interface TagBox {
  readonly left: number;
  readonly right: number;
  readonly top: number;
}

/** One relation to draw: its id, the boxes of its two tags and the label on the arc. */
export interface ArcInput {
  readonly id: string;
  readonly from: TagBox;
  readonly to: TagBox;
  readonly label: string;
}

/** One drawn piece of an arc: an SVG path, where its label goes and whether it ends in the arrow. */
export interface ArcSegment {
  readonly path: string;
  readonly labelX: number;
  readonly labelY: number;
  readonly arrow: boolean;
}

/** A laid-out relation: one segment on one line, or two (source line, target line) like brat's split arcs. */
export interface ArcShape {
  readonly id: string;
  readonly label: string;
  readonly lane: number;
  readonly segments: readonly ArcSegment[];
}

/** Sizes of the layout, in pixels. */
export interface ArcLayoutOptions {
  /** The overlay's width: an arc to another line leaves through this edge or the left one. */
  readonly width: number;
  /** Height of the lowest lane above a tag's top. */
  readonly baseHeight: number;
  /** Extra height of each further lane. */
  readonly laneHeight: number;
  /** Lanes used before arcs share the highest one. */
  readonly maxLanes: number;
  /** Tops closer than this are on the same line. */
  readonly rowTolerance: number;
  /** Approximate width of one label character, to keep labels of one lane apart. */
  readonly charWidth: number;
}

export const DEFAULT_ARC_LAYOUT: ArcLayoutOptions = { width: 800, baseHeight: 7, laneHeight: 9, maxLanes: 4, rowTolerance: 8, charWidth: 6 };

const CORNER = 4;
const SPREAD = 7;

interface Piece {
  readonly row: number;
  readonly x0: number;
  readonly x1: number;
}

/** An anchor per (tag, arc): arcs sharing a tag leave it side by side, ordered by where they go, so they stay apart. */
function anchors(arcs: readonly ArcInput[]): Map<string, { from: number; to: number }> {
  const byTag = new Map<string, { arc: number; end: 'from' | 'to'; toward: number }[]>();
  arcs.forEach((arc, i) => {
    for (const end of ['from', 'to'] as const) {
      const box = arc[end];
      const other = arc[end === 'from' ? 'to' : 'from'];
      const key = `${box.left}:${box.top}:${box.right}`;
      const list = byTag.get(key) ?? [];
      list.push({ arc: i, end, toward: other.top * 1e6 + other.left });
      byTag.set(key, list);
    }
  });
  const out = new Map<string, { from: number; to: number }>();
  for (const list of byTag.values()) {
    list.sort((a, b) => a.toward - b.toward);
    list.forEach((entry, k) => {
      const arc = arcs[entry.arc] as ArcInput;
      const box = arc[entry.end];
      const centre = (box.left + box.right) / 2;
      const room = Math.max(0, (box.right - box.left) / 2 - 2);
      const x = centre + Math.max(-room, Math.min(room, (k - (list.length - 1) / 2) * SPREAD));
      const slot = out.get(arc.id) ?? { from: centre, to: centre };
      slot[entry.end] = x;
      out.set(arc.id, slot);
    });
  }
  return out;
}

/** The path up from (x1, y1) to height `top`, across, and down to (x2, y2), with rounded corners. */
function bracket(x1: number, y1: number, x2: number, y2: number, top: number): string {
  const dir = x2 >= x1 ? 1 : -1;
  const r = Math.min(CORNER, Math.abs(x2 - x1) / 2);
  return [
    `M${x1} ${y1}`,
    `L${x1} ${top + r}`,
    `Q${x1} ${top} ${x1 + dir * r} ${top}`,
    `L${x2 - dir * r} ${top}`,
    `Q${x2} ${top} ${x2} ${top + r}`,
    `L${x2} ${y2}`,
  ].join(' ');
}

/** The path up from (x, y) to height `top` and along it to the overlay's edge `edge`. */
function leave(x: number, y: number, edge: number, top: number): string {
  const dir = edge >= x ? 1 : -1;
  return `M${x} ${y} L${x} ${top + CORNER} Q${x} ${top} ${x + dir * CORNER} ${top} L${edge} ${top}`;
}

/** The path in from the overlay's edge `edge` at height `top` and down to (x, y). */
function arrive(edge: number, x: number, y: number, top: number): string {
  const dir = x >= edge ? 1 : -1;
  return `M${edge} ${top} L${x - dir * CORNER} ${top} Q${x} ${top} ${x} ${top + CORNER} L${x} ${y}`;
}

/**
 * Lays out relation arcs above the text as brat and INCEpTION draw them: a bracket from the
 * source tag's top to the target's, labelled at its middle; an arc between two lines becomes
 * two halves, leaving the source's line at the edge it heads to and entering the target's from
 * the other. Shorter arcs take lower lanes, and an arc rises a lane wherever it would cross an
 * arc (or its label) already placed on the same line, so several arcs from one tag stay readable.
 */
export function layoutArcs(arcs: readonly ArcInput[], options: ArcLayoutOptions = DEFAULT_ARC_LAYOUT): ArcShape[] {
  const at = anchors(arcs);
  const order = arcs
    .map((arc, index) => ({ arc, index, split: Math.abs(arc.from.top - arc.to.top) >= options.rowTolerance }))
    .sort((a, b) => Number(a.split) - Number(b.split) || Math.abs(a.arc.to.left - a.arc.from.left) - Math.abs(b.arc.to.left - b.arc.from.left) || a.index - b.index);
  const lanes: Piece[][] = [];
  const shapes: ArcShape[] = [];
  for (const { arc, split } of order) {
    const x = at.get(arc.id) ?? { from: arc.from.left, to: arc.to.left };
    const half = (arc.label.length * options.charWidth) / 2 + 3;
    const forward = arc.to.top > arc.from.top || (!split && x.to >= x.from);
    const exit = forward ? options.width : 0;
    const pieces: Piece[] = split
      ? [
          { row: arc.from.top, x0: Math.min(x.from, exit), x1: Math.max(x.from, exit) },
          { row: arc.to.top, x0: Math.min(x.to, options.width - exit), x1: Math.max(x.to, options.width - exit) },
        ]
      : [{ row: arc.from.top, x0: Math.min(x.from, x.to, (x.from + x.to) / 2 - half), x1: Math.max(x.from, x.to, (x.from + x.to) / 2 + half) }];
    let lane = 0;
    const clash = (placed: Piece[]) =>
      pieces.some((p) => placed.some((q) => Math.abs(q.row - p.row) < options.rowTolerance && q.x0 <= p.x1 + 2 && p.x0 <= q.x1 + 2));
    while (lane < options.maxLanes - 1 && clash(lanes[lane] ?? [])) lane++;
    (lanes[lane] ??= []).push(...pieces);
    const rise = options.baseHeight + lane * options.laneHeight;
    const fromTop = arc.from.top - rise;
    const toTop = arc.to.top - rise;
    const segments: ArcSegment[] = split
      ? [
          { path: leave(x.from, arc.from.top, exit, fromTop), labelX: (x.from + exit) / 2, labelY: fromTop, arrow: false },
          { path: arrive(options.width - exit, x.to, arc.to.top, toTop), labelX: (x.to + options.width - exit) / 2, labelY: toTop, arrow: true },
        ]
      : [{ path: bracket(x.from, arc.from.top, x.to, arc.to.top, Math.min(fromTop, toTop)), labelX: (x.from + x.to) / 2, labelY: Math.min(fromTop, toTop), arrow: true }];
    shapes.push({ id: arc.id, label: arc.label, lane, segments });
  }
  return shapes;
}
