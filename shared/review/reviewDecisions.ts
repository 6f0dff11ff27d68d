import { nullRecord, ownValue } from '../records/nullRecord';
import type { ReviewRow } from './reviewRow';

/**
 * What the analyst chose for one row: the result at that place becomes their side
 * ('accept-theirs'), my side ('keep-mine'), or neither ('reject'). See `applyDecisions`.
 */
export type ReviewDecision = 'accept-theirs' | 'keep-mine' | 'reject';

/** Decisions by row id — prototype-free (row ids come from tag ids), serializable, immutable data; a row without an entry is undecided. */
export type ReviewDecisions = Readonly<Record<string, ReviewDecision>>;

/** The decision recorded for `rowId`, or undefined (own keys only, so "constructor" is not a decision). */
export function decisionFor(decisions: ReviewDecisions, rowId: string): ReviewDecision | undefined {
  return ownValue(decisions, rowId);
}

/**
 * Records (or with `undefined` clears) one decision and returns a new map; returns `decisions`
 * itself when nothing changes, so an undo history never gets an empty step.
 */
export function setDecision(decisions: ReviewDecisions, rowId: string, decision: ReviewDecision | undefined): ReviewDecisions {
  if (decisionFor(decisions, rowId) === decision) return decisions;
  const kept = Object.entries(decisions).filter(([id]) => id !== rowId);
  return nullRecord(decision === undefined ? kept : [...kept, [rowId, decision] as const]);
}

/** Sets `decision` on every undecided row that `pick` selects; explicit decisions are never overwritten. */
function decideUndecided(rows: readonly ReviewRow[], decisions: ReviewDecisions, pick: (row: ReviewRow) => ReviewDecision | undefined): ReviewDecisions {
  let next = decisions;
  for (const row of rows) {
    const decision = pick(row);
    if (decision !== undefined && decisionFor(next, row.id) === undefined) next = setDecision(next, row.id, decision);
  }
  return next;
}

/**
 * "Accept all agreeing": marks every undecided agree row as accepted (my set does not change —
 * both sides are equal — but the rows count as reviewed). One call is one undo step.
 */
export function acceptAllAgreeing(rows: readonly ReviewRow[], decisions: ReviewDecisions): ReviewDecisions {
  return decideUndecided(rows, decisions, (row) => (row.kind === 'agree' ? 'accept-theirs' : undefined));
}

/** How "merge all from <annotator>" treats label and boundary conflicts. */
export interface MergeAllOptions {
  /** 'leave-undecided' (default, like a merge that stops at conflicts) or 'accept-theirs' (their version wins). */
  readonly conflicts?: 'leave-undecided' | 'accept-theirs';
}

/**
 * "Merge all from <annotator>": accepts every undecided row whose colleague annotation is by
 * `annotator` — their only-theirs spans are added, agree rows are marked reviewed — while
 * conflicts are left for the analyst unless `conflicts: 'accept-theirs'`. Only-mine rows and
 * explicit decisions are never touched, so a merge cannot delete my work.
 */
export function mergeAllFrom(rows: readonly ReviewRow[], decisions: ReviewDecisions, annotator: string, options: MergeAllOptions = {}): ReviewDecisions {
  const takeConflicts = options.conflicts === 'accept-theirs';
  return decideUndecided(rows, decisions, (row) => {
    if (row.theirs?.annotator !== annotator) return undefined;
    if (row.kind === 'agree' || row.kind === 'only-theirs') return 'accept-theirs';
    return takeConflicts ? 'accept-theirs' : undefined;
  });
}
