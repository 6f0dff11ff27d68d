import { useTranslation } from 'react-i18next';
import type { Annotation } from '@shared/annotation/annotation';
import { quoteForMessage } from '@shared/annotation/quoteForMessage';
import type { Relation } from '@shared/relation/relation';
import { typesFor, type RelationType } from '@shared/relation/relationType';
import { labelName } from '../../i18n/labelName';
import { annotationsById } from './arcPicture';
import { relationsByTag } from './relationsByTag';

/** The index a tag without relations looks nothing up in. */
const NO_TAGS: ReadonlyMap<string, Annotation> = new Map();

/** Props of the relation list of the selected tag: its relations both ways, the tags, and what its buttons do. */
export interface RelationDetailsProps {
  annotation: Annotation;
  relations: readonly Relation[];
  annotations: readonly Annotation[];
  types: readonly RelationType[];
  selectedRelationId: string | null;
  readOnly: boolean;
  onSelect(id: string): void;
  onRetype(id: string, typeId: string): void;
  onDelete(id: string): void;
  /** Starts relation mode from this tag (as R does). */
  onStart(): void;
}

/**
 * The selected tag's relations in both directions, as in INCEpTION's relation list: the type
 * (a choice among the types the two labels allow), the other tag's text, select and delete;
 * for a tag that can only be a target (an actor, a date), it says to start from the claim or quote.
 */
export function RelationDetails({ annotation, relations, annotations, types, selectedRelationId, readOnly, onSelect, onRetype, onDelete, onStart }: RelationDetailsProps) {
  const { t } = useTranslation();
  const { outgoing, incoming } = relationsByTag(relations, annotation.id);
  // Looked up in the index made once per tag list (shared with the arcs), not by scanning every tag on each J/K;
  // a tag without relations needs none (no 10,000-entry index after each change at 1M).
  const byId = outgoing.length + incoming.length > 0 ? annotationsById(annotations) : NO_TAGS;
  // An actor or a date is only ever a target: Relate starts nothing there, and the box says where to start instead.
  const canStart = types.some((type) => type.from.includes(annotation.label));
  // Each string looked up once per render, not per row: i18next's t() is a noticeable share of a J/K press.
  const names = new Map<string, string>();
  const typeName = (id: string) => {
    let name = names.get(id);
    if (name === undefined) names.set(id, (name = t(`relations.types.${id}`, { defaultValue: types.find((x) => x.id === id)?.name ?? id })));
    return name;
  };
  const hasRows = outgoing.length + incoming.length > 0;
  const selectTitle = hasRows ? t('relations.details.select') : '';
  const deleteLabel = hasRows ? t('relations.details.delete') : '';
  const typeLabel = hasRows ? t('relations.details.typeLabel') : '';
  const row = (relation: Relation, direction: 'outgoing' | 'incoming') => {
    const from = byId.get(relation.from);
    const to = byId.get(relation.to);
    const other = direction === 'outgoing' ? to : from;
    const fitting = from && to ? typesFor(types, from.label, to.label) : [];
    const selected = relation.id === selectedRelationId;
    return (
      <li key={relation.id} className={selected ? 'relation-item selected' : 'relation-item'} data-relation={relation.id} data-direction={direction}>
        <button type="button" className="relation-select link-button" aria-pressed={selected} title={selectTitle} onClick={() => onSelect(relation.id)}>
          {t(`relations.details.${direction}`, { type: typeName(relation.type), text: quoteForMessage(other?.text ?? '') })}
        </button>
        {fitting.length > 1 && (
          <select
            aria-label={typeLabel}
            value={relation.type}
            disabled={readOnly}
            onChange={(event) => onRetype(relation.id, event.target.value)}
          >
            {fitting.map((type) => (
              <option key={type.id} value={type.id}>
                {typeName(type.id)}
              </option>
            ))}
          </select>
        )}
        <button type="button" className="danger small" disabled={readOnly} aria-label={deleteLabel} title={deleteLabel} onClick={() => onDelete(relation.id)}>
          ✕
        </button>
      </li>
    );
  };
  return (
    <section className="relation-details" aria-labelledby="relation-details-heading" data-testid="relation-details">
      <h3 id="relation-details-heading">{t('relations.details.heading')}</h3>
      {!hasRows ? (
        <p className="placeholder" data-testid="relation-details-empty">
          {canStart ? t('relations.details.none') : t('relations.details.noneTargetOnly', { label: labelName(t, annotation.label) })}
        </p>
      ) : (
        <ul className="relation-items">
          {outgoing.map((r) => row(r, 'outgoing'))}
          {incoming.map((r) => row(r, 'incoming'))}
        </ul>
      )}
      <button type="button" className="relation-start" disabled={readOnly || !canStart} onClick={onStart}>
        {t('relations.details.start')}
      </button>
    </section>
  );
}
