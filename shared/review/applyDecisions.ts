import type { Annotation } from '../annotation/annotation';
import { sortAnnotations } from '../annotation/annotationList';
import { decisionFor, type ReviewDecisions } from './reviewDecisions';
import type { ReviewRow } from './reviewRow';

/** Injected identity and clock: who the resulting set belongs to, how new ids are made, and when. */
export interface ApplyDecisionsOptions {
  /** Id for a copy of a colleague's annotation; may derive it from `source` for stable ids. */
  readonly newId: (source: Annotation) => string;
  /** ISO timestamp written to createdAt/updatedAt of what this changes. */
  readonly now: string;
  /** Annotator of the resulting set, written on copies of colleagues' annotations. */
  readonly annotator: string;
}

/** My annotation reshaped to their span and/or label, keeping my id, annotator, note and createdAt. */
function takeTheirShape(mine: Annotation, theirs: Annotation, now: string): Annotation {
  const sameSpan = mine.start === theirs.start && mine.end === theirs.end;
  if (sameSpan && mine.label === theirs.label) return mine;
  const next: Annotation = { ...mine, label: theirs.label, start: theirs.start, end: theirs.end, text: theirs.text, updatedAt: now };
  if (!sameSpan) {
    delete next.prefix;
    delete next.suffix;
    if (theirs.prefix !== undefined) next.prefix = theirs.prefix;
    if (theirs.suffix !== undefined) next.suffix = theirs.suffix;
  }
  return next;
}

function sameSpanAndLabel(x: Annotation | undefined, y: Annotation): boolean {
  return x !== undefined && x.start === y.start && x.end === y.end && x.label === y.label;
}

/** A copy of their annotation for my set: new id, my annotator, created now; their note is kept. */
function copyOfTheirs(theirs: Annotation, options: ApplyDecisionsOptions): Annotation {
  const { id: _id, annotator: _annotator, createdAt: _created, updatedAt: _updated, ...shape } = theirs;
  return { ...shape, id: options.newId(theirs), annotator: options.annotator, createdAt: options.now, updatedAt: options.now };
}

/**
 * Produces my resulting set from my annotations, the rows of `alignAnnotations(mine, theirs)`
 * and the decisions; nothing passed in is changed (imported sets are never touched). The rule
 * is the same for every row kind — the place ends up as the chosen side, 'reject' as neither:
 *
 * | row               | accept-theirs                  | keep-mine | reject      | undecided |
 * |-------------------|--------------------------------|-----------|-------------|-----------|
 * | agree             | mine (equal to theirs)         | mine      | mine removed| mine      |
 * | label-conflict    | mine retagged to their label   | mine      | mine removed| mine      |
 * | boundary-conflict | mine moved to their span       | mine      | mine removed| mine      |
 * | only-mine         | mine removed (they have none)  | mine      | mine removed| mine      |
 * | only-theirs       | copy of theirs added (newId)   | nothing   | nothing     | nothing   |
 *
 * Retag and move keep my id, annotator, note and createdAt and set updatedAt = now. Their spans
 * must already be anchored on my text (re-anchor an import first). Rows must come from `mine`:
 * a row whose annotation is not in `mine` (same id, span and label) throws, so stale rows cannot silently drop work.
 * Annotations of `mine` not in any row are kept. Result in text order.
 */
export function applyDecisions(
  mine: readonly Annotation[],
  rows: readonly ReviewRow[],
  decisions: ReviewDecisions,
  options: ApplyDecisionsOptions,
): Annotation[] {
  const byId = new Map(mine.map((a) => [a.id, a] as const));
  const added: Annotation[] = [];
  for (const row of rows) {
    const current = row.mine === undefined ? undefined : byId.get(row.mine.id);
    if (row.mine !== undefined && !sameSpanAndLabel(current, row.mine)) {
      throw new Error(`review row ${row.id} is stale: annotation ${row.mine.id} is not in my current set`);
    }
    const decision = decisionFor(decisions, row.id);
    if (decision === undefined || decision === 'keep-mine') continue;
    if (row.mine === undefined) {
      if (decision === 'accept-theirs') added.push(copyOfTheirs(row.theirs, options));
    } else if (decision === 'reject' || row.theirs === undefined) {
      byId.delete(row.mine.id);
    } else {
      byId.set(row.mine.id, takeTheirShape(row.mine, row.theirs, options.now));
    }
  }
  for (const a of added) {
    if (byId.has(a.id)) throw new Error(`newId gave ${JSON.stringify(a.id)}, which my set already uses`);
    byId.set(a.id, a);
  }
  return sortAnnotations([...byId.values()]);
}
