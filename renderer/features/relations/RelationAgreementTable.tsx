import { useTranslation } from 'react-i18next';
import type { RelationMetric, SpanScores } from '@shared/agreement/agreementReport';
import { formatScore } from '../review/formatScore';

/**
 * Relation agreement per relation type and micro-averaged: relations (mine/theirs), precision,
 * recall and F1, where two relations match when their types and both ends (span and label) match.
 */
export function RelationAgreementTable({ metric }: { metric: RelationMetric }) {
  const { t, i18n } = useTranslation();
  const f = (v: number | null) => formatScore(v, i18n.language);
  const row = (id: string, name: string, s: SpanScores) => (
    <tr key={id} data-testid={`relation-agreement-${id}`}>
      <th scope="row">{name}</th>
      <td title={t('review.agreement.matchTitle', { tp: s.tp, nA: s.nA, nB: s.nB })}>
        {s.nA}/{s.nB}
      </td>
      <td>{f(s.precision)}</td>
      <td>{f(s.recall)}</td>
      <td className="score-f1">{f(s.f1)}</td>
    </tr>
  );
  return (
    <table className="agreement-table relation-agreement" data-testid="relation-agreement">
      <caption>{t('relations.agreement.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('relations.agreement.type')}</th>
          <th scope="col">{t('relations.agreement.count')}</th>
          <th scope="col">{t('review.agreement.col.precision')}</th>
          <th scope="col">{t('review.agreement.col.recall')}</th>
          <th scope="col">{t('review.agreement.col.f1')}</th>
        </tr>
      </thead>
      <tbody>
        {Object.entries(metric.perType).map(([id, s]) => row(id, t(`relations.types.${id}`, { defaultValue: id }), s))}
        {row('micro', t('relations.agreement.micro'), metric.micro)}
      </tbody>
    </table>
  );
}
