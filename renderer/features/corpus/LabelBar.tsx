import { useTranslation } from 'react-i18next';
import type { Label } from '@shared/annotation/labelSet';
import { labelName } from '../../i18n/labelName';
import { countOf } from '@shared/annotation/countLabels';

/** Props of the bar: tags per label, the label set, and the largest total in the corpus (the full width). */
export interface LabelBarProps {
  counts: Readonly<Record<string, number>>;
  labels: readonly Label[];
  scaleMax: number;
}

/**
 * A small stacked bar of a document's tags per label, its length relative to the most-tagged
 * document, each segment in the label's colour and line pattern; the numbers are its text.
 */
export function LabelBar({ counts, labels, scaleMax }: LabelBarProps) {
  const { t } = useTranslation();
  const total = labels.reduce((sum, label) => sum + countOf(counts, label.id), 0);
  const list = labels.map((label) => `${labelName(t, label.id)} ${countOf(counts, label.id)}`).join(', ');
  const width = scaleMax > 0 ? Math.max(total > 0 ? 8 : 0, Math.round((total / scaleMax) * 100)) : 0;
  return (
    <span className="label-bar" role="img" aria-label={t('corpus.labelCounts', { list })} title={list}>
      <span className="label-bar-fill" style={{ width: `${width}%` }}>
        {labels.map((label) =>
          countOf(counts, label.id) > 0 ? (
            <span key={label.id} className={`label-bar-segment label-${label.id} pattern-${label.id}`} style={{ flexGrow: countOf(counts, label.id) }} data-label={label.id} />
          ) : null,
        )}
      </span>
    </span>
  );
}
