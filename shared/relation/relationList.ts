import type { Annotation } from '../annotation/annotation';
import { cleanNote, removeAnnotations } from '../annotation/annotationList';
import { byIdOnce } from '../annotation/byIdOnce';
import { replacedTags } from './replacedTags';
import type { Relation } from './relation';
import { duplicateIdProblem, duplicateProblem, relationKey, relationProblems, type RelationEnd, type RelationProblem } from './relationProblems';
import { allowsPair, type RelationType } from './relationType';

/** A document's tags and the relations between them: what one undo step changes together. */
export interface TaggedDocument {
  readonly annotations: readonly Annotation[];
  readonly relations: readonly Relation[];
}

/** The outcome of a relation change: the new list, or the first rule it breaks (nothing changed). */
export type RelationChange =
  | { readonly ok: true; readonly relations: readonly Relation[] }
  | { readonly ok: false; readonly problem: RelationProblem };

/** Total order (from, to, type, id; code-unit order) so files and exports list relations the same way everywhere. */
export function compareRelations(a: Relation, b: Relation): number {
  for (const key of ['from', 'to', 'type', 'id'] as const) {
    if (a[key] !== b[key]) return a[key] < b[key] ? -1 : 1;
  }
  return 0;
}

/** A new array in `compareRelations` order; the input is left untouched. */
export function sortRelations(list: readonly Relation[]): Relation[] {
  return [...list].sort(compareRelations);
}

/**
 * Adds `relation` when it breaks no rule: same document and annotator at both ends, not a
 * self-relation, a declared type allowing the label pair, and no relation with the same id or
 * the same (type, from, to) yet. On any problem `relations` stays as it was.
 */
export function addRelation(
  relations: readonly Relation[],
  relation: Relation,
  ends: ReadonlyMap<string, RelationEnd>,
  types: readonly RelationType[],
): RelationChange {
  const own = relationProblems(relation, ends, types)[0];
  if (own !== undefined) return { ok: false, problem: own };
  if (relations.some((r) => r.id === relation.id)) {
    return { ok: false, problem: duplicateIdProblem(relation) };
  }
  const key = relationKey(relation);
  if (relations.some((r) => relationKey(r) === key)) {
    return { ok: false, problem: duplicateProblem(relation) };
  }
  return { ok: true, relations: [...relations, relation] };
}

/**
 * Gives relation `id` the type `type` under the same rules as `addRelation` (pair allowed, no
 * duplicate). An unknown id or an unchanged type returns `relations` itself (no undo step).
 */
export function retypeRelation(
  relations: readonly Relation[],
  id: string,
  type: string,
  ends: ReadonlyMap<string, RelationEnd>,
  types: readonly RelationType[],
): RelationChange {
  const index = relations.findIndex((r) => r.id === id);
  const old = relations[index];
  if (old === undefined || old.type === type) return { ok: true, relations };
  const rest = [...relations.slice(0, index), ...relations.slice(index + 1)];
  const added = addRelation(rest, { ...old, type }, ends, types);
  if (!added.ok) return added;
  return { ok: true, relations: [...rest.slice(0, index), { ...old, type }, ...rest.slice(index)] };
}

/** Sets relation `id`'s note (trimmed and cut like a tag's; empty removes it); `relations` itself when nothing changes. */
export function setRelationNote(relations: readonly Relation[], id: string, note: string): readonly Relation[] {
  const cleaned = cleanNote(note);
  const index = relations.findIndex((r) => r.id === id);
  const old = relations[index];
  if (old === undefined || (old.note ?? '') === cleaned) return relations;
  const next: Relation = { ...old, note: cleaned };
  if (cleaned === '') delete next.note;
  return [...relations.slice(0, index), next, ...relations.slice(index + 1)];
}

/** Removes the relations with these ids (unknown ids ignored); `relations` itself when none was there. */
export function removeRelations(relations: readonly Relation[], ids: readonly string[]): readonly Relation[] {
  if (ids.length === 0) return relations;
  const doomed = new Set(ids);
  const out = relations.filter((r) => !doomed.has(r.id));
  return out.length === relations.length ? relations : out;
}

/** Every annotation's relations both ways by its id, in list order: one pass, for lookups that would otherwise filter the whole list per tag. */
export function relationIndex(relations: readonly Relation[]): ReadonlyMap<string, { outgoing: Relation[]; incoming: Relation[] }> {
  const index = new Map<string, { outgoing: Relation[]; incoming: Relation[] }>();
  const entry = (id: string) => {
    let found = index.get(id);
    if (found === undefined) index.set(id, (found = { outgoing: [], incoming: [] }));
    return found;
  };
  for (const r of relations) {
    entry(r.from).outgoing.push(r);
    entry(r.to).incoming.push(r);
  }
  return index;
}

/** The relations that start at (`outgoing`) and end at (`incoming`) annotation `annotationId`, in list order. */
export function relationsOf(relations: readonly Relation[], annotationId: string): { outgoing: Relation[]; incoming: Relation[] } {
  return {
    outgoing: relations.filter((r) => r.from === annotationId),
    incoming: relations.filter((r) => r.to === annotationId),
  };
}

/**
 * Deletes tags together with every relation touching them, as one change, and says how many
 * relations went (for "Deleted 1 tag and 2 relations"). `document` itself comes back when no
 * tag was removed, so no-op deletions make no undo step.
 */
export function removeTagsWithRelations(
  document: TaggedDocument,
  annotationIds: readonly string[],
): { document: TaggedDocument; removedRelations: number } {
  const annotations = removeAnnotations(document.annotations, annotationIds);
  if (annotations === document.annotations) return { document, removedRelations: 0 };
  const doomed = new Set(annotationIds);
  const relations = document.relations.filter((r) => !doomed.has(r.from) && !doomed.has(r.to));
  const removedRelations = document.relations.length - relations.length;
  return { document: { annotations, relations: removedRelations === 0 ? document.relations : relations }, removedRelations };
}

/**
 * Drops the relations whose ends are no longer among `annotations` (after a bulk change such as
 * a review decision or re-anchoring) and returns them apart, so callers can report them.
 */
export function keepAnchoredRelations(
  relations: readonly Relation[],
  annotations: readonly Pick<Annotation, 'id'>[],
): { kept: readonly Relation[]; orphaned: Relation[] } {
  const ids = new Set(annotations.map((a) => a.id));
  const orphaned = relations.filter((r) => !ids.has(r.from) || !ids.has(r.to));
  return { kept: orphaned.length === 0 ? relations : relations.filter((r) => ids.has(r.from) && ids.has(r.to)), orphaned };
}

type Tag = Pick<Annotation, 'id' | 'label'>;

/** Per relation list, the last tag list (and types) all its relations were found to fit: the next check looks only at what changed since. */
const FITTING = new WeakMap<readonly Relation[], { readonly annotations: readonly Tag[]; readonly types: readonly RelationType[] }>();
/** A relation list's relations by the ids of their two ends, made once per list. */
const BY_END = new WeakMap<readonly Relation[], ReadonlyMap<string, readonly Relation[]>>();

function relationsByEnd(relations: readonly Relation[]): ReadonlyMap<string, readonly Relation[]> {
  let index = BY_END.get(relations);
  if (index === undefined) {
    const byEnd = new Map<string, Relation[]>();
    for (const r of relations) {
      for (const id of r.from === r.to ? [r.from] : [r.from, r.to]) {
        const list = byEnd.get(id);
        if (list === undefined) byEnd.set(id, [r]);
        else list.push(r);
      }
    }
    BY_END.set(relations, (index = byEnd));
  }
  return index;
}

/** The relations that do not fit `annotations`: an end gone, or a label pair their type does not allow. */
function unfitting(relations: Iterable<Relation>, byId: (id: string) => Tag | undefined, types: readonly RelationType[]): Relation[] {
  const typeById = new Map(types.map((t) => [t.id, t]));
  const out: Relation[] = [];
  for (const r of relations) {
    const from = byId(r.from)?.label;
    const to = byId(r.to)?.label;
    const type = typeById.get(r.type);
    if (from === undefined || to === undefined || type === undefined || !allowsPair(type, from, to)) out.push(r);
  }
  return out;
}

/**
 * Like `keepAnchoredRelations`, and also drops the relations whose label pair their type no
 * longer allows (a tag retagged from claim to date), so a tag change never leaves a relation the
 * store would refuse; the dropped ones come back apart, for the status line. When the relations
 * were last found to fit another tag list, only the relations of the tags that changed since are
 * checked (lists never change in place), so a tag added, or changed away from every relation,
 * costs a pointer walk of the list and no index of every tag inside the key press.
 */
export function keepFittingRelations(relations: readonly Relation[], annotations: readonly Tag[], types: readonly RelationType[]): { kept: readonly Relation[]; orphaned: Relation[] } {
  const known = FITTING.get(relations);
  const orphaned = known !== undefined && known.types === types ? unfittingSince(relations, known.annotations, annotations, types) : unfitting(relations, (id) => byIdOnce(annotations).get(id), types);
  const gone = new Set(orphaned);
  const kept = gone.size === 0 ? relations : relations.filter((r) => !gone.has(r));
  FITTING.set(kept, { annotations, types });
  return { kept, orphaned };
}

/** The relations that stop fitting when `before` (which they all fit) becomes `after`: only those with an end among the tags that changed or went can. */
function unfittingSince(relations: readonly Relation[], before: readonly Tag[], after: readonly Tag[], types: readonly RelationType[]): Relation[] {
  const replaced = replacedTags(before, after);
  if (replaced.length === 0) return [];
  const byEnd = relationsByEnd(relations);
  const touched = new Set<Relation>();
  for (const tag of replaced) for (const r of byEnd.get(tag.id) ?? []) touched.add(r);
  if (touched.size === 0) return [];
  const gone = new Set(unfitting(touched, (id) => byIdOnce(after).get(id), types));
  return gone.size === 0 ? [] : relations.filter((r) => gone.has(r));
}
