import type { Annotation } from '@shared/annotation/annotation';
import { alignAnnotations } from '@shared/review/alignAnnotations';
import { applyDecisions } from '@shared/review/applyDecisions';
import { acceptAllAgreeing, mergeAllFrom, type ReviewDecision, type ReviewDecisions } from '@shared/review/reviewDecisions';
import type { ReviewRow } from '@shared/review/reviewRow';
import { nullRecord, ownValue } from '@shared/records/nullRecord';
import type { BulkTools } from '../../state/createDocumentSession';
import { resolutionOf, withResolutions, type Resolutions } from './resolutionLayer';

/** What the analyst asks for: one row's decision, or one of the bulk operations. */
export type ReviewAction =
  | { readonly kind: 'decide'; readonly rowId: string; readonly decision: ReviewDecision }
  | { readonly kind: 'accept-all-agreeing' }
  | { readonly kind: 'merge-all'; readonly annotator: string };

/** The outcome of an action: my new list, the new resolutions, and how many rows it decided. */
export interface ReviewOutcome {
  readonly next: Annotation[];
  readonly resolutions: Resolutions;
  readonly decided: number;
}

/** The decisions already recorded for `rows`, by row id (the form shared/review's bulk helpers read). */
export function recordedDecisions(rows: readonly ReviewRow[], resolutions: Resolutions): ReviewDecisions {
  return nullRecord(rows.flatMap((row) => {
    const decision = resolutionOf(resolutions, row);
    return decision === undefined ? [] : [[row.id, decision] as const];
  }));
}

/** Only the decisions `after` has that `before` has not (the rows this action decides). */
function newlyDecided(rows: readonly ReviewRow[], before: ReviewDecisions, after: ReviewDecisions): Map<ReviewRow, ReviewDecision> {
  const out = new Map<ReviewRow, ReviewDecision>();
  for (const row of rows) {
    const decision = ownValue(after, row.id);
    if (decision !== undefined && ownValue(before, row.id) !== decision) out.set(row, decision);
  }
  return out;
}

/**
 * Carries out a review action on my annotations against one colleague's (already anchored on
 * my text): rows are aligned afresh, the chosen decisions applied with `applyDecisions` (their
 * set is never changed), and the decisions recorded in the resolutions. Bulk actions never
 * overwrite an earlier decision ("merge all" leaves conflicts and only-mine rows alone).
 * Undefined when the action decides nothing (an unknown row, nothing left to merge).
 */
export function reviewDecide(mine: readonly Annotation[], theirs: readonly Annotation[], resolutions: Resolutions, action: ReviewAction, tools: BulkTools): ReviewOutcome | undefined {
  const rows = alignAnnotations(mine, theirs);
  const before = recordedDecisions(rows, resolutions);
  let chosen: Map<ReviewRow, ReviewDecision>;
  if (action.kind === 'decide') {
    const row = rows.find((r) => r.id === action.rowId);
    if (row === undefined) return undefined;
    chosen = new Map([[row, action.decision]]);
  } else {
    const after = action.kind === 'accept-all-agreeing' ? acceptAllAgreeing(rows, before) : mergeAllFrom(rows, before, action.annotator);
    chosen = newlyDecided(rows, before, after);
  }
  if (chosen.size === 0) return undefined;
  const decisions = nullRecord([...chosen].map(([row, decision]) => [row.id, decision] as const));
  const next = applyDecisions(mine, [...chosen.keys()], decisions, { newId: () => tools.newId(), now: tools.now, annotator: tools.annotator });
  return { next, resolutions: withResolutions(resolutions, [...chosen]), decided: chosen.size };
}
