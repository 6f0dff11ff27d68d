import type { Annotation } from '@shared/annotation/annotation';
import type { Relation } from '@shared/relation/relation';
import type { ReviewDecision } from '@shared/review/reviewDecisions';
import { nullRecord, ownValue } from '@shared/records/nullRecord';

/**
 * What the analyst decided, keyed by the colleague's annotation (or by my annotation for an
 * only-mine row), so a decision still shows after the row it was made on changes kind — an
 * accepted label conflict becomes an agree row, a rejected one an only-theirs row. Prototype-free,
 * because the keys hold annotator names and tag ids.
 */
export type Resolutions = Readonly<Record<string, ReviewDecision>>;

/** What a decision is kept by: a row's two sides, tags for a span row, relations for a relation row (each with its id, theirs with its annotator). */
export interface DecidedRow {
  readonly mine?: { readonly id: string } | undefined;
  readonly theirs?: { readonly id: string; readonly annotator: string } | undefined;
}

/** The key a row's decision is kept under: their side (annotator + id), else my side's id. */
export function resolutionKey(row: DecidedRow): string {
  return row.theirs !== undefined ? JSON.stringify(['theirs', row.theirs.annotator, row.theirs.id]) : JSON.stringify(['mine', row.mine?.id ?? null]);
}

/** The recorded decision of a row, if any (own keys only). */
export function resolutionOf(resolutions: Resolutions, row: DecidedRow): ReviewDecision | undefined {
  return ownValue(resolutions, resolutionKey(row));
}

/** Resolutions with `decision` recorded for each row (a new object; the input is unchanged). */
export function withResolutions(resolutions: Resolutions, decided: ReadonlyArray<readonly [DecidedRow, ReviewDecision]>): Resolutions {
  return nullRecord([...Object.entries(resolutions), ...decided.map(([row, decision]) => [resolutionKey(row), decision] as const)]);
}

/** Resolutions that belong to states of one of my lists, my tags by default (see `createResolutionLayer`). */
export interface ResolutionLayer<List extends object = readonly Annotation[]> {
  /** The resolutions of `present`; a list never seen before inherits the last ones seen. */
  at(present: List): Resolutions;
  /** Records the resolutions of a list a review decision just produced. */
  record(present: List, resolutions: Resolutions): void;
}

const EMPTY: Resolutions = Object.freeze(nullRecord<ReviewDecision>());

/** Resolutions by list, for the window's life: a reopened document whose undo history was kept finds them again. */
const RESOLUTIONS_BY_LIST = new WeakMap<readonly Annotation[], Resolutions>();

/** Resolutions by relation list, for the window's life, as `RESOLUTIONS_BY_LIST` for tags. */
const RELATION_RESOLUTIONS_BY_LIST = new WeakMap<readonly Relation[], Resolutions>();

/** The resolutions of span rows, tied to the states of my tag list (see `resolutionLayerOver`). */
export function createResolutionLayer(byList: WeakMap<readonly Annotation[], Resolutions> = RESOLUTIONS_BY_LIST): ResolutionLayer {
  return resolutionLayerOver(byList);
}

/** The resolutions of relation rows, tied to the states of my relation list, so they last like the span rows' do. */
export function createRelationResolutionLayer(byList: WeakMap<readonly Relation[], Resolutions> = RELATION_RESOLUTIONS_BY_LIST): ResolutionLayer<readonly Relation[]> {
  return resolutionLayerOver(byList);
}

/**
 * Ties review resolutions to the states of the undo history, so undo and redo restore them
 * with my tags (or relations): every list a decision commits is recorded with its resolutions,
 * every other list (an ordinary edit) inherits those of the list seen before it, and going back
 * to a list finds its own again. Keys are the list objects themselves (weakly held); a fresh
 * history starts with no resolutions.
 */
function resolutionLayerOver<List extends object>(byList: WeakMap<List, Resolutions>): ResolutionLayer<List> {
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
