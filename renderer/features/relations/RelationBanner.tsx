import { useTranslation } from 'react-i18next';
import type { Annotation } from '@shared/annotation/annotation';
import { quoteForMessage } from '@shared/annotation/quoteForMessage';
import type { Relation } from '@shared/relation/relation';
import type { RelationPick } from './relationPicking';

/** Props of the banner: the picking state, the selected relation (if any) and the document's tags, to name them. */
export interface RelationBannerProps {
  pick: RelationPick;
  annotations: readonly Annotation[];
  selected?: Relation | undefined;
  /** The relation as words, e.g. "Source: „…“ → „Wassili Nebensja“". */
  describe(relationId: string): string;
  /** The banner's buttons, for the mouse: confirm (Enter), a type (1/2/3), cancel (Escape). */
  onConfirm(): void;
  onChoose(n: number): void;
  onCancel(): void;
}

/**
 * The visible sign of the relation modes: while it shows, J/K, Enter, Escape and 1/2/3 mean what
 * it says (pick, confirm, cancel, choose a type), or Delete and Escape act on the selected
 * relation; announced politely to screen readers.
 */
export function RelationBanner({ pick, annotations, selected, describe, onConfirm, onChoose, onCancel }: RelationBannerProps) {
  const { t } = useTranslation();
  if (pick.kind !== 'picking') {
    if (selected === undefined) return null;
    return (
      <div className="relation-banner" role="status" aria-label={t('relations.banner.label')} data-testid="relation-banner" data-mode="selected">
        {t('relations.banner.selected', { relation: describe(selected.id) })}
      </div>
    );
  }
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
    <div className="relation-banner" role="status" aria-label={t('relations.banner.label')} data-testid="relation-banner" data-mode="picking" data-choosing={pick.choices !== null || undefined}>
      <span className="relation-banner-text">{message}</span>
      <span className="relation-banner-actions">
        {pick.choices?.map((type, i) => (
          <button key={type.id} type="button" onMouseDown={(event) => event.preventDefault()} onClick={() => onChoose(i + 1)}>
            {t('relations.banner.choice', { n: i + 1, type: t(`relations.types.${type.id}`, { defaultValue: type.name }) })}
          </button>
        ))}
        {pick.choices === null && pick.targetId !== null && (
          <button type="button" className="primary" onMouseDown={(event) => event.preventDefault()} onClick={onConfirm}>
            {t('relations.banner.confirm')}
          </button>
        )}
        <button type="button" onMouseDown={(event) => event.preventDefault()} onClick={onCancel}>
          {t('relations.banner.cancel')}
        </button>
      </span>
    </div>
  );
}
