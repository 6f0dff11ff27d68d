import { useTranslation } from 'react-i18next';
import type { Notice } from '@shared/ipc/schemas';
import { UntrustedSentence } from '../../ui/UntrustedSentence';

/** The sentence key for one unreadable set: kept aside (named or not) or written by a newer Tagwerk. */
function sentenceKey(notice: Notice): string {
  if (notice.code === 'future-version') return notice.annotator === undefined ? 'review.unreadable.futureUnknown' : 'review.unreadable.future';
  return notice.annotator === undefined ? 'review.unreadable.keptAsideUnknown' : 'review.unreadable.keptAside';
}

/**
 * Says which colleague sets of this document could not be read — whose, and where the damaged
 * file was kept aside — so a damaged set never looks like "no colleague's tags yet".
 */
export function UnreadableSets({ notices }: { notices: readonly Notice[] }) {
  const { t } = useTranslation();
  if (notices.length === 0) return null;
  return (
    <section className="review-unreadable" role="status" aria-labelledby="review-unreadable-heading" data-testid="review-unreadable">
      <h3 id="review-unreadable-heading">{t('review.unreadable.heading', { count: notices.length })}</h3>
      <ul>
        {notices.map((notice) => (
          <li key={`${notice.file ?? ''}|${notice.movedTo ?? ''}`} data-code={notice.code}>
            <UntrustedSentence i18nKey={sentenceKey(notice)} untrusted={{ name: notice.annotator ?? '', file: notice.movedTo ?? notice.file ?? '' }} />
          </li>
        ))}
      </ul>
    </section>
  );
}
