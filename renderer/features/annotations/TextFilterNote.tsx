import { useMemo } from 'react';
import { useT } from '../../i18n/useT';
import type { Annotation } from '@shared/annotation/annotation';
import { labelName } from '../../i18n/labelName';

/** Props of the note: my annotations, the labels the filter hides, and how to show everything again. */
export interface TextFilterNoteProps {
  annotations: readonly Annotation[];
  hiddenLabels: readonly string[];
  onShowAll(): void;
}

/**
 * A line above the text while the label filter hides anything, so a text without claims is
 * never mistaken for an untagged one: which labels are hidden, how many tags are not drawn.
 */
export function TextFilterNote({ annotations, hiddenLabels, onShowAll }: TextFilterNoteProps) {
  const t = useT();
  const hiddenCount = useMemo(
    () => (hiddenLabels.length === 0 ? 0 : annotations.reduce((n, a) => (hiddenLabels.includes(a.label) ? n + 1 : n), 0)),
    [annotations, hiddenLabels],
  );
  if (hiddenLabels.length === 0) return null;
  const names = hiddenLabels.map((id) => labelName(t, id)).join(', ');
  return (
    <p className="text-filter" data-testid="text-filter" role="status">
      {t('editor.filtered', { labels: names, count: hiddenCount })}{' '}
      <button type="button" className="text-filter-show" onClick={onShowAll}>
        {t('editor.showAll')}
      </button>
    </p>
  );
}
