import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore, type RefObject } from 'react';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import type { Label } from '@shared/annotation/labelSet';
import type { CorpusEntry, DamagedEntry, DocumentStatus } from '@shared/ipc/methods/corpusMethods';
import { DOCUMENT_STATUSES } from '@shared/ipc/documentStatuses';
import { DamagedList } from './DamagedList';
import { DocumentRow } from './DocumentRow';
import { RemoveDialog } from './RemoveDialog';
import type { LiveCounts } from './liveCounts';
import { largestStoredTotal, storedCountsOf } from './storedCounts';
import type { ListKeys } from './useListKeyGuard';

/** Props of the list: the documents, which one is open, its live tag counts, and the actions. */
export interface DocumentListProps {
  documents: readonly CorpusEntry[];
  /** Damaged document folders, shown as rows above the list (filtered by title like the list). */
  damaged: readonly DamagedEntry[];
  onRestoreDamaged(id: string): void;
  currentId: string;
  labels: readonly Label[];
  /** The open document's tags as they are now (the list from main lags behind autosave), followed by its row alone. */
  live: LiveCounts;
  onOpen(id: string): void;
  onRename(id: string, title: string): void;
  onStatus(id: string, status: DocumentStatus): void;
  onRemove(id: string): void;
  /** A document to focus once (opened from here by keyboard, so the keyboard stays in the list). */
  refocus: string | null;
  onRefocused(): void;
  /** Called before a document is opened by keyboard. */
  onKeyboardOpen(id: string): void;
  /** Where the sidebar's key guard finds this list (see useListKeyGuard). */
  keys: RefObject<ListKeys | null>;
  /** The title filter and how to change it (kept by the corpus controller across document switches). */
  filter: string;
  onFilter(filter: string): void;
  /** The list's scroll position and its rows' height (measured once per window), kept across document switches. */
  listMemory: ListMemory;
}

/** What the list keeps across document switches (the workbench and the list mount again per document). */
export interface ListMemory {
  top: number;
  /** Every row has the same height (one line each for title, source and tags); measured on the first row drawn. */
  rowHeight: number | null;
}

/** A row's height before one was measured (px). */
const ROW_ESTIMATE = 62;

/** From how many documents the list offers a title filter. */
const FILTER_FROM = 8;

/** Per entry, its title as the filter compares it (NFC, lower case): made once, not on every mount of the list. */
const titleKeys = new WeakMap<{ title: string | null }, string | null>();

/** True when an entry's title contains the filter's query (NFC, lower case); a damaged folder without a title matches only the empty query. */
function titleMatches(entry: { title: string | null }, query: string): boolean {
  let key = titleKeys.get(entry);
  if (key === undefined) titleKeys.set(entry, (key = entry.title === null ? null : entry.title.normalize('NFC').toLocaleLowerCase()));
  return key !== null && key.includes(query);
}

/**
 * The bars' full width as 1, 2 or 5 × 10ⁿ at or above the largest total: the open document's
 * tag presses change it only when they cross a step, so the other rows keep their props.
 */
export function niceCeiling(total: number): number {
  for (let step = 1; ; step *= 10) for (const nice of [step, 2 * step, 5 * step]) if (nice >= total) return nice;
}

function totalOf(counts: Readonly<Record<string, number>> | null): number | null {
  return counts === null ? null : Object.values(counts).reduce((a, b) => a + b, 0);
}

/**
 * The corpus as a listbox: ↑/↓/Home/End move, Enter or a click opens, F2 renames inline, Delete
 * asks before removing; below it the status and actions for the active document. Keys reach it
 * through the sidebar's key guard, never the workbench's tagging keys.
 */
export function DocumentList({ documents, damaged, onRestoreDamaged, currentId, labels, live, onOpen, onRename, onStatus, onRemove, refocus, onRefocused, onKeyboardOpen, keys, filter, onFilter, listMemory }: DocumentListProps) {
  const { t, i18n } = useTranslation();
  const [activeId, setActiveId] = useState<string | null>(null);
  const [renamingId, setRenamingId] = useState<string | null>(null);
  const [confirmingId, setConfirmingId] = useState<string | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  // Thousands of documents: filter by title, and render only the rows in view (plus a few).
  const query = filter.trim().normalize('NFC').toLocaleLowerCase();
  const shown = useMemo(() => (query === '' ? documents : documents.filter((d) => titleMatches(d, query))), [documents, query]);
  const damagedShown = useMemo(() => (query === '' ? damaged : damaged.filter((d) => titleMatches(d, query))), [damaged, query]);
  const target = shown.find((d) => d.id === activeId) ?? shown.find((d) => d.id === currentId) ?? shown[0];
  // The row that holds the list's tab stop is always drawn, also when scrolled out of view: Tab
  // into the list reaches it, and the scrolling area always holds something focusable (axe's scrollable-region-focusable).
  const stop = target ? shown.indexOf(target) : -1;
  const rangeExtractor = useCallback(
    (range: Range) => {
      const drawn = defaultRangeExtractor(range);
      if (stop < 0 || drawn.includes(stop)) return drawn;
      return stop < (drawn[0] ?? 0) ? [stop, ...drawn] : [...drawn, stop];
    },
    [stop],
  );
  const virtualizer = useVirtualizer({
    count: shown.length,
    rangeExtractor,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => listMemory.rowHeight ?? ROW_ESTIMATE,
    overscan: 6,
    gap: 2,
    initialOffset: () => listMemory.top,
    onChange: (instance) => (listMemory.top = instance.scrollOffset ?? 0),
  });
  // The rows' one height is measured once per window: a list mounted again on a switch lays out no row to measure it.
  const measureRow = useCallback(
    (row: HTMLLIElement | null) => {
      if (row === null || listMemory.rowHeight !== null || row.offsetHeight === 0) return;
      listMemory.rowHeight = row.offsetHeight;
      virtualizer.measure();
    },
    [listMemory, virtualizer],
  );
  // A tag press re-renders the open document's row's counts alone (they follow `live`); the list follows only the bars'
  // scale, which moves at a 1-2-5 step. Stored counts are built once per entry, and a switch builds only the rows it draws.
  const countsOf = (d: CorpusEntry) => (d.id === currentId ? live.get() : storedCountsOf(d));
  const scaleMax = useSyncExternalStore(live.subscribe, () => niceCeiling(Math.max(1, largestStoredTotal(documents, currentId), totalOf(live.get()) ?? 0)));
  const numbers = useMemo(() => new Intl.NumberFormat(i18n.language), [i18n.language]);

  const focusItem = (id: string) => {
    setActiveId(id);
    const index = shown.findIndex((d) => d.id === id);
    if (index !== -1) virtualizer.scrollToIndex(index, { align: 'auto' });
    const focus = () => listRef.current?.querySelector<HTMLElement>(`[data-doc="${CSS.escape(id)}"]`)?.focus();
    focus();
    // A row scrolled into view renders on the next frame.
    requestAnimationFrame(focus);
  };
  const onKey = (event: KeyboardEvent): boolean => {
    const index = shown.findIndex((d) => d.id === target?.id);
    const move = (to: number) => {
      const next = shown[Math.max(0, Math.min(shown.length - 1, to))];
      if (next) focusItem(next.id);
      return true;
    };
    if (event.key === 'ArrowDown') return move(index + 1);
    if (event.key === 'ArrowUp') return move(index - 1);
    if (event.key === 'Home') return move(0);
    if (event.key === 'End') return move(shown.length - 1);
    if (!target) return false;
    if (event.key === 'Enter' || event.key === ' ') {
      if (target.id !== currentId) {
        onKeyboardOpen(target.id);
        onOpen(target.id);
      }
      return true;
    }
    if (event.key === 'F2') setRenamingId(target.id);
    else if (event.key === 'Delete') setConfirmingId(target.id);
    else return false;
    return true;
  };
  const onKeyRef = useRef(onKey);
  onKeyRef.current = onKey;
  useLayoutEffect(() => {
    keys.current = { list: listRef.current, onKey: (event) => onKeyRef.current(event) };
    return () => {
      keys.current = null;
    };
  }, [keys]);

  // A list hidden with its panel loses its scroll offset when a switch moves the sidebar (Chromium keeps an
  // offset across display: none only while the element stays put, and reads 0 while hidden, so the switch
  // could not keep it): shown again, it goes back to where the analyst left it (the virtualizer's memory,
  // which no scroll event changed while hidden).
  useEffect(() => {
    const body = scrollRef.current;
    if (!body || typeof ResizeObserver === 'undefined') return undefined;
    let shown: boolean | null = null;
    const observer = new ResizeObserver(([entry]) => {
      const visible = (entry?.contentRect.height ?? 0) > 0;
      if (shown === false && visible && Math.round(body.scrollTop) !== Math.round(listMemory.top)) body.scrollTop = listMemory.top;
      shown = visible;
    });
    observer.observe(body);
    return () => observer.disconnect();
  }, [listMemory]);

  // Enter, Escape and blur may all end one rename; only the first counts.
  const renaming = useRef<string | null>(null);
  renaming.current = renamingId;
  useEffect(() => {
    if (refocus === null || !documents.some((d) => d.id === refocus)) return;
    focusItem(refocus);
    onRefocused();
  });

  const finishRename = (id: string, value: string, commit: boolean) => {
    if (renaming.current !== id) return;
    renaming.current = null;
    setRenamingId(null);
    const title = value.trim();
    if (commit && title.length > 0 && title !== documents.find((d) => d.id === id)?.title) onRename(id, title);
    requestAnimationFrame(() => focusItem(id));
  };
  const finishRenameRef = useRef(finishRename);
  finishRenameRef.current = finishRename;
  const finishRenameStable = useCallback((id: string, value: string, commit: boolean) => finishRenameRef.current(id, value, commit), []);
  const onOpenRef = useRef(onOpen);
  onOpenRef.current = onOpen;
  const openRow = useCallback((id: string) => onOpenRef.current(id), []);
  const confirming = documents.find((d) => d.id === confirmingId);

  return (
    <>
      {documents.length + damaged.length > FILTER_FROM && (
        <input
          type="search"
          className="corpus-filter"
          value={filter}
          onChange={(event) => onFilter(event.target.value)}
          placeholder={t('corpus.filterPlaceholder')}
          aria-label={t('corpus.filterLabel')}
          data-testid="corpus-filter"
        />
      )}
      <DamagedList damaged={damagedShown} onRestore={onRestoreDamaged} />
      <div className="corpus-body" ref={scrollRef}>
        <ul
          className="corpus-items"
          role="listbox"
          aria-label={t('corpus.listLabel')}
          ref={listRef}
          data-testid="corpus-list"
          title={t('corpus.keyHelp')}
          style={{ height: virtualizer.getTotalSize() }}
        >
          {virtualizer.getVirtualItems().map((item) => {
            const d = shown[item.index] as CorpusEntry;
            return (
              <DocumentRow
                key={d.id}
                entry={d}
                index={item.index}
                counts={d.id === currentId ? null : storedCountsOf(d)}
                live={d.id === currentId ? live : undefined}
                labels={labels}
                scaleMax={scaleMax}
                current={d.id === currentId}
                active={d.id === target?.id}
                renaming={renamingId === d.id}
                top={item.start}
                rowRef={listMemory.rowHeight === null ? measureRow : undefined}
                charactersText={d.characters === null ? t('corpus.unreadable') : t('corpus.charactersShort', { formatted: numbers.format(d.characters) })}
                onActivate={setActiveId}
                onOpenRow={openRow}
                onStartRename={setRenamingId}
                onFinishRename={finishRenameStable}
              />
            );
          })}
        </ul>
      </div>
      {target && (
        <div className="corpus-toolbar" role="group" aria-label={t('corpus.actions', { title: target.title })}>
          <label className="corpus-status-select">
            <span className="visually-hidden">{t('corpus.status.label')}</span>
            <select value={target.status} onChange={(event) => onStatus(target.id, event.target.value as DocumentStatus)} data-testid="corpus-status">
              {DOCUMENT_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t(`corpus.status.${status}`)}
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={() => setRenamingId(target.id)}>
            {t('corpus.rename')}
          </button>
          <button type="button" className="quiet-danger" onClick={() => setConfirmingId(target.id)}>
            {t('corpus.remove')}
          </button>
        </div>
      )}
      {confirming && (
        <RemoveDialog
          title={confirming.title}
          tags={totalOf(countsOf(confirming))}
          onCancel={() => setConfirmingId(null)}
          onConfirm={() => {
            setConfirmingId(null);
            onRemove(confirming.id);
          }}
        />
      )}
    </>
  );
}
