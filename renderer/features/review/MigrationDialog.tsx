import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Migration, MigrationRow } from '@shared/ipc/methods/reviewMethods';
import { shortQuote } from '../annotations/AnnotationList';
import { formatScore } from './formatScore';
import { useModalDialog } from '../../ui/useModalDialog';
import { labelName } from '../../i18n/labelName';
import { UntrustedSentence } from '../../ui/UntrustedSentence';

/** Props of the migration dialog: one migration, and what to do with the chosen rows. */
export interface MigrationDialogProps {
  migration: Migration;
  busy: boolean;
  onResolve(accept: number[]): void;
}

function statusText(row: MigrationRow, t: (key: string, values?: Record<string, unknown>) => string, language: string): string {
  if (row.status === 'fuzzy') return t('review.migration.status.fuzzy', { score: formatScore(row.score ?? null, language) });
  return t(`review.migration.status.${row.status}`);
}

/**
 * The migration list of a colleague's file made on another version of my document: per span
 * how it was re-anchored (exact / moved / fuzzy with score / orphaned), their quote and where it
 * lands in my text; the user accepts or rejects rows one by one or all at once. Orphans cannot
 * be accepted but are listed, so nothing is dropped unseen; rejected and orphaned rows are not
 * stored and reappear in the import summary.
 */
export function MigrationDialog({ migration, busy, onResolve }: MigrationDialogProps) {
  const { t, i18n } = useTranslation();
  const ref = useModalDialog();
  const placed = useMemo(() => migration.rows.filter((r) => r.status !== 'orphaned').map((r) => r.index), [migration]);
  const [accepted, setAccepted] = useState<ReadonlySet<number>>(() => new Set(placed));
  const toggle = (index: number, on: boolean) =>
    setAccepted((current) => {
      const next = new Set(current);
      if (on) next.add(index);
      else next.delete(index);
      return next;
    });
  const counts = { exact: 0, moved: 0, fuzzy: 0, orphaned: 0 };
  for (const row of migration.rows) counts[row.status] += 1;
  const headingId = `migration-${migration.migrationId}`;

  return (
    <dialog ref={ref} className="review-dialog migration-dialog" aria-labelledby={headingId} data-testid="migration-dialog" onCancel={(event) => event.preventDefault()}>
      <h2 id={headingId}><UntrustedSentence i18nKey="review.migration.heading" untrusted={{ name: migration.annotator }} /></h2>
      <p className="dialog-intro">
        {t(migration.matchedBy === 'title' ? 'review.migration.introTitle' : 'review.migration.introSource', { theirs: migration.theirTitle, source: migration.theirSource, mine: migration.documentTitle })}
      </p>
      <p className="migration-counts" data-testid="migration-counts">
        {t('review.migration.counts', counts)}
      </p>
      <div className="migration-bulk">
        <button type="button" onClick={() => setAccepted(new Set(placed))}>
          {t('review.migration.acceptAll')}
        </button>
        <button type="button" onClick={() => setAccepted(new Set())}>
          {t('review.migration.rejectAll')}
        </button>
      </div>
      <div className="migration-rows">
        <table className="migration-table">
          <thead>
            <tr>
              <th scope="col">{t('review.migration.col.accept')}</th>
              <th scope="col">{t('review.migration.col.status')}</th>
              <th scope="col">{t('review.migration.col.label')}</th>
              <th scope="col">{t('review.migration.col.span')}</th>
            </tr>
          </thead>
          <tbody>
            {migration.rows.map((row) => {
              const orphan = row.status === 'orphaned';
              const changed = !orphan && row.text !== row.oldText;
              return (
                <tr key={row.index} data-status={row.status} data-testid="migration-row">
                  <td>
                    <input
                      type="checkbox"
                      aria-label={t('review.migration.acceptRow', { text: shortQuote(row.oldText, 40) })}
                      checked={!orphan && accepted.has(row.index)}
                      disabled={orphan}
                      onChange={(event) => toggle(row.index, event.target.checked)}
                    />
                  </td>
                  <td>
                    <span className={`migration-status status-${row.status}`}>{statusText(row, t, i18n.language)}</span>
                  </td>
                  <td>
                    <span className={`chip label-${row.label}`}>{labelName(t, row.label)}</span>
                  </td>
                  <td className="migration-span">
                    <span className="migration-quote">{shortQuote(row.oldText, 60)}</span>
                    <span className="migration-where">
                      {orphan
                        ? t('review.migration.noPlace', { start: row.oldStart, end: row.oldEnd })
                        : t('review.migration.place', { oldStart: row.oldStart, oldEnd: row.oldEnd, start: row.start, end: row.end })}
                    </span>
                    {changed && (
                      <span className="migration-now">
                        {t('review.migration.reads')} <span className="migration-quote">{shortQuote(row.text ?? '', 60)}</span>
                      </span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="dialog-actions">
        <button type="button" disabled={busy} onClick={() => onResolve([])}>
          {t('review.migration.storeNone')}
        </button>
        <button type="button" className="primary" disabled={busy} onClick={() => onResolve([...accepted].sort((a, b) => a - b))}>
          {t('review.migration.store', { count: accepted.size })}
        </button>
      </div>
    </dialog>
  );
}
