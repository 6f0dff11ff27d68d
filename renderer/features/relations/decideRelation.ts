import type { Annotation } from '@shared/annotation/annotation';
import type { Relation } from '@shared/relation/relation';
import { DEFAULT_RELATION_TYPES } from '@shared/relation/relationType';
import type { RelationRow } from '@shared/review/alignRelations';
import { applyRelationDecision } from '@shared/review/applyRelationDecision';
import type { ReviewDecision } from '@shared/review/reviewDecisions';
import type { DocumentSession } from '../../state/createDocumentSession';
import { withResolutions, type ResolutionLayer } from '../review/resolutionLayer';

/**
 * Carries out a review decision on a relation difference as one undo step of my tags and
 * relations — always a step, even when nothing changes (keep mine), so the decision's mark is
 * recorded with it and undo takes both back, as with span decisions; when their relation cannot
 * stand in my set, nothing changes and the status says why.
 */
export function decideRelation(
  session: DocumentSession,
  layer: ResolutionLayer<readonly Relation[]>,
  theirs: readonly Annotation[],
  row: RelationRow,
  decision: ReviewDecision,
): void {
  let failed = false;
  session.replaceDocument(
    (current, tools) => {
      const next = applyRelationDecision(current, theirs, row, decision, { ...tools, types: DEFAULT_RELATION_TYPES });
      failed = next === undefined;
      if (next === undefined) return undefined;
      // A list of its own for this step: the mark is tied to it (recorded before the step is committed, so the render finds it).
      const made = next.relations === current.relations ? { ...next, relations: [...next.relations] } : next;
      layer.record(made.relations, withResolutions(layer.at(current.relations), [[row, decision]]));
      return made;
    },
    'review-relation',
    { key: 'relations.review.decided', severity: 'info' },
  );
  if (failed) session.say({ key: 'relations.review.failed', severity: 'warning' });
}
