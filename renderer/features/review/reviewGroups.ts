import type { ReviewDecision } from '@shared/review/reviewDecisions';
import { REVIEW_ROW_KINDS, type ReviewRow, type ReviewRowKind } from '@shared/review/reviewRow';
import { resolutionOf, type Resolutions } from './resolutionLayer';

/** A difference row with the decision recorded for it (undefined while open). */
export interface ReviewItem {
  readonly row: ReviewRow;
  readonly decision: ReviewDecision | undefined;
}

/** One group of the difference list: its kind, its rows in text order, and how many are still open. */
export interface ReviewGroup {
  readonly kind: ReviewRowKind;
  readonly items: readonly ReviewItem[];
  readonly open: number;
}

/**
 * The difference list as the panel shows it: the five difference groups in their fixed order
 * (agree, label conflict, boundary conflict, only mine, only theirs), every group listed even
 * when empty, each row with its recorded decision.
 */
export function reviewGroups(rows: readonly ReviewRow[], resolutions: Resolutions): ReviewGroup[] {
  return REVIEW_ROW_KINDS.map((kind) => {
    const items = rows.filter((row) => row.kind === kind).map((row) => ({ row, decision: resolutionOf(resolutions, row) }));
    return { kind, items, open: items.filter((item) => item.decision === undefined).length };
  });
}
