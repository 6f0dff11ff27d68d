import type { Annotation } from '../../shared/annotation/annotation';
import type { Relation } from '../../shared/relation/relation';
import { keepAnchoredRelations } from '../../shared/relation/relationList';

const NONE: readonly Relation[] = Object.freeze([]);

/**
 * The relations belonging to each annotation list that is (or was) a state of an undo history,
 * keyed by the list's identity: undo and redo move between lists, so they bring the relations of
 * that step back with them, and the history keeps holding plain annotation lists. Weak, so a
 * state dropped from every history takes its relations with it.
 */
const RELATIONS = new WeakMap<readonly Annotation[], readonly Relation[]>();

/** The relations of history state `state` (none if it never had any). */
export function relationsOfState(state: readonly Annotation[]): readonly Relation[] {
  return RELATIONS.get(state) ?? NONE;
}

/** Makes `relations` the relations of `state` and returns `state`, for committing it as one step. */
export function withRelations(state: readonly Annotation[], relations: readonly Relation[]): readonly Annotation[] {
  RELATIONS.set(state, relations);
  return state;
}

/**
 * Gives a new state `next` the relations of `previous` whose ends it still holds (a deleted tag
 * takes its relations with it, in the same step) unless `next` has its own already; returns how
 * many relations were dropped, for the status line.
 */
export function carryRelations(previous: readonly Annotation[], next: readonly Annotation[]): number {
  if (next === previous || RELATIONS.has(next)) return 0;
  const before = relationsOfState(previous);
  if (before.length === 0) return 0;
  const { kept, orphaned } = keepAnchoredRelations(before, next);
  RELATIONS.set(next, kept);
  return orphaned.length;
}
