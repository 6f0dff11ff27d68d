import type { Annotation } from '../annotation/annotation';

/** The difference groups (same, other label, other range, only mine, only theirs), in the order rows of one place are listed. */
export const REVIEW_ROW_KINDS = ['agree', 'label-conflict', 'boundary-conflict', 'only-mine', 'only-theirs'] as const;

export type ReviewRowKind = (typeof REVIEW_ROW_KINDS)[number];

/**
 * One row of the difference list. `id` is derived from the annotation ids only (stable while
 * both sets are unchanged), so a decisions map keyed by row id survives re-alignment.
 * - agree: same start, end and label;
 * - label-conflict: same start and end, other label;
 * - boundary-conflict: same label, overlapping, different span (`overlap` = shared code points);
 * - only-mine / only-theirs: the annotation has no counterpart on the other side.
 */
export type ReviewRow =
  | { readonly id: string; readonly kind: 'agree'; readonly mine: Annotation; readonly theirs: Annotation }
  | { readonly id: string; readonly kind: 'label-conflict'; readonly mine: Annotation; readonly theirs: Annotation }
  | { readonly id: string; readonly kind: 'boundary-conflict'; readonly mine: Annotation; readonly theirs: Annotation; readonly overlap: number }
  | { readonly id: string; readonly kind: 'only-mine'; readonly mine: Annotation; readonly theirs?: undefined }
  | { readonly id: string; readonly kind: 'only-theirs'; readonly mine?: undefined; readonly theirs: Annotation };

/** The row id for a (mine, theirs) combination: unambiguous JSON of the kind and both ids. */
export function reviewRowId(kind: ReviewRowKind, mine: Annotation | undefined, theirs: Annotation | undefined): string {
  return JSON.stringify([kind, mine?.id ?? null, theirs === undefined ? null : [theirs.annotator, theirs.id]]);
}
