import type { Annotation } from '@shared/annotation/annotation';
import type { ReviewDecision } from '@shared/review/reviewDecisions';
import type { ReviewRow } from '@shared/review/reviewRow';

/**
 * What the analyst decided, keyed by the colleague's annotation (or by my annotation for an
 * only-mine row), so a decision still shows after the row it was made on changes kind — an
 * accepted label conflict becomes an agree row, a rejected one an only-theirs row.
 */
export type Resolutions = Readonly<Record<string, ReviewDecision>>;

/** The key a row's decision is kept under: their annotation (annotator + id), else my annotation's id. */
export function resolutionKey(row: Pick<ReviewRow, 'mine' | 'theirs'>): string {
  return row.theirs !== undefined ? JSON.stringify(['theirs', row.theirs.annotator, row.theirs.id]) : JSON.stringify(['mine', row.mine?.id ?? null]);
}

/** The recorded decision of a row, if any (own keys only). */
export function resolutionOf(resolutions: Resolutions, row: Pick<ReviewRow, 'mine' | 'theirs'>): ReviewDecision | undefined {
  const key = resolutionKey(row);
  return Object.hasOwn(resolutions, key) ? resolutions[key] : undefined;
}

/** Resolutions with `decision` recorded for each row (a new object; the input is unchanged). */
export function withResolutions(resolutions: Resolutions, decided: ReadonlyArray<readonly [Pick<ReviewRow, 'mine' | 'theirs'>, ReviewDecision]>): Resolutions {
  const next: Record<string, ReviewDecision> = { ...resolutions };
  for (const [row, decision] of decided) next[resolutionKey(row)] = decision;
  return next;
}

/** Resolutions that belong to states of my annotation list (see `createResolutionLayer`). */
export interface ResolutionLayer {
  /** The resolutions of `present`; a list never seen before inherits the last ones seen. */
  at(present: readonly Annotation[]): Resolutions;
  /** Records the resolutions of a list a review decision just produced. */
  record(present: readonly Annotation[], resolutions: Resolutions): void;
}

const EMPTY: Resolutions = Object.freeze({});

/** Resolutions by list, for the window's life: a reopened document whose undo history was kept finds them again. */
const RESOLUTIONS_BY_LIST = new WeakMap<readonly Annotation[], Resolutions>();

/**
 * Ties review resolutions to the states of the undo history, so undo and redo restore them
 * with my annotations: every list a decision commits is recorded with its resolutions, every
 * other list (an ordinary edit) inherits those of the list seen before it, and going back to
 * a list finds its own again. Keys are the list objects themselves (weakly held); a fresh
 * history starts with no resolutions.
 */
export function createResolutionLayer(byList: WeakMap<readonly Annotation[], Resolutions> = RESOLUTIONS_BY_LIST): ResolutionLayer {
  let last: Resolutions = EMPTY;
  return {
    at(present) {
      const known = byList.get(present);
      if (known !== undefined) {
        last = known;
        return known;
      }
      byList.set(present, last);
      return last;
    },
    record(present, resolutions) {
      byList.set(present, resolutions);
      last = resolutions;
    },
  };
}
