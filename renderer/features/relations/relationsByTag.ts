import type { Relation } from '@shared/relation/relation';
import { relationIndex } from '@shared/relation/relationList';

const INDEXES = new WeakMap<readonly Relation[], ReturnType<typeof relationIndex>>();
const NONE: { outgoing: readonly Relation[]; incoming: readonly Relation[] } = { outgoing: [], incoming: [] };

/**
 * A tag's relations both ways (outgoing: it is the source), from an index made once per relation
 * list — lists never change in place — so the details panel and Tab look them up without
 * scanning two thousand relations on every key press.
 */
export function relationsByTag(relations: readonly Relation[], annotationId: string): { outgoing: readonly Relation[]; incoming: readonly Relation[] } {
  let index = INDEXES.get(relations);
  if (index === undefined) {
    index = relationIndex(relations);
    INDEXES.set(relations, index);
  }
  return index.get(annotationId) ?? NONE;
}
