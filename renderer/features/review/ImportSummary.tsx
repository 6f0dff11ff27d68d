import { useTranslation } from 'react-i18next';
import { shortQuote } from '../annotations/AnnotationList';
import type { ColleagueSetOutcome } from '@shared/ipc/methods/datasetMethods';
import type { ImportSummary as Summary } from './createReviewStore';
import { labelName } from '../../i18n/labelName';
import { UntrustedSentence } from '../../ui/UntrustedSentence';

/** The summary line of each outcome of a colleague set's import. */
const SUMMARY_KEYS = {
  stored: 'review.summary.stored',
  replaced: 'review.summary.replaced',
  unchanged: 'review.summary.unchanged',
  'kept-newer': 'review.summary.keptNewer',
} as const satisfies Record<ColleagueSetOutcome, string>;

/**
 * What the last "Import colleague's tags…" did, kept on screen until dismissed: the file's
 * problems (nothing stored), or each colleague set stored, each migration's stored / rejected /
 * orphaned counts with its relations kept, and every row and relation that was not stored, so
 * nothing disappears unseen.
 */
export function ImportSummary({ summary, pending, onDismiss }: { summary: Summary; pending: number; onDismiss(): void }) {
  const { t } = useTranslation();
  const invalid = summary.problems.length > 0;
  const orphanedRelations = summary.resolved.flatMap((r) => r.orphanedRelations.map((o) => ({ ...o, annotator: r.annotator })));
  return (
    <section className={`import-summary ${invalid ? 'invalid' : ''}`} aria-labelledby="import-summary-heading" data-testid="import-summary">
      <div className="summary-head">
        <h3 id="import-summary-heading"><UntrustedSentence i18nKey={invalid ? 'review.summary.invalid' : 'review.summary.heading'} untrusted={{ file: summary.file }} /></h3>
        <button type="button" className="link-button" onClick={onDismiss}>
          {t('review.summary.dismiss')}
        </button>
      </div>
      {invalid && (
        <ul className="summary-problems">
          {summary.problems.slice(0, 20).map((p, i) => (
            <li key={i}>
              {p.path !== '' && <code>{p.path}</code>} {p.message}
            </li>
          ))}
          {summary.problems.length > 20 && <li>{t('review.summary.moreProblems', { count: summary.problems.length - 20 })}</li>}
        </ul>
      )}
      <ul className="summary-lines">
        {summary.stored.map((s) => (
          <li key={`${s.documentId}:${s.annotator}`}><UntrustedSentence i18nKey={s.addedDocument ? 'review.summary.storedNewDocument' : SUMMARY_KEYS[s.outcome]} values={{ count: s.count }} untrusted={{ name: s.annotator, title: s.title }} /></li>
        ))}
        {summary.resolved.map((r) => (
          <li key={`${r.documentId}:${r.annotator}`}>
            <UntrustedSentence i18nKey="review.summary.migrated" values={{ count: r.stored, rejected: r.rejected, orphaned: r.orphaned }} untrusted={{ name: r.annotator }} />
            {r.relations + r.orphanedRelations.length > 0 && <> {t('review.summary.migratedRelations', { count: r.relations, orphaned: r.orphanedRelations.length })}</>}
          </li>
        ))}
        {pending > 0 && <li>{t('review.summary.pending', { count: pending })}</li>}
        {summary.skippedOwn > 0 && <li>{t('review.summary.skippedOwn', { count: summary.skippedOwn })}</li>}
        {!invalid && summary.stored.length === 0 && summary.resolved.length === 0 && pending === 0 && <li>{t('review.summary.nothing')}</li>}
      </ul>
      {summary.notStored.length > 0 && (
        <details className="summary-not-stored" open>
          <summary>{t('review.summary.notStored', { count: summary.notStored.length })}</summary>
          <ul data-testid="not-stored">
            {summary.notStored.map((n) => (
              <li key={`${n.annotator}:${n.row.index}`}>
                <span className={`migration-status status-${n.reason === 'orphaned' ? 'orphaned' : 'rejected'}`}>{t(`review.summary.reason.${n.reason}`)}</span>{' '}
                <span className={`chip label-${n.row.label}`}>{labelName(t, n.row.label)}</span> <span className="migration-quote">{shortQuote(n.row.oldText, 50)}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
      {orphanedRelations.length > 0 && (
        <details className="summary-not-stored" open>
          <summary>{t('review.summary.relationsNotStored', { count: orphanedRelations.length })}</summary>
          <ul data-testid="relations-not-stored">
            {orphanedRelations.map((o, i) => (
              <li key={`${o.annotator}:${i}`}>
                <span className="migration-status status-orphaned">{t('review.summary.reason.relationEnd')}</span> {t(`relations.types.${o.type}`, { defaultValue: o.type })}:{' '}
                <span className="migration-quote">{shortQuote(o.fromText, 40)}</span> → <span className="migration-quote">{shortQuote(o.toText, 40)}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
