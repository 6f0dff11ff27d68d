import type { Annotation } from '../../shared/annotation/annotation';
import type { Relation } from '../../shared/relation/relation';
import { addRelation, removeRelations, retypeRelation, type RelationChange } from '../../shared/relation/relationList';
import { relationEnds } from '../../shared/relation/relationProblems';
import { typeFor, typesFor, type RelationType } from '../../shared/relation/relationType';
import { relationsOfState, withRelations } from './relationsOfState';

/** What asking for a relation came to: made, a type to choose first (1/2/3), or refused (the status line says why). */
export type RelationOutcome =
  | { readonly kind: 'added'; readonly relation: Relation }
  | { readonly kind: 'choose'; readonly types: readonly RelationType[] }
  | { readonly kind: 'refused' };

/** A status message as the session shows it. */
interface Message {
  key: string;
  values?: Record<string, string | number>;
  severity: 'info' | 'warning' | 'error';
}

/** What the relation actions need from their session: the current state, a way to commit one step, and ids. */
export interface SessionRelationDeps {
  current(): readonly Annotation[];
  /** Commits `next` as one undo step with `label`, showing `message`. */
  commitStep(next: readonly Annotation[], label: string, message: Message): void;
  say(message: Message): void;
  refuseIfReadOnly(): boolean;
  annotator(): string;
  newId(): string;
  types: readonly RelationType[];
}

/** The relation actions of a document session; every change is one undo step shared with the tags. */
export interface SessionRelations {
  relations(): readonly Relation[];
  /** Relates tag `fromId` to tag `toId` with `typeId`, or with the one type that fits the labels. */
  addRelation(fromId: string, toId: string, typeId?: string): RelationOutcome;
  retypeRelation(id: string, typeId: string): boolean;
  deleteRelation(id: string): boolean;
}

/**
 * Relation actions over the session's undo history: the shared ops validate (same annotator,
 * allowed pair, no duplicate), a refused change says why and changes nothing, and a made change
 * commits a fresh copy of the annotation list carrying the new relations, so undo restores both.
 */
export function createSessionRelations(deps: SessionRelationDeps): SessionRelations {
  const relations = () => relationsOfState(deps.current());

  const apply = (change: RelationChange, label: string, message: Message): boolean => {
    if (!change.ok) {
      deps.say({ key: `status.relation.${change.problem.kind}`, severity: 'warning' });
      return false;
    }
    if (change.relations === relations()) return false;
    deps.commitStep(withRelations([...deps.current()], change.relations), label, message);
    return true;
  };

  return {
    relations,
    addRelation(fromId, toId, typeId) {
      if (deps.refuseIfReadOnly()) return { kind: 'refused' };
      const list = deps.current();
      const from = list.find((a) => a.id === fromId);
      const to = list.find((a) => a.id === toId);
      let type = typeId;
      if (type === undefined && from !== undefined && to !== undefined) {
        type = typeFor(deps.types, from.label, to.label)?.id;
        const fitting = typesFor(deps.types, from.label, to.label);
        if (type === undefined && fitting.length > 1) return { kind: 'choose', types: fitting };
      }
      const relation: Relation = { id: deps.newId(), type: type ?? '', from: fromId, to: toId, annotator: deps.annotator() };
      if (relation.type === '') {
        deps.say({ key: from === undefined || to === undefined ? 'status.relation.unknown-to' : 'status.relation.pair-not-allowed', severity: 'warning' });
        return { kind: 'refused' };
      }
      const made = apply(addRelation(relations(), relation, relationEnds(list), deps.types), 'relate', {
        key: 'status.relationAdded',
        values: { type: relation.type },
        severity: 'info',
      });
      return made ? { kind: 'added', relation } : { kind: 'refused' };
    },
    retypeRelation(id, typeId) {
      if (deps.refuseIfReadOnly()) return false;
      const change = retypeRelation(relations(), id, typeId, relationEnds(deps.current()), deps.types);
      return apply(change, 'retype-relation', { key: 'status.relationRetyped', values: { type: typeId }, severity: 'info' });
    },
    deleteRelation(id) {
      if (deps.refuseIfReadOnly()) return false;
      return apply({ ok: true, relations: removeRelations(relations(), [id]) }, 'delete-relation', { key: 'status.relationDeleted', severity: 'info' });
    },
  };
}
