import { useTranslation } from 'react-i18next';
import type { ReviewDecision } from '@shared/review/reviewDecisions';
import type { ReviewRow } from '@shared/review/reviewRow';
import { DifferenceRow } from './DifferenceRow';
import type { ReviewGroup } from './reviewGroups';
import { UntrustedSentence } from '../../ui/UntrustedSentence';

/** Props of the difference list for one colleague. */
export interface DifferenceListProps {
  groups: readonly ReviewGroup[];
  annotator: string;
  initials: string;
  readOnly: boolean;
  onDecide(row: ReviewRow, decision: ReviewDecision): void;
  onAcceptAgreeing(): void;
  onMergeAll(): void;
  onReveal(row: ReviewRow): void;
}

/**
 * The differences between my tags and one colleague's, in the five difference groups (each
 * with its number of rows and how many are still open), with "accept all agreeing" and "merge
 * all from <annotator>" on top; every decision is one undo step (Ctrl+Z).
 */
export function DifferenceList({ groups, annotator, initials, readOnly, onDecide, onAcceptAgreeing, onMergeAll, onReveal }: DifferenceListProps) {
  const { t } = useTranslation();
  const agree = groups.find((g) => g.kind === 'agree');
  return (
    <div className="difference-list" data-testid="difference-list">
      <div className="bulk-actions">
        <button type="button" disabled={readOnly || (agree?.open ?? 0) === 0} onClick={onAcceptAgreeing}>
          {t('review.bulk.acceptAgreeing', { count: agree?.open ?? 0 })}
        </button>
        <button type="button" disabled={readOnly} onClick={onMergeAll} title={t('review.bulk.mergeHelp')}>
          <UntrustedSentence i18nKey="review.bulk.mergeAll" untrusted={{ name: annotator }} />
        </button>
      </div>
      <p className="review-hint">{t('review.bulk.hint')}</p>
      {groups.map((group) => (
        <section key={group.kind} className="review-group" data-kind={group.kind} data-testid={`group-${group.kind}`} aria-labelledby={`group-${group.kind}`}>
          <h3 id={`group-${group.kind}`}>
            <span className={`group-icon icon-${group.kind}`} aria-hidden="true" />
            {t(`review.groups.${group.kind}`)}
            <span className="group-count" data-testid="group-count">
              {t('review.groupCount', { count: group.items.length, open: group.open })}
            </span>
          </h3>
          {group.items.length === 0 ? (
            <p className="group-empty">{t('review.groupEmpty')}</p>
          ) : (
            <ul>
              {group.items.map((item) => (
                <DifferenceRow key={item.row.id} item={item} initials={initials} readOnly={readOnly} onDecide={(d) => onDecide(item.row, d)} onReveal={() => onReveal(item.row)} />
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
