import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Label } from '../../../shared/annotation/labelSet';
import { DOCUMENT_STATUSES, type CorpusEntry, type DocumentStatus } from '../../../shared/ipc/methods/corpusMethods';
import { LabelBar } from './LabelBar';
import { RemoveDialog } from './RemoveDialog';
import { StatusPill } from './StatusPill';
import type { ListKeys } from './useListKeyGuard';

/** Props of the list: the documents, which one is open, its live tag counts, and the actions. */
export interface DocumentListProps {
  documents: readonly CorpusEntry[];
  currentId: string;
  labels: readonly Label[];
  /** The open document's tags as they are now (the list from main lags behind autosave). */
  liveCounts: Readonly<Record<string, number>>;
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
}

function totalOf(counts: Readonly<Record<string, number>> | null): number | null {
  return counts === null ? null : Object.values(counts).reduce((a, b) => a + b, 0);
}

/**
 * The corpus as a listbox: ↑/↓/Home/End move, Enter or a click opens, F2 renames inline, Delete
 * asks before removing; below it the status and actions for the active document. Keys reach it
 * through the sidebar's key guard, never the workbench's tagging keys.
 */
export function DocumentList({ documents, currentId, labels, liveCounts, onOpen, onRename, onStatus, onRemove, refocus, onRefocused, onKeyboardOpen, keys }: DocumentListProps) {
  const { t, i18n } = useTranslation();
  const [activeId, setActiveId] = useState<string | null>(null);
  const [renamingId, setRenamingId] = useState<string | null>(null);
  const [confirmingId, setConfirmingId] = useState<string | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const target = documents.find((d) => d.id === activeId) ?? documents.find((d) => d.id === currentId) ?? documents[0];
  const countsOf = (d: CorpusEntry) => (d.id === currentId ? liveCounts : d.labelCounts);
  const scaleMax = Math.max(1, ...documents.map((d) => totalOf(countsOf(d)) ?? 0));
  const numbers = new Intl.NumberFormat(i18n.language);

  const focusItem = (id: string) => {
    setActiveId(id);
    listRef.current?.querySelector<HTMLElement>(`[data-doc="${CSS.escape(id)}"]`)?.focus();
  };
  const onKey = (event: KeyboardEvent): boolean => {
    const index = documents.findIndex((d) => d.id === target?.id);
    const move = (to: number) => {
      const next = documents[Math.max(0, Math.min(documents.length - 1, to))];
      if (next) focusItem(next.id);
      return true;
    };
    if (event.key === 'ArrowDown') return move(index + 1);
    if (event.key === 'ArrowUp') return move(index - 1);
    if (event.key === 'Home') return move(0);
    if (event.key === 'End') return move(documents.length - 1);
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
  const confirming = documents.find((d) => d.id === confirmingId);

  return (
    <>
      <div className="corpus-body">
        <ul className="corpus-items" role="listbox" aria-label={t('corpus.listLabel')} ref={listRef} data-testid="corpus-list" title={t('corpus.keyHelp')}>
          {documents.map((d) => {
            const counts = countsOf(d);
            const total = totalOf(counts);
            const current = d.id === currentId;
            const classes = ['corpus-item', current ? 'current' : '', d.id === target?.id ? 'active' : ''].filter(Boolean).join(' ');
            return (
              <li
                key={d.id}
                role="option"
                data-doc={d.id}
                aria-selected={current}
                tabIndex={d.id === target?.id ? 0 : -1}
                className={classes}
                onFocus={() => setActiveId(d.id)}
                onClick={() => {
                  setActiveId(d.id);
                  if (!current) onOpen(d.id);
                }}
                onDoubleClick={() => setRenamingId(d.id)}
              >
                {renamingId === d.id ? (
                  <input
                    className="corpus-rename"
                    aria-label={t('corpus.renameLabel')}
                    defaultValue={d.title}
                    maxLength={500}
                    autoFocus
                    onFocus={(event) => event.target.select()}
                    onClick={(event) => event.stopPropagation()}
                    onKeyDown={(event) => {
                      if (event.key === 'Enter') finishRename(d.id, event.currentTarget.value, true);
                      else if (event.key === 'Escape') finishRename(d.id, d.title, false);
                    }}
                    onBlur={(event) => finishRename(d.id, event.target.value, true)}
                  />
                ) : (
                  <span className="corpus-item-title" title={d.title}>
                    {d.title}
                  </span>
                )}
                <span className="corpus-item-meta">
                  <span className="corpus-item-source" title={d.source}>
                    {d.builtin ? t('corpus.encoding.builtin') : d.source}
                  </span>
                  <span className="corpus-item-chars">{d.characters === null ? t('corpus.unreadable') : t('corpus.charactersShort', { formatted: numbers.format(d.characters) })}</span>
                </span>
                <span className="corpus-item-progress">
                  {counts === null ? (
                    <span className="corpus-item-tags">{t('corpus.tagsUnknown')}</span>
                  ) : (
                    <>
                      <LabelBar counts={counts} labels={labels} scaleMax={scaleMax} />
                      <span className="corpus-item-tags">{total ? t('corpus.tags', { count: total }) : t('corpus.noTags')}</span>
                    </>
                  )}
                  <StatusPill status={d.status} />
                </span>
              </li>
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
