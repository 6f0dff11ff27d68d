import { useTranslation } from 'react-i18next';
import type { Annotation } from '@shared/annotation/annotation';
import type { ReviewDecision } from '@shared/review/reviewDecisions';
import { shortQuote } from '../annotations/AnnotationList';
import type { ReviewItem } from './reviewGroups';
import { labelName } from '../../i18n/labelName';

/** Props of one difference row: the row, the colleague's initials, and what its buttons do. */
export interface DifferenceRowProps {
  item: ReviewItem;
  initials: string;
  readOnly: boolean;
  onDecide(decision: ReviewDecision): void;
  onReveal(): void;
}

/** Which decisions a row offers: those that mean something for its kind (accept/keep/reject on conflicts). */
function choicesFor(kind: ReviewItem['row']['kind']): ReviewDecision[] {
  if (kind === 'only-mine') return ['keep-mine', 'reject'];
  if (kind === 'only-theirs') return ['accept-theirs', 'reject'];
  if (kind === 'agree') return ['accept-theirs', 'reject'];
  return ['accept-theirs', 'keep-mine', 'reject'];
}

function Side({ who, annotation, marker }: { who: string; annotation: Annotation; marker?: string }) {
  const { t } = useTranslation();
  return (
    <span className="review-side">
      {marker === undefined ? <span className="side-mine" aria-hidden="true" /> : <span className="side-marker" aria-hidden="true">{marker}</span>}
      <span className="side-who">{who}</span>
      <span className={`chip label-${annotation.label}`}>{labelName(t, annotation.label)}</span>
      <span className="side-offsets">{t('review.row.offsets', { start: annotation.start, end: annotation.end })}</span>
    </span>
  );
}

/**
 * One difference: the quote (click to show it in the text), my side and theirs with label and
 * code-point offsets, the decision buttons that fit the row, and the recorded decision as text.
 */
export function DifferenceRow({ item, initials, readOnly, onDecide, onReveal }: DifferenceRowProps) {
  const { t } = useTranslation();
  const { row, decision } = item;
  const quote = (row.theirs ?? row.mine).text;
  const choiceKey = (d: ReviewDecision) => (row.kind === 'only-mine' && d === 'reject' ? 'removeMine' : row.kind === 'agree' && d === 'accept-theirs' ? 'acceptAgree' : d);
  return (
    <li className="review-row" data-kind={row.kind} data-decision={decision ?? 'open'} data-theirs={row.theirs ? JSON.stringify([row.theirs.annotator, row.theirs.id]) : undefined} data-testid="review-row">
      <button type="button" className="row-quote" onClick={onReveal} title={t('review.row.reveal')}>
        {shortQuote(quote, 70)}
      </button>
      <div className="row-sides">
        {row.mine && <Side who={t('review.row.mine')} annotation={row.mine} />}
        {row.theirs && <Side who={row.theirs.annotator} annotation={row.theirs} marker={initials} />}
      </div>
      <div className="row-actions">
        {decision !== undefined && (
          <span className={`row-decision decision-${decision}`} data-testid="row-decision">
            {t(`review.decision.${decision}`)}
          </span>
        )}
        {!readOnly &&
          choicesFor(row.kind)
            .filter((d) => d !== decision)
            .map((d) => (
              <button key={d} type="button" className={`row-action action-${d}`} onClick={() => onDecide(d)}>
                {t(`review.actions.${choiceKey(d)}`)}
              </button>
            ))}
      </div>
    </li>
  );
}
