import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation } from '../../../shared/annotation/annotation';
import type { Label } from '../../../shared/annotation/labelSet';
import { AnnotationRow } from './AnnotationRow';
import { labelName } from '../../i18n/labelName';
import { countLabels } from '../../../shared/annotation/countLabels';

/** Props of the list: annotations in text order, the selected id, and how to activate one. */
export interface AnnotationListProps {
  annotations: readonly Annotation[];
  labels: readonly Label[];
  selectedId: string | null;
  /** Labels the filter hides (the session's, shared with the text and J/K). */
  hiddenLabels: readonly string[];
  onToggleLabel(labelId: string): void;
  onActivate(id: string): void;
  /** Who said a quote (its source relations' actors), shown beside it. */
  speakers?: ReadonlyMap<string, string>;
}

const QUOTE_MAX = 60;

/** A quote shortened for the list without cutting an emoji or a combining mark apart. */
export function shortQuote(text: string, max = QUOTE_MAX): string {
  const oneLine = text.replace(/\s+/g, ' ');
  const graphemes = Array.from(new Intl.Segmenter('de', { granularity: 'grapheme' }).segment(oneLine), (s) => s.segment);
  return graphemes.length <= max ? oneLine : `${graphemes.slice(0, max - 1).join('')}…`;
}

const quotes = new WeakMap<Annotation, string>();

/** The list's short quote of an annotation, derived once per annotation object (they never change in place). */
function quoteOf(a: Annotation): string {
  let quote = quotes.get(a);
  if (quote === undefined) {
    quote = shortQuote(a.text);
    quotes.set(a, quote);
  }
  return quote;
}

/**
 * Every annotation in text order with label chip, shortened quote and note marker; the label
 * filter (shared with the text and J/K) with a count per label, saying "filtered" while it hides
 * anything; arrows move, Enter or click selects and scrolls to the span.
 */
export function AnnotationList({ annotations, labels, selectedId, hiddenLabels, onToggleLabel, onActivate, speakers }: AnnotationListProps) {
  const { t } = useTranslation();
  const [activeId, setActiveId] = useState<string | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const counts = useMemo(() => countLabels(annotations), [annotations]);
  const visible = useMemo(() => (hiddenLabels.length === 0 ? annotations : annotations.filter((a) => !hiddenLabels.includes(a.label))), [annotations, hiddenLabels]);
  const focusId = activeId !== null && visible.some((a) => a.id === activeId) ? activeId : (selectedId ?? visible[0]?.id ?? null);

  useEffect(() => {
    if (selectedId === null) return;
    setActiveId(selectedId);
    listRef.current?.querySelector(`[data-item="${CSS.escape(selectedId)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [selectedId]);

  const move = (event: KeyboardEvent<HTMLLIElement>, index: number) => {
    const target =
      event.key === 'ArrowDown' ? index + 1 : event.key === 'ArrowUp' ? index - 1 : event.key === 'Home' ? 0 : event.key === 'End' ? visible.length - 1 : null;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      const id = visible[index]?.id;
      if (id) onActivate(id);
      return;
    }
    if (target === null) return;
    event.preventDefault();
    const next = visible[Math.max(0, Math.min(visible.length - 1, target))];
    if (!next) return;
    setActiveId(next.id);
    listRef.current?.querySelector<HTMLElement>(`[data-item="${CSS.escape(next.id)}"]`)?.focus();
  };

  // Stable per-row inputs: label names once per label, handlers that read the latest closure.
  const labelNames = useMemo(() => new Map(labels.map((l) => [l.id, labelName(t, l.id)])), [labels, t]);
  const noteLabel = t('list.hasNote');
  const latest = useRef({ move, onActivate });
  latest.current = { move, onActivate };
  const clickRow = useCallback((id: string) => {
    setActiveId(id);
    latest.current.onActivate(id);
  }, []);
  const keyRow = useCallback((event: KeyboardEvent<HTMLLIElement>, index: number) => latest.current.move(event, index), []);

  return (
    <section className="annotation-list" aria-labelledby="annotations-heading">
      <div className="list-header">
        <h2 id="annotations-heading">{t('list.heading')}</h2>
        <span className="list-total" data-testid="annotation-count">
          {t('list.total', { count: annotations.length })}
        </span>
      </div>
      {visible.length < annotations.length && (
        <p className="list-filtered" data-testid="list-filtered">
          {t('list.filtered', { shown: visible.length })}
        </p>
      )}
      <div className="label-filters" role="group" aria-label={t('list.filter')}>
        {labels.map((label) => {
          const name = labelName(t, label.id);
          return (
            <button
              key={label.id}
              type="button"
              className={`filter-chip label-${label.id}`}
              aria-pressed={!hiddenLabels.includes(label.id)}
              data-testid={`filter-${label.id}`}
              onClick={() => onToggleLabel(label.id)}
            >
              <span className={`label-swatch pattern-${label.id}`} aria-hidden="true" />
              {name} <span className="filter-count">{counts[label.id] ?? 0}</span>
            </button>
          );
        })}
      </div>
      {annotations.length === 0 ? (
        <p className="placeholder">{t('list.empty')}</p>
      ) : (
        <ul className="annotation-items" role="listbox" aria-label={t('list.heading')} ref={listRef} data-testid="annotation-list">
          {visible.map((a, index) => (
            <AnnotationRow
              key={a.id}
              annotation={a}
              index={index}
              labelName={labelNames.get(a.label) ?? a.label}
              quote={quoteOf(a)}
              speaker={speakers?.get(a.id)}
              noteLabel={noteLabel}
              selected={a.id === selectedId}
              focusable={a.id === focusId}
              onClickRow={clickRow}
              onKeyRow={keyRow}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
