import type { Relation } from './relation';
import { relationEnds, relationListProblems } from './relationProblems';
import { DEFAULT_RELATION_TYPES, type RelationType } from './relationType';

/**
 * Splits relations into those a set of `annotations` can hold (both ends among them, tagged by
 * the relation's annotator, a declared type that allows the label pair, no repeat of a (type,
 * from, to) or id) and those it cannot, so an import stores what it can and counts the rest
 * instead of refusing the whole set. `types` defaults to the store's: Tagwerk's relation types.
 */
export function storableRelations(
  relations: readonly Relation[],
  annotations: ReadonlyArray<{ readonly id: string; readonly label: string; readonly annotator: string }>,
  types: readonly RelationType[] = DEFAULT_RELATION_TYPES,
): { kept: Relation[]; dropped: Relation[] } {
  const bad = new Set(relationListProblems(relations, relationEnds(annotations), types).map((p) => p.index));
  return { kept: relations.filter((_, i) => !bad.has(i)), dropped: relations.filter((_, i) => bad.has(i)) };
}
