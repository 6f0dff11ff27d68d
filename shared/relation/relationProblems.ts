import { named } from '../formats/quoted';
import type { Relation } from './relation';
import { allowsPair, type RelationType } from './relationType';

/** What a relation's end needs to be checked: the tag's label and whose tag it is. */
export interface RelationEnd {
  readonly label: string;
  readonly annotator: string;
}

/** Why a relation cannot stand; the kind doubles as the i18n key suffix the UI shows. */
export type RelationProblemKind =
  | 'self'
  | 'unknown-from'
  | 'unknown-to'
  | 'other-annotator'
  | 'unknown-type'
  | 'pair-not-allowed'
  | 'duplicate'
  | 'duplicate-id';

/** One defect of one relation: the kind, the field it is about and a sentence a user can act on. */
export interface RelationProblem {
  readonly kind: RelationProblemKind;
  readonly field: 'id' | 'type' | 'from' | 'to';
  readonly message: string;
}

/** The ends of a document's relations by annotation id, built once per check. */
export function relationEnds(annotations: Iterable<{ readonly id: string } & RelationEnd>): Map<string, RelationEnd> {
  const ends = new Map<string, RelationEnd>();
  for (const a of annotations) ends.set(a.id, a);
  return ends;
}

/**
 * Every rule one relation breaks on its own (self-relation, an end that is not a tag of this
 * document, an end tagged by someone else, an undeclared type, a label pair the type does not
 * allow), in that order; an empty list means it may stand. Duplicates need the whole list: see
 * `relationListProblems`.
 */
export function relationProblems(
  relation: Relation,
  ends: ReadonlyMap<string, RelationEnd>,
  types: readonly RelationType[],
): RelationProblem[] {
  const problems: RelationProblem[] = [];
  if (relation.from === relation.to) {
    problems.push({ kind: 'self', field: 'to', message: `relation ${named(relation.id)} links annotation ${named(relation.from)} to itself` });
  }
  const from = ends.get(relation.from);
  const to = ends.get(relation.to);
  if (from === undefined) problems.push({ kind: 'unknown-from', field: 'from', message: `from ${named(relation.from)} is not an annotation of this document` });
  if (to === undefined) problems.push({ kind: 'unknown-to', field: 'to', message: `to ${named(relation.to)} is not an annotation of this document` });
  for (const [field, end] of [['from', from], ['to', to]] as const) {
    if (end !== undefined && end.annotator !== relation.annotator) {
      problems.push({
        kind: 'other-annotator',
        field,
        message: `${field} ${named(relation[field])} was tagged by ${named(end.annotator)}, not by the relation's annotator ${named(relation.annotator)}`,
      });
    }
  }
  const type = types.find((t) => t.id === relation.type);
  if (type === undefined) {
    problems.push({ kind: 'unknown-type', field: 'type', message: `relation type ${named(relation.type)} is not in "relationTypes"` });
  } else if (from !== undefined && to !== undefined && relation.from !== relation.to && !allowsPair(type, from.label, to.label)) {
    problems.push({
      kind: 'pair-not-allowed',
      field: 'type',
      message: `relation type ${named(type.id)} does not allow ${named(from.label)} → ${named(to.label)} (it allows ${type.from.join('/')} → ${type.to.join('/')})`,
    });
  }
  return problems;
}

/** The problem of a relation whose id is already taken. */
export function duplicateIdProblem(relation: Relation): RelationProblem {
  return { kind: 'duplicate-id', field: 'id', message: `duplicate relation id ${named(relation.id)}` };
}

/** The problem of a relation whose (type, from, to) is already there under another id. */
export function duplicateProblem(relation: Relation): RelationProblem {
  return { kind: 'duplicate', field: 'to', message: `a ${named(relation.type)} relation from ${named(relation.from)} to ${named(relation.to)} is already there` };
}

/**
 * The key that makes two relations the same relation: type, from and to, each but the last
 * prefixed by its length so no two triples share a key (cheaper than JSON, which a store load
 * paid 2,000 times per open).
 */
export function relationKey(relation: Pick<Relation, 'type' | 'from' | 'to'>): string {
  return `${relation.type.length}:${relation.type}${relation.from.length}:${relation.from}${relation.to}`;
}

/**
 * Every problem of a document's relation list with the index of its relation: each relation's
 * own problems, then a repeated id or a repeated (type, from, to), reported at the later one.
 */
export function relationListProblems(
  relations: readonly Relation[],
  ends: ReadonlyMap<string, RelationEnd>,
  types: readonly RelationType[],
): Array<RelationProblem & { readonly index: number }> {
  const out: Array<RelationProblem & { readonly index: number }> = [];
  const ids = new Set<string>();
  const keys = new Set<string>();
  relations.forEach((relation, index) => {
    for (const problem of relationProblems(relation, ends, types)) out.push({ ...problem, index });
    if (ids.has(relation.id)) out.push({ ...duplicateIdProblem(relation), index });
    const key = relationKey(relation);
    if (keys.has(key)) out.push({ ...duplicateProblem(relation), index });
    ids.add(relation.id);
    keys.add(key);
  });
  return out;
}
