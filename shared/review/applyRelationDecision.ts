import type { Annotation } from '../annotation/annotation';
import { addAnnotations } from '../annotation/annotationList';
import { addRelation, removeRelations, retypeRelation, type TaggedDocument } from '../relation/relationList';
import { relationEnds } from '../relation/relationProblems';
import type { RelationType } from '../relation/relationType';
import type { RelationEndView, RelationRow } from './alignRelations';
import type { ReviewDecision } from './reviewDecisions';

/** What accepting a colleague's relation may need: ids, who I am, the time, and the relation types. */
export interface RelationDecisionTools {
  newId(): string;
  readonly annotator: string;
  readonly now: string;
  readonly types: readonly RelationType[];
}

/** The decisions a relation row offers, as on span rows: accept theirs, keep mine, reject. */
export function relationChoices(kind: RelationRow['kind']): ReviewDecision[] {
  if (kind === 'relation-only-mine') return ['keep-mine', 'reject'];
  if (kind === 'relation-only-theirs') return ['accept-theirs', 'reject'];
  return ['accept-theirs', 'keep-mine', 'reject'];
}

/** My tag at an end (same span and label), or a copy of the colleague's made mine when I have none. */
function myEnd(list: Annotation[], end: RelationEndView, theirs: Annotation | undefined, tools: RelationDecisionTools): Annotation | undefined {
  const found = list.find((a) => a.start === end.start && a.end === end.end && a.label === end.label);
  if (found || !theirs) return found;
  const copy: Annotation = { ...theirs, id: tools.newId(), annotator: tools.annotator, createdAt: tools.now, updatedAt: tools.now };
  list.push(copy);
  return copy;
}

/**
 * Applies one decision on a relation row to my tags and relations (the colleague's set is never
 * changed): accepting theirs adds their relation between my tags at the same spans (copying a
 * tag I do not have; their note comes along, as a tag's does) or gives mine their type; rejecting deletes my relation (only mine, or the
 * type difference); keeping mine and rejecting theirs change nothing. Returns `mine` itself
 * when nothing changes, undefined when their relation cannot stand in my set.
 */
export function applyRelationDecision(
  mine: TaggedDocument,
  theirs: readonly Annotation[],
  row: RelationRow,
  decision: ReviewDecision,
  tools: RelationDecisionTools,
): TaggedDocument | undefined {
  if (decision === 'reject' && row.mine) return { annotations: mine.annotations, relations: removeRelations(mine.relations, [row.mine.id]) };
  if (decision !== 'accept-theirs' || !row.theirs) return mine;
  if (row.kind === 'relation-type') {
    const change = retypeRelation(mine.relations, row.mine.id, row.theirs.type, relationEnds(mine.annotations), tools.types);
    return change.ok ? { annotations: mine.annotations, relations: change.relations } : undefined;
  }
  const list = [...mine.annotations];
  const byId = new Map(theirs.map((a) => [a.id, a]));
  const from = myEnd(list, row.from, byId.get(row.theirs.from), tools);
  const to = myEnd(list, row.to, byId.get(row.theirs.to), tools);
  if (!from || !to) return undefined;
  const added = list.length > mine.annotations.length ? addAnnotations(mine.annotations, list.slice(mine.annotations.length)) : mine.annotations;
  const { note } = row.theirs;
  const relation = { id: tools.newId(), type: row.theirs.type, from: from.id, to: to.id, annotator: tools.annotator, ...(note === undefined ? {} : { note }) };
  const change = addRelation(mine.relations, relation, relationEnds(added), tools.types);
  return change.ok ? { annotations: added, relations: change.relations } : undefined;
}
