import { useTranslation } from 'react-i18next';
import type { AgreementReport, SpanScores } from '@shared/agreement/agreementReport';
import type { Label } from '@shared/annotation/labelSet';
import { formatScore } from './formatScore';
import { labelName } from '../../i18n/labelName';

function Row({ name, exact, overlap, kappa, testId }: { name: string; exact: SpanScores; overlap: SpanScores; kappa: number | null | undefined; testId: string }) {
  const { t, i18n } = useTranslation();
  const f = (v: number | null) => formatScore(v, i18n.language);
  return (
    <tr data-testid={testId}>
      <th scope="row">{name}</th>
      <td title={t('review.agreement.matchTitle', { tp: exact.tp, nA: exact.nA, nB: exact.nB })}>
        {exact.nA}/{exact.nB}
      </td>
      <td>{f(exact.precision)}</td>
      <td>{f(exact.recall)}</td>
      <td className="score-f1">{f(exact.f1)}</td>
      <td title={t('review.agreement.matchTitle', { tp: overlap.tp, nA: overlap.nA, nB: overlap.nB })}>{f(overlap.f1)}</td>
      {kappa === undefined ? (
        // No micro kappa exists; the cell says so instead of staying blank.
        <td className="kappa-none" title={t('review.agreement.microKappaWhy')} data-testid="micro-kappa">
          {t('review.agreement.microKappa')}
          <span className="visually-hidden"> — {t('review.agreement.microKappaWhy')}</span>
        </td>
      ) : (
        <td className={kappa !== null && kappa < 0 ? 'score-negative' : undefined}>{f(kappa)}</td>
      )}
    </tr>
  );
}

/**
 * The agreement numbers per label and micro-averaged over labels: span counts (mine/theirs),
 * exact-span precision, recall and F1, overlap F1 and character-level kappa ("–" where a
 * denominator is 0; kappa is per label only). Hovering a count shows the matches.
 */
export function AgreementTable({ report, labels }: { report: AgreementReport; labels: readonly Label[] }) {
  const { t } = useTranslation();
  return (
    <table className="agreement-table" data-testid="agreement-table">
      <caption className="visually-hidden">{t('review.agreement.heading')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('review.agreement.col.label')}</th>
          <th scope="col" title={t('review.agreement.col.spansTitle')}>
            {t('review.agreement.col.spans')}
          </th>
          <th scope="col" title={t('review.agreement.col.precisionTitle')}>
            {t('review.agreement.col.precision')}
          </th>
          <th scope="col" title={t('review.agreement.col.recallTitle')}>
            {t('review.agreement.col.recall')}
          </th>
          <th scope="col" title={t('review.agreement.col.f1Title')}>
            {t('review.agreement.col.f1')}
          </th>
          {/* A short head where the name is long (German "Ü-F1"): read out, and shown on hover, in full. */}
          <th scope="col" title={t('review.agreement.col.overlapTitle')} aria-label={t('review.agreement.col.overlapName')}>
            {t('review.agreement.col.overlap')}
          </th>
          <th scope="col" title={t('review.agreement.col.kappaTitle')}>
            κ
          </th>
        </tr>
      </thead>
      <tbody>
        {labels.map((label) => {
          const exact = report.exactSpan.perLabel[label.id];
          const overlap = report.overlap.perLabel[label.id];
          if (!exact || !overlap) return null;
          return (
            <Row key={label.id} testId={`agreement-row-${label.id}`} name={labelName(t, label.id)} exact={exact} overlap={overlap} kappa={report.charKappa.perLabel[label.id]?.kappa ?? null} />
          );
        })}
        <Row testId="agreement-row-micro" name={t('review.agreement.micro')} exact={report.exactSpan.micro} overlap={report.overlap.micro} kappa={undefined} />
      </tbody>
    </table>
  );
}
