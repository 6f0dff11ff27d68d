import type { Annotation } from '@shared/annotation/annotation';
import { DEFAULT_RELATION_TYPES } from '@shared/relation/relationType';
import type { RelationRow } from '@shared/review/alignRelations';
import { applyRelationDecision } from '@shared/review/applyRelationDecision';
import type { ReviewDecision } from '@shared/review/reviewDecisions';
import type { DocumentSession } from '../../state/createDocumentSession';

/**
 * Carries out a review decision on a relation difference as one undo step of my tags and
 * relations; when their relation cannot stand in my set, nothing changes and the status says why.
 */
export function decideRelation(session: DocumentSession, theirs: readonly Annotation[], row: RelationRow, decision: ReviewDecision): void {
  let failed = false;
  session.replaceDocument(
    (current, tools) => {
      const next = applyRelationDecision(current, theirs, row, decision, { ...tools, types: DEFAULT_RELATION_TYPES });
      failed = next === undefined;
      return next;
    },
    'review-relation',
    { key: 'relations.review.decided', severity: 'info' },
  );
  if (failed) session.say({ key: 'relations.review.failed', severity: 'warning' });
}
