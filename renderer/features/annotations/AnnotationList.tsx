import { memo, useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { useT } from '../../i18n/useT';
import type { Annotation } from '@shared/annotation/annotation';
import type { Label } from '@shared/annotation/labelSet';
import { useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { AnnotationRow } from './AnnotationRow';
import { shortQuote } from './shortQuote';
import { afterPaint } from '../../ui/afterPaint';
import { labelName } from '../../i18n/labelName';
import type { LabelCounts } from '@shared/annotation/countLabels';

/** Props of the list: annotations in text order, the selected id, and how to activate one. */
export interface AnnotationListProps {
  annotations: readonly Annotation[];
  labels: readonly Label[];
  selectedId: string | null;
  /** Labels the filter hides (the session's, shared with the text and J/K). */
  hiddenLabels: readonly string[];
  /** Tags per label, for the filter chips (counted once per list by the caller). */
  counts: LabelCounts;
  onToggleLabel(labelId: string): void;
  onActivate(id: string): void;
  /** Brings the props up to date with the live session before a row key acts (a change may not be published yet). */
  catchUp?(): void;
  /** Who said a quote (its source relations' actors), shown beside it. */
  speakers?: ReadonlyMap<string, string>;
}

export { shortQuote } from './shortQuote';

/** Up to this many rows are all rendered (the overscan covers them); longer lists render what is in view. */
const RENDER_ALL_UP_TO = 200;

/** Every row is one line of this height (px, gap included), so the list is laid out without measuring rows. */
const ROW_HEIGHT = 30;

/** The keys a row handles itself; every other key goes on to the window's bindings untouched. */
const ROW_KEYS = new Set(['ArrowDown', 'ArrowUp', 'Home', 'End', 'Enter', ' ']);

/** The column's size as the last list saw it (the list is mounted per document, the column stays). */
let lastRect: { width: number; height: number } | null = null;

/**
 * The virtualizer's view for the list: rows are drawn for the whole column's height (the list's
 * box can never be taller), so the selected tag's details appearing above the list or going (a
 * select after Escape, Escape) shrink or grow its box without mounting or removing any row. The
 * box's own height, which scrolling a row into view needs, is kept in `box`, from the same observer;
 * the last size seen is kept for the next document's list to start from.
 */
function observeColumn(box: { height: number }) {
  return (instance: Virtualizer<HTMLDivElement, Element>, cb: (rect: { width: number; height: number }) => void) => {
    const element = instance.scrollElement;
    if (!element) return undefined;
    const column = element.closest('.annotation-panel') ?? element;
    const report = () => cb((lastRect = { width: element.clientWidth, height: Math.max(column.clientHeight, element.clientHeight) }));
    box.height = element.clientHeight;
    report();
    if (typeof ResizeObserver === 'undefined') return undefined;
    let last = -1;
    const observer = new ResizeObserver((entries) => {
      for (const entry of entries) if (entry.target === element) box.height = Math.round(entry.contentRect.height);
      // Only a change of the column (a window resize) or the list's width re-renders the rows.
      const size = column.clientHeight * 100_000 + element.clientWidth;
      if (size === last) return;
      last = size;
      report();
    });
    observer.observe(element);
    if (column !== element) observer.observe(column);
    return () => observer.disconnect();
  };
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
export const AnnotationList = memo(function AnnotationList({ annotations, labels, selectedId, hiddenLabels, counts, onToggleLabel, onActivate, catchUp, speakers }: AnnotationListProps) {
  const t = useT();
  // The row the arrow keys moved to, remembered with the selection it was moved under: a new
  // selection makes the selected row the active one again without a second render.
  const [moved, setMoved] = useState<{ id: string; under: string | null } | null>(null);
  const activeId = moved !== null && moved.under === selectedId ? moved.id : selectedId;
  const listRef = useRef<HTMLUListElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const [box] = useState(() => ({ height: 0 }));
  const [observeElementRect] = useState(() => observeColumn(box));
  const visible = useMemo(() => (hiddenLabels.length === 0 ? annotations : annotations.filter((a) => !hiddenLabels.includes(a.label))), [annotations, hiddenLabels]);
  const focusId = activeId !== null && visible.some((a) => a.id === activeId) ? activeId : (selectedId ?? visible[0]?.id ?? null);
  // A document's new list meets its scroll box only after its first frame: meeting it, the virtualizer
  // scrolls the box to the top and reads its scroll height, which before that frame would lay out the
  // whole new workbench once more (the rows of the first render come from the last list's size).
  const attached = useRef(lastRect === null);
  // Ten thousand tags: only the rows in view (and a few around) are in the DOM.
  const virtualizer = useVirtualizer({
    count: visible.length,
    getScrollElement: () => (attached.current ? scrollRef.current : null),
    observeElementRect,
    // The rows of the first render fill the last list's size (see observeColumn), so its observer's first report changes none.
    initialRect: lastRect ?? undefined,
    estimateSize: () => ROW_HEIGHT,
    overscan: visible.length <= RENDER_ALL_UP_TO ? RENDER_ALL_UP_TO : 8,
    // A scroll re-renders the rows in React's own time, never with flushSync inside the task that scrolled.
    useFlushSync: false,
    // Rows are never measured (one fixed height), so the default index keys keep the virtualizer's
    // 10,000 measurements from being rebuilt on a render where only the selection changed.
  });
  useEffect(() => {
    if (attached.current) return undefined;
    // What React's adapter runs after each render, run once the frame is painted (the layout it reads is clean then): no render of the list.
    return afterPaint(() => ((attached.current = true), virtualizer._willUpdate()));
  }, [virtualizer]);
  const scrollCancel = useRef<(() => void) | null>(null);
  const indexOf = useCallback((id: string) => visible.findIndex((a) => a.id === id), [visible]);
  /** Scrolls a row into view and focuses it once it is rendered (a row scrolled in renders on the next frame). */
  const showRow = (id: string, focus: boolean) => {
    const index = indexOf(id);
    if (index === -1) return;
    const row = () => listRef.current?.querySelector<HTMLElement>(`[data-item="${CSS.escape(id)}"]`);
    if (focus) row()?.focus();
    // A row already in view (by the virtualizer's last scroll position, no layout read) stays put.
    const top = index * ROW_HEIGHT;
    const offset = virtualizer.scrollOffset ?? 0;
    const height = box.height;
    if (height > 0 && top >= offset && top + ROW_HEIGHT <= offset + height) return;
    // The nearest scroll position that shows the row, from the fixed row height: never the
    // virtualizer's scrollToIndex, which reads the list's scroll height (a forced layout of the page).
    // Written after the frame that shows the key's effect: a scroll position written while React's
    // changes are not laid out yet would lay out the whole window once more before the paint.
    scrollCancel.current?.();
    scrollCancel.current = afterPaint(() => {
      const element = scrollRef.current;
      if (!element) return;
      // Before the virtualizer has seen the list's size, read it now that the layout is clean.
      const shown = height > 0 ? height : element.clientHeight;
      element.scrollTo({ top: Math.max(0, top < offset ? top : top + ROW_HEIGHT - shown) });
      if (focus) requestAnimationFrame(() => row()?.focus());
    });
  };
  useEffect(() => () => scrollCancel.current?.(), []);
  const showRowRef = useRef(showRow);
  showRowRef.current = showRow;

  useEffect(() => {
    if (selectedId !== null) showRowRef.current(selectedId, false);
  }, [selectedId]);

  const move = (event: KeyboardEvent<HTMLLIElement>, id: string, stale: number) => {
    // The row's place now (a tag added or deleted since the key's row was drawn shifts it); a row that is gone keeps its old place.
    const found = visible.findIndex((a) => a.id === id);
    const index = found === -1 ? stale : found;
    if (found === -1 && (event.key === 'Enter' || event.key === ' ')) return void event.preventDefault();
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
    setMoved({ id: next.id, under: selectedId });
    showRow(next.id, true);
  };

  // Stable per-row inputs: label names once per label, handlers that read the latest closure.
  const labelNames = useMemo(() => new Map(labels.map((l) => [l.id, labelName(t, l.id)])), [labels, t]);
  // The list's words, translated once per language and count: each i18next lookup costs a tenth of a
  // millisecond or more, and the list renders after every key that changes a tag or the selection.
  const words = useMemo(() => ({ heading: t('list.heading'), filter: t('list.filter'), empty: t('list.empty'), noteLabel: t('list.hasNote') }), [t]);
  const total = useMemo(() => t('list.total', { count: annotations.length }), [t, annotations.length]);
  const { noteLabel } = words;
  // "said by …" translated once per speaker and language, not by a hook in every row.
  const speakerNote = useMemo(() => {
    const notes = new Map<string, string>();
    return (name: string | undefined) => {
      if (name === undefined) return undefined;
      let note = notes.get(name);
      if (note === undefined) notes.set(name, (note = t('relations.speaker', { name })));
      return note;
    };
  }, [t]);
  const latest = useRef({ move, onActivate, catchUp });
  latest.current = { move, onActivate, catchUp };
  // One handler pair for all rows: each row says which it is through data-item and data-index.
  const clickRow = useCallback((event: MouseEvent<HTMLLIElement>) => {
    const id = event.currentTarget.dataset.item;
    if (id === undefined) return;
    setMoved(null);
    latest.current.onActivate(id);
  }, []);
  const keyRow = useCallback((event: KeyboardEvent<HTMLLIElement>) => {
    const { item, index } = event.currentTarget.dataset;
    if (item === undefined || !ROW_KEYS.has(event.key)) return;
    latest.current.catchUp?.();
    // `latest` now holds the render that caught up.
    latest.current.move(event, item, Number(index));
  }, []);

  return (
    <section className="annotation-list" aria-labelledby="annotations-heading">
      <div className="list-header">
        <h2 id="annotations-heading">{words.heading}</h2>
        <span className="list-total" data-testid="annotation-count">
          {total}
        </span>
      </div>
      {visible.length < annotations.length && (
        <p className="list-filtered" data-testid="list-filtered">
          {t('list.filtered', { shown: visible.length })}
        </p>
      )}
      <div className="label-filters" role="group" aria-label={words.filter}>
        {labels.map((label) => {
          const name = labelNames.get(label.id) ?? label.id;
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
        <p className="placeholder">{words.empty}</p>
      ) : (
        <div className="annotation-scroll" ref={scrollRef}>
          <ul className="annotation-items" role="listbox" aria-label={words.heading} ref={listRef} data-testid="annotation-list" style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((item) => {
              const a = visible[item.index] as Annotation;
              const selected = a.id === selectedId;
              // The row's place and state are on its element; its content re-renders only when its annotation changed.
              return (
                <li
                  key={a.id}
                  role="option"
                  data-index={item.index}
                  aria-setsize={visible.length}
                  aria-posinset={item.index + 1}
                  style={{ transform: `translateY(${item.start}px)` }}
                  data-item={a.id}
                  data-label={a.label}
                  aria-selected={selected}
                  tabIndex={a.id === focusId ? 0 : -1}
                  className={selected ? 'annotation-item selected' : 'annotation-item'}
                  onClick={clickRow}
                  onKeyDown={keyRow}
                >
                  <AnnotationRow annotation={a} labelName={labelNames.get(a.label) ?? a.label} quote={quoteOf(a)} speaker={speakerNote(speakers?.get(a.id))} noteLabel={noteLabel} />
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </section>
  );
});
