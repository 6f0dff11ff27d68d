import { useTranslation } from 'react-i18next';
import type { Annotation } from '../../../shared/annotation/annotation';
import { quoteForMessage } from '../../../shared/annotation/quoteForMessage';
import type { RelationPick } from './relationPicking';

/** Props of the banner: the picking state and the document's tags, to name the source and target. */
export interface RelationBannerProps {
  pick: RelationPick;
  annotations: readonly Annotation[];
}

/**
 * The visible sign of the relation-picking mode: while it shows, J/K, Enter, Escape and 1/2/3
 * mean what it says (pick, confirm, cancel, choose a type), announced politely to screen readers.
 */
export function RelationBanner({ pick, annotations }: RelationBannerProps) {
  const { t } = useTranslation();
  if (pick.kind !== 'picking') return null;
  const text = (id: string | null) => quoteForMessage(annotations.find((a) => a.id === id)?.text ?? '');
  const from = text(pick.fromId);
  let message: string;
  if (pick.choices !== null) {
    const choices = pick.choices.map((type, i) => t('relations.banner.choice', { n: i + 1, type: t(`relations.types.${type.id}`, { defaultValue: type.name }) })).join(', ');
    message = t('relations.banner.choose', { from, to: text(pick.targetId), choices });
  } else if (pick.targetId !== null) {
    message = t('relations.banner.target', { from, to: text(pick.targetId) });
  } else {
    message = t('relations.banner.picking', { text: from });
  }
  return (
    <div className="relation-banner" role="status" aria-label={t('relations.banner.label')} data-testid="relation-banner" data-choosing={pick.choices !== null || undefined}>
      {message}
    </div>
  );
}
