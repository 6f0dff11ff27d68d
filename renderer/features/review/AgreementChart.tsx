import { useTranslation } from 'react-i18next';
import type { AgreementReport } from '@shared/agreement/agreementReport';
import type { Label } from '@shared/annotation/labelSet';
import { chartBarStyle } from './chartBarStyle';
import { formatScore } from './formatScore';
import { labelName } from '../../i18n/labelName';

const METRICS = ['exactF1', 'overlapF1', 'kappa'] as const;
type Metric = (typeof METRICS)[number];

function valueOf(report: AgreementReport, labelId: string, metric: Metric): number | null {
  if (metric === 'kappa') return report.charKappa.perLabel[labelId]?.kappa ?? null;
  const scores = (metric === 'exactF1' ? report.exactSpan : report.overlap).perLabel[labelId];
  return scores?.f1 ?? null;
}

/**
 * A small bar chart of exact-span F1, overlap F1 and kappa per label, drawn with CSS bars
 * (widths through React's style prop, so the CSP's style-src stays 'self'); each metric has its
 * own fill pattern and its value written next to the bar, and each label's bars carry a text
 * alternative, so neither colour nor the picture alone carries a number. Kappa's track runs from
 * -1 to 1 around a zero line, so a negative kappa is drawn too.
 */
export function AgreementChart({ report, labels }: { report: AgreementReport; labels: readonly Label[] }) {
  const { t, i18n } = useTranslation();
  const name = (id: string) => labelName(t, id);
  return (
    <figure className="agreement-chart" data-testid="agreement-chart">
      <figcaption>{t('review.agreement.chart.title')}</figcaption>
      <ul className="chart-legend" aria-hidden="true">
        {METRICS.map((m) => (
          <li key={m}>
            <span className={`bar-swatch bar-${m}`} />
            {t(`review.agreement.chart.${m}`)}
          </li>
        ))}
      </ul>
      <ul className="chart-rows">
        {labels.map((label) => {
          const values = METRICS.map((m) => [m, valueOf(report, label.id, m)] as const);
          const description = values.map(([m, v]) => `${t(`review.agreement.chart.${m}`)} ${formatScore(v, i18n.language)}`).join(', ');
          return (
            <li key={label.id}>
              <div className="chart-row" role="img" aria-label={`${name(label.id)}: ${description}`}>
                <span className="chart-label" aria-hidden="true">
                  {name(label.id)}
                </span>
                <span className="chart-bars" aria-hidden="true">
                  {values.map(([m, v]) => (
                    <span key={m} className="chart-bar-line">
                      <span className={m === 'kappa' ? 'chart-track chart-track-signed' : 'chart-track'}>
                        <span className={`chart-bar bar-${m}${v !== null && v < 0 ? ' chart-bar-negative' : ''}`} style={chartBarStyle(m === 'kappa', v)} data-value={v ?? ''} />
                      </span>
                      <span className="chart-value">{formatScore(v, i18n.language)}</span>
                    </span>
                  ))}
                </span>
              </div>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
