import type { Relation } from '@shared/relation/relation';
import { addRelation, removeRelations, retypeRelation, type RelationChange, type TaggedDocument } from '@shared/relation/relationList';
import { relationEnds } from '@shared/relation/relationProblems';
import type { RelationType } from '@shared/relation/relationType';
import { quoteForMessage } from '@shared/annotation/quoteForMessage';
import type { SessionCore } from './createSessionCore';
import type { SessionRelations, StatusMessage } from './sessionTypes';

/**
 * The relation actions of a session over its one undo history: the shared ops validate (same
 * annotator, allowed pair, no duplicate); a refused change says why and changes nothing; a made
 * change is one undo step of the tags and relations together, so undo restores both.
 */
export function createSessionRelations(core: SessionCore, types: readonly RelationType[]): SessionRelations {
  const say = (message: StatusMessage) => core.store.set((s) => ({ ...s, message }));
  const apply = (change: RelationChange, label: string, message: StatusMessage): boolean => {
    if (!change.ok) {
      say({ key: `relations.status.problem.${change.problem.kind}`, severity: 'warning' });
      return false;
    }
    const doc = core.currentDocument();
    if (change.relations === doc.relations) return false;
    const next: TaggedDocument = { annotations: doc.annotations, relations: change.relations };
    core.commitDocument(next, label, { message });
    return true;
  };
  const ends = () => relationEnds(core.current());

  return {
    addRelation(fromId, toId, typeId) {
      if (core.refuseIfReadOnly()) return false;
      const relation: Relation = { id: core.deps.newId(), type: typeId, from: fromId, to: toId, annotator: core.deps.annotator() };
      const list = core.current();
      const text = (id: string) => quoteForMessage(list.find((a) => a.id === id)?.text ?? '');
      return apply(addRelation(core.currentDocument().relations, relation, ends(), types), 'relate', {
        key: 'relations.status.added',
        values: { type: typeId, fromText: text(fromId), toText: text(toId) },
        severity: 'info',
      });
    },
    retypeRelation(id, typeId) {
      if (core.refuseIfReadOnly()) return false;
      const change = retypeRelation(core.currentDocument().relations, id, typeId, ends(), types);
      return apply(change, 'retype-relation', { key: 'relations.status.retyped', values: { type: typeId }, severity: 'info' });
    },
    replaceDocument(update, label, message) {
      if (core.refuseIfReadOnly()) return false;
      const next = update(core.currentDocument(), { annotator: core.deps.annotator(), now: core.deps.now(), newId: core.deps.newId });
      if (next === undefined) return false;
      // A decision that changes nothing (keep mine) makes no undo step.
      if (next === core.currentDocument()) {
        if (message) say(message);
        return false;
      }
      core.commitDocument(next, label, message ? { message } : {});
      return true;
    },
    deleteRelation(id) {
      if (core.refuseIfReadOnly()) return false;
      return apply({ ok: true, relations: removeRelations(core.currentDocument().relations, [id]) }, 'delete-relation', { key: 'relations.status.deleted', severity: 'info' });
    },
  };
}
