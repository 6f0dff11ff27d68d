import type { Annotation } from '../annotation/annotation';
import type { Relation } from '../relation/relation';
import type { TaggedDocument } from '../relation/relationList';
import { relationEnds, relationKey, relationProblems } from '../relation/relationProblems';
import type { RelationType } from '../relation/relationType';
import { alignRelations, type RelationEndView, type RelationRow, type RelationSideSet } from './alignRelations';

/** What taking a colleague's relations along needs: ids, who I am, and the relation types. */
export interface RelationMergeTools {
  newId(): string;
  readonly annotator: string;
  readonly types: readonly RelationType[];
}

/** The outcome of `mergeRelationsFrom`: my new relations, the rows it accepted, and why the others stayed. */
export interface RelationMerge {
  /** My relations with theirs added; `mine.relations` itself when none was. */
  readonly relations: readonly Relation[];
  /** The only-theirs rows whose relation was added (to record as accepted). */
  readonly merged: readonly RelationRow[];
  /** Open only-theirs rows left out because a tag at one end is not in my set (a conflict still open, or a rejected tag). */
  readonly missingEnd: number;
  /** Open only-theirs rows left out because their relation breaks a rule between my tags. */
  readonly refused: number;
}

const endKey = (end: Pick<RelationEndView, 'start' | 'end' | 'label'>) => `${end.start}\u0000${end.end}\u0000${end.label}`;

/**
 * Takes a colleague's relations along after their tags were merged, as INCEpTION's curation
 * merges a relation only when both its ends are merged: every open only-theirs row whose two
 * ends (span and label) are tags of mine becomes my relation between those tags (their type
 * and note, a new id, my name); type differences stay for the analyst, like label conflicts.
 * Linear in both lists, so a 200,000-relation set merges without quadratic checks.
 */
export function mergeRelationsFrom(mine: TaggedDocument, theirs: RelationSideSet, isOpen: (row: RelationRow) => boolean, tools: RelationMergeTools): RelationMerge {
  const rows = alignRelations(mine, theirs).filter((row) => row.kind === 'relation-only-theirs' && isOpen(row));
  if (rows.length === 0) return { relations: mine.relations, merged: [], missingEnd: 0, refused: 0 };
  const mineAt = new Map<string, Annotation>();
  for (const a of mine.annotations) if (!mineAt.has(endKey(a))) mineAt.set(endKey(a), a);
  const ends = relationEnds(mine.annotations);
  const keys = new Set(mine.relations.map(relationKey));
  const added: Relation[] = [];
  const merged: RelationRow[] = [];
  let missingEnd = 0;
  let refused = 0;
  for (const row of rows) {
    const from = mineAt.get(endKey(row.from));
    const to = mineAt.get(endKey(row.to));
    if (from === undefined || to === undefined || row.theirs === undefined) {
      missingEnd++;
      continue;
    }
    const { note } = row.theirs;
    const relation: Relation = { id: tools.newId(), type: row.theirs.type, from: from.id, to: to.id, annotator: tools.annotator, ...(note === undefined ? {} : { note }) };
    if (relationProblems(relation, ends, tools.types).length > 0 || keys.has(relationKey(relation))) {
      refused++;
      continue;
    }
    keys.add(relationKey(relation));
    added.push(relation);
    merged.push(row);
  }
  return { relations: added.length === 0 ? mine.relations : [...mine.relations, ...added], merged, missingEnd, refused };
}
