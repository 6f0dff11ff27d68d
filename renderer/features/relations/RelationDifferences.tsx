import { memo, useCallback, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { quoteForMessage } from '@shared/annotation/quoteForMessage';
import { alignRelations, type RelationRow, type RelationSideSet } from '@shared/review/alignRelations';
import { relationChoices } from '@shared/review/applyRelationDecision';
import type { ReviewDecision } from '@shared/review/reviewDecisions';
import { resolutionOf, type Resolutions } from '../review/resolutionLayer';

/** Props of the relation differences: both sides, who the colleague is, and how a decision is carried out. */
export interface RelationDifferencesProps {
  mine: RelationSideSet;
  theirs: RelationSideSet;
  annotator: string;
  readOnly: boolean;
  /** The decisions recorded with my current relations (kept across closing the panel, undone with their step). */
  resolutions: Resolutions;
  /** Carries out a decision (one undo step). */
  onDecide(row: RelationRow, decision: ReviewDecision): void;
}

/** Props of one relation difference row: the row, its recorded decision, and how a decision is carried out. */
interface RelationDifferenceRowProps {
  row: RelationRow;
  decision: ReviewDecision | undefined;
  annotator: string;
  readOnly: boolean;
  onDecide(row: RelationRow, decision: ReviewDecision): void;
}

/** One relation difference with its decisions; memoized, so a render of the panel redraws only rows whose row or mark changed. */
const RelationDifferenceRow = memo(function RelationDifferenceRow({ row, decision, annotator, readOnly, onDecide }: RelationDifferenceRowProps) {
  const { t } = useTranslation();
  const type = (id: string) => t(`relations.types.${id}`, { defaultValue: id });
  return (
    <li className="review-row" data-kind={row.kind} data-decision={decision ?? 'open'} data-testid="relation-row">
      <span className="row-quote">{t('relations.review.ends', { from: quoteForMessage(row.from.text), to: quoteForMessage(row.to.text) })}</span>
      <span className="row-sides">
        {t(`relations.review.${row.kind}`, { mine: row.mine ? type(row.mine.type) : '', theirs: row.theirs ? type(row.theirs.type) : '', name: annotator })}
      </span>
      <span className="row-actions">
        {decision !== undefined && <span className={`row-decision decision-${decision}`}>{t(`review.decision.${decision}`)}</span>}
        {!readOnly &&
          relationChoices(row.kind)
            .filter((d) => d !== decision)
            .map((d) => (
              <button key={d} type="button" className={`row-action action-${d}`} onClick={() => onDecide(row, d)}>
                {t(`review.actions.${row.kind === 'relation-only-mine' && d === 'reject' ? 'removeMine' : d}`)}
              </button>
            ))}
      </span>
    </li>
  );
});

/**
 * The relation differences with one colleague, below the span differences: a type difference,
 * only mine, only theirs, each with the decisions of the span rows (accept theirs, keep mine,
 * reject). An accepted difference disappears (the sets now agree); a kept or rejected one stays,
 * marked with the decision for as long as the undo history holds it, like a span row's mark.
 * The rows are aligned once per state of the two sides' tags and relations, not on every render
 * of the review panel (whose `mine` is a fresh object each time).
 */
export const RelationDifferences = memo(function RelationDifferences({ mine, theirs, annotator, readOnly, resolutions, onDecide }: RelationDifferencesProps) {
  const { t } = useTranslation();
  const { annotations: myTags, relations: myRelations } = mine;
  const { annotations: theirTags, relations: theirRelations } = theirs;
  const rows = useMemo(
    () => alignRelations({ annotations: myTags, relations: myRelations }, { annotations: theirTags, relations: theirRelations }),
    [myTags, myRelations, theirTags, theirRelations],
  );
  // The latest handler through a ref: the panel passes a new one each render, and the rows need not redraw for it.
  const latestDecide = useRef(onDecide);
  latestDecide.current = onDecide;
  const decide = useCallback((row: RelationRow, decision: ReviewDecision) => latestDecide.current(row, decision), []);
  return (
    <section className="review-group relation-differences" data-testid="relation-differences" aria-labelledby="relation-differences-heading">
      <h3 id="relation-differences-heading">
        {t('relations.review.heading')}
        <span className="group-count">{t('relations.review.count', { count: rows.length })}</span>
      </h3>
      {rows.length === 0 ? (
        <p className="group-empty">{t('relations.review.none')}</p>
      ) : (
        <ul>
          {rows.map((row) => (
            <RelationDifferenceRow key={row.id} row={row} decision={resolutionOf(resolutions, row)} annotator={annotator} readOnly={readOnly} onDecide={decide} />
          ))}
        </ul>
      )}
    </section>
  );
});
