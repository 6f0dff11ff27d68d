import type { Annotation } from '../annotation/annotation';
import { compareSpans, greedyOverlapPairs } from './greedyOverlapPairs';
import { REVIEW_ROW_KINDS, reviewRowId, type ReviewRow } from './reviewRow';

function checkUniqueIds(list: readonly Annotation[], side: string): void {
  const seen = new Set<string>();
  for (const a of list) {
    if (seen.has(a.id)) throw new Error(`${side} annotations contain the id ${JSON.stringify(a.id)} twice`);
    seen.add(a.id);
  }
}

/**
 * Pairs `mine[i]` with `theirs[j]` for which `key` gives the same string, each at most once, in
 * span order; returns the pairs and removes the paired annotations from both pools.
 */
function pairByKey(mine: Annotation[], theirs: Annotation[], key: (a: Annotation) => string, accept: (m: Annotation, t: Annotation) => boolean): [Annotation, Annotation][] {
  const waiting = new Map<string, Annotation[]>();
  for (const t of theirs) {
    const list = waiting.get(key(t)) ?? [];
    list.push(t);
    waiting.set(key(t), list);
  }
  const pairs: [Annotation, Annotation][] = [];
  const used = new Set<Annotation>();
  for (const m of mine) {
    const candidates = waiting.get(key(m)) ?? [];
    const index = candidates.findIndex((t) => accept(m, t));
    if (index === -1) continue;
    const [t] = candidates.splice(index, 1) as [Annotation];
    pairs.push([m, t]);
    used.add(m).add(t);
  }
  dropUsed(mine, used);
  dropUsed(theirs, used);
  return pairs;
}

/** Removes the paired tags from `list` in place, without spreading it into arguments (200,000 tags overflowed the stack). */
function dropUsed(list: Annotation[], used: ReadonlySet<Annotation>): void {
  let kept = 0;
  for (const a of list) if (!used.has(a)) list[kept++] = a;
  list.length = kept;
}

function rowPlace(row: ReviewRow): { start: number; end: number } {
  const sides = [row.mine, row.theirs].filter((a): a is Annotation => a !== undefined);
  return { start: Math.min(...sides.map((a) => a.start)), end: Math.max(...sides.map((a) => a.end)) };
}

/** Text order of rows: first code point, then last, then kind (REVIEW_ROW_KINDS order), then ids. */
function compareRows(x: ReviewRow, y: ReviewRow): number {
  const px = rowPlace(x);
  const py = rowPlace(y);
  return px.start - py.start || px.end - py.end
    || REVIEW_ROW_KINDS.indexOf(x.kind) - REVIEW_ROW_KINDS.indexOf(y.kind)
    || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
}

/**
 * Aligns my annotations with one colleague's over the same text into the difference list of
 * the review; every annotation lands in exactly one row. Matching runs in order of strength:
 * (1) agree — same start, end, label; (2) label conflict — same start and end, other label;
 * (3) boundary conflict — same label and overlapping, paired by `greedyOverlapPairs` (the
 * overlap-F1 rule); (4) the rest are only-mine / only-theirs. Within a step, pairs are taken in
 * (start, end, id) order. Rows come in text order (see `compareRows`). Ids must be unique per
 * side (they key the decisions); the inputs are never changed.
 */
export function alignAnnotations(mine: readonly Annotation[], theirs: readonly Annotation[]): ReviewRow[] {
  checkUniqueIds(mine, 'my');
  checkUniqueIds(theirs, 'their');
  const restMine = [...mine].sort(compareSpans);
  const restTheirs = [...theirs].sort(compareSpans);
  const rows: ReviewRow[] = [];
  const span = (a: Annotation): string => `${a.start}:${a.end}`;
  for (const [m, t] of pairByKey(restMine, restTheirs, (a) => `${span(a)}:${a.label}`, () => true)) {
    rows.push({ id: reviewRowId('agree', m, t), kind: 'agree', mine: m, theirs: t });
  }
  for (const [m, t] of pairByKey(restMine, restTheirs, span, (x, y) => x.label !== y.label)) {
    rows.push({ id: reviewRowId('label-conflict', m, t), kind: 'label-conflict', mine: m, theirs: t });
  }
  const boundary = greedyOverlapPairs(restMine, restTheirs);
  const paired = new Set<Annotation>(boundary.flatMap((p) => [p.a, p.b]));
  for (const { a: m, b: t, overlap } of boundary) {
    rows.push({ id: reviewRowId('boundary-conflict', m, t), kind: 'boundary-conflict', mine: m, theirs: t, overlap });
  }
  for (const m of restMine) if (!paired.has(m)) rows.push({ id: reviewRowId('only-mine', m, undefined), kind: 'only-mine', mine: m });
  for (const t of restTheirs) if (!paired.has(t)) rows.push({ id: reviewRowId('only-theirs', undefined, t), kind: 'only-theirs', theirs: t });
  return rows.sort(compareRows);
}
