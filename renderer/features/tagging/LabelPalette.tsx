import { memo, useMemo } from 'react';
import { useT } from '../../i18n/useT';
import type { Label } from '@shared/annotation/labelSet';
import { labelName } from '../../i18n/labelName';

/** Props of the palette: the label set and what a click does. */
export interface LabelPaletteProps {
  labels: readonly Label[];
  counts: Record<string, number>;
  onApply(labelId: string): void;
}

/** The label buttons; mousedown is cancelled so clicking keeps the text selection alive. Memoized: it re-renders when a count changes, not on every key. */
export const LabelPalette = memo(function LabelPalette({ labels, counts, onApply }: LabelPaletteProps) {
  const t = useT();
  // Each label's name and button text, translated once per language: the palette renders at every tag,
  // retag, delete and undo (its counts), and eight i18next lookups cost about a millisecond there.
  const names = useMemo(
    () => new Map(labels.map((label) => [label.id, { name: labelName(t, label.id), button: t('palette.button', { name: labelName(t, label.id), key: label.key }) }])),
    [labels, t],
  );
  return (
    <ul className="palette-list">
      {labels.map((label) => {
        const { name, button } = names.get(label.id) ?? { name: label.id, button: label.id };
        return (
          <li key={label.id}>
            <button
              type="button"
              className={`label-button label-${label.id}`}
              data-label={label.id}
              aria-label={button}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => onApply(label.id)}
            >
              <span className={`label-swatch pattern-${label.id}`} aria-hidden="true" />
              <span className="label-name">{name}</span>
              <span className="label-count" aria-hidden="true">
                {counts[label.id] ?? 0}
              </span>
              <kbd aria-hidden="true">{label.key}</kbd>
            </button>
          </li>
        );
      })}
    </ul>
  );
});
