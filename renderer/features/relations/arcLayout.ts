import { arcAnchors } from './arcAnchors';
import { shortLabels } from './shortLabels';

/** A tag's first line on screen, in the overlay's coordinates (pixels). */
export interface TagBox {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  /** The selected tag's label chip over its first line (left and right edge), which covers the gutter there: arcs leave beside it and labels avoid it. */
  readonly chip?: { readonly left: number; readonly right: number };
}

/** One relation to draw: its id, the boxes of its two tags and the label on the arc. */
export interface ArcInput {
  readonly id: string;
  readonly from: TagBox;
  readonly to: TagBox;
  readonly label: string;
}

/** A laid-out relation: one SVG path from the source's top to the target's (arrow at the end) and its one label box. */
export interface ArcShape {
  readonly id: string;
  /** The label drawn: the type's name, or its short form on a line too crowded for it (the arc's accessible name and tooltip stay full). */
  readonly label: string;
  readonly lane: number;
  readonly path: string;
  /** The label's box: centre and width (its height is the layout's `labelHeight`). */
  readonly labelX: number;
  readonly labelY: number;
  readonly labelWidth: number;
}

/** Sizes of the layout, in pixels. */
export interface ArcLayoutOptions {
  /** The text column's width: every arc and label stays within 0…width. */
  readonly width: number;
  /** The free room above a tag's top, below the words (and underlines) of the line above: arcs and labels stay in it. */
  readonly gutter: number;
  /** Height of the lowest lane above a tag's top. */
  readonly baseHeight: number;
  /** Extra height of each further lane. */
  readonly laneHeight: number;
  /** Lanes used before arcs share the highest one (fewer when the gutter holds fewer). */
  readonly maxLanes: number;
  /** Tops closer than this are on the same line. */
  readonly rowTolerance: number;
  /** Approximate width of one label character. */
  readonly charWidth: number;
  /** Height of a label's box. */
  readonly labelHeight: number;
}

export const DEFAULT_ARC_LAYOUT: ArcLayoutOptions = { width: 800, gutter: 13, baseHeight: 3, laneHeight: 3, maxLanes: 4, rowTolerance: 8, charWidth: 5.6, labelHeight: 10 };

const CORNER = 3;
/** Room kept between two labels of one line. */
const LABEL_GAP = 3;

interface Span {
  readonly row: number;
  readonly x0: number;
  readonly x1: number;
}

/**
 * Spans filed by line (buckets as tall as the row tolerance), so a label or lane looks only at the
 * spans of its own line and the two next to it, not at every span laid out before it.
 */
class RowIndex {
  private readonly buckets = new Map<number, Span[]>();
  constructor(private readonly tolerance: number) {}

  add(span: Span): void {
    const key = Math.floor(span.row / this.tolerance);
    const list = this.buckets.get(key);
    if (list === undefined) this.buckets.set(key, [span]);
    else list.push(span);
  }

  /** True when a span within the tolerance of `row` satisfies `test`. */
  some(row: number, test: (span: Span) => boolean): boolean {
    const key = Math.floor(row / this.tolerance);
    for (let k = key - 1; k <= key + 1; k++) {
      const list = this.buckets.get(k);
      if (list !== undefined && list.some((p) => Math.abs(p.row - row) < this.tolerance && test(p))) return true;
    }
    return false;
  }
}

const round = (n: number) => Math.round(n * 10) / 10;

/** An SVG path through `points` with straight runs and small rounded corners (each no larger than half its shorter run). */
export function roundedPath(points: readonly (readonly [number, number])[]): string {
  const parts = points.length > 0 ? [`M${round(points[0]![0])} ${round(points[0]![1])}`] : [];
  for (let i = 1; i < points.length; i++) {
    const [x, y] = points[i]!;
    const next = points[i + 1];
    if (next === undefined) {
      parts.push(`L${round(x)} ${round(y)}`);
      break;
    }
    const [px, py] = points[i - 1]!;
    const inLength = Math.hypot(x - px, y - py);
    const outLength = Math.hypot(next[0] - x, next[1] - y);
    const r = Math.min(CORNER, inLength / 2, outLength / 2);
    if (r <= 0) continue;
    const before = [x - ((x - px) / inLength) * r, y - ((y - py) / inLength) * r];
    const after = [x + ((next[0] - x) / outLength) * r, y + ((next[1] - y) / outLength) * r];
    parts.push(`L${round(before[0]!)} ${round(before[1]!)}`, `Q${round(x)} ${round(y)} ${round(after[0]!)} ${round(after[1]!)}`);
  }
  return parts.join(' ');
}

/** The lanes that fit in the gutter: a lane's line must stay below the words of the line above. */
export function lanesIn(options: ArcLayoutOptions): number {
  const fit = Math.floor((options.gutter - 1 - options.baseHeight) / options.laneHeight) + 1;
  return Math.max(1, Math.min(options.maxLanes, fit));
}

/**
 * Where a label can go on its line: centred on its arc's run where that is free, else slid along
 * the run (or `reach` beyond its centre, when wider) to the first place no other label of the line
 * takes, always inside the column; null when there is no free place.
 */
function freePlace(placed: RowIndex, row: number, x0: number, x1: number, width: number, options: ArcLayoutOptions, reach = 0): number | null {
  const half = width / 2;
  const clamp = (x: number) => Math.max(half + 1, Math.min(options.width - half - 1, x));
  const centre = clamp((x0 + x1) / 2);
  const free = (x: number) => !placed.some(row, (p) => p.x0 < x + half + LABEL_GAP && x - half - LABEL_GAP < p.x1);
  if (free(centre)) return centre;
  const room = Math.max(reach, (x1 - x0) / 2 - half);
  for (let shift = 4; shift <= room; shift += 4) {
    const candidate = [clamp(centre - shift), clamp(centre + shift)].find(free);
    if (candidate !== undefined) return candidate;
  }
  return null;
}

/** The first of a label's runs (the lines it may be drawn on, in order of preference) with a free place for it, filed as taken; null when none has one. */
function placeFree(placed: RowIndex, runs: readonly Span[], width: number, options: ArcLayoutOptions, reach = 0): { row: number; x: number } | null {
  for (const run of runs) {
    const x = freePlace(placed, run.row, run.x0, run.x1, width, options, reach);
    if (x !== null) {
      placed.add({ row: run.row, x0: x - width / 2, x1: x + width / 2 });
      return { row: run.row, x };
    }
  }
  return null;
}

/** A label's width on screen, by its UTF-16 length (an emoji, drawn wider than a letter, counts two). */
const labelWidthOf = (label: string, options: ArcLayoutOptions) => Math.round(label.length * options.charWidth + 6);

/**
 * Where a label goes and what it says: its full text on the first of its runs with a free place;
 * when none has one (a crowded line), its short form (`shortLabels`) on the first free place near
 * its arc, staggered along the line by up to a few label widths; when even that finds none, the
 * short form at the first run's centre (touching other labels at worst, never the words).
 */
function placeLabel(placed: RowIndex, runs: readonly Span[], label: string, short: string, options: ArcLayoutOptions): { row: number; x: number; text: string; width: number } {
  const width = labelWidthOf(label, options);
  const full = placeFree(placed, runs, width, options);
  if (full !== null) return { ...full, text: label, width };
  const shortWidth = labelWidthOf(short, options);
  const staggered = placeFree(placed, runs, shortWidth, options, 3 * shortWidth);
  if (staggered !== null) return { ...staggered, text: short, width: shortWidth };
  const first = runs[0] as Span;
  const half = shortWidth / 2;
  const x = Math.max(half + 1, Math.min(options.width - half - 1, (first.x0 + first.x1) / 2));
  placed.add({ row: first.row, x0: x - half, x1: x + half });
  return { row: first.row, x, text: short, width: shortWidth };
}

/**
 * Lays out relation arcs in the gutter above the text, as brat and INCEpTION draw them but never
 * over a word: a bracket from the source tag's top to the target's, its lane and its label in the
 * room between this line's words and the line above's, so no label hides text. An arc to another
 * line is one path — up from the source, along the gutter to the column's right edge, along the
 * edge to the target's line and in to the target — with one label on the source's line (the
 * target's when the source is off screen, above 0 or below `height`). Shorter arcs take lower
 * lanes, an arc rises a lane wherever it would cross an arc already placed on its line, and labels
 * of one line are kept apart (shortened to the type's initial where the line is crowded), so several arcs from one tag stay readable. The shapes come back in
 * the order of `arcs` (the relation list's), those on one line first, so arcs that stay on screen
 * keep their place in the DOM.
 */
export function layoutArcs(arcs: readonly ArcInput[], options: ArcLayoutOptions = DEFAULT_ARC_LAYOUT, height = Infinity): ArcShape[] {
  const at = arcAnchors(arcs, options);
  const short = shortLabels(arcs.map((arc) => arc.label));
  const lanesUsable = lanesIn(options);
  const order = arcs
    .map((arc, index) => ({ arc, index, split: Math.abs(arc.from.top - arc.to.top) >= options.rowTolerance }))
    .sort((a, b) => Number(a.split) - Number(b.split) || Math.abs(a.arc.to.left - a.arc.from.left) - Math.abs(b.arc.to.left - b.arc.from.left) || a.index - b.index);
  const lanes: RowIndex[] = [];
  const labels = new RowIndex(options.rowTolerance);
  // The selected tag's chip takes its part of the gutter: no label goes under it.
  for (const arc of arcs) for (const box of [arc.from, arc.to]) if (box.chip !== undefined) labels.add({ row: box.top, x0: box.chip.left, x1: box.chip.right });
  // Listed in the input's order, whatever order they were laid out in, arcs to other lines after
  // those on one line (their labels drawn on top): a redraw that adds arcs moves no drawn one in the DOM.
  const shapes: ArcShape[] = new Array<ArcShape>(arcs.length);
  // A label's centre sits in the gutter, as near its lane's line as the gutter allows.
  const labelRise = (rise: number) => Math.max(options.labelHeight / 2 + 0.5, Math.min(options.gutter - options.labelHeight / 2 - 0.5, rise));
  for (const { arc, index, split } of order) {
    const x = at.get(arc.id) ?? { from: arc.from.left, to: arc.to.left };
    const runs: Span[] = split
      ? [
          { row: arc.from.top, x0: x.from, x1: options.width },
          { row: arc.to.top, x0: x.to, x1: options.width },
        ]
      : [{ row: arc.from.top, x0: Math.min(x.from, x.to), x1: Math.max(x.from, x.to) }];
    let lane = 0;
    const clash = (placed: RowIndex | undefined) => placed !== undefined && runs.some((p) => placed.some(p.row, (q) => q.x0 <= p.x1 + 2 && p.x0 <= q.x1 + 2));
    while (lane < lanesUsable - 1 && clash(lanes[lane])) lane++;
    const laneIndex = (lanes[lane] ??= new RowIndex(options.rowTolerance));
    for (const run of runs) laneIndex.add(run);
    const rise = options.baseHeight + lane * options.laneHeight;
    const fromTop = arc.from.top - rise;
    const toTop = arc.to.top - rise;
    // The edge run of arcs to other lines: one per lane, inside the column.
    const edge = options.width - 1 - lane * 2;
    const path = split
      ? roundedPath([
          [x.from, arc.from.top],
          [x.from, fromTop],
          [edge, fromTop],
          [edge, toTop],
          [x.to, toTop],
          [x.to, arc.to.top],
        ])
      : roundedPath([
          [x.from, arc.from.top],
          [x.from, Math.min(fromTop, toTop)],
          [x.to, Math.min(fromTop, toTop)],
          [x.to, arc.to.top],
        ]);
    // An arc to another line is labelled on the source's line, else (no room there, or the source off screen) on the target's.
    const shown = (box: TagBox) => box.top >= 0 && box.top <= height;
    const labelRuns = split ? [arc.from, arc.to].flatMap((end, i) => (shown(end) ? [{ ...(runs[i] as Span), x1: edge }] : [])) : runs;
    const label = placeLabel(labels, labelRuns.length > 0 ? labelRuns : [{ ...(runs[1] as Span), x1: edge }], arc.label, short.get(arc.label) ?? arc.label, options);
    shapes[index] = { id: arc.id, label: label.text, lane, path, labelX: round(label.x), labelY: round(label.row - labelRise(rise)), labelWidth: label.width };
  }
  const splits = new Set(order.filter((o) => o.split).map((o) => o.index));
  return [...shapes.filter((_, i) => !splits.has(i)), ...shapes.filter((_, i) => splits.has(i))];
}
