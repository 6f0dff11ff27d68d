import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditorView } from '@tiptap/pm/view';
import type { Label } from '../../../shared/annotation/labelSet';
import { findMatches } from '../../../shared/text/findMatches';
import { searchKey } from '../../editor/searchHighlight';
import type { DocumentSession } from '../../state/createDocumentSession';

/** Props of the search bar: the open session, its editor view, the labels and how to close. */
export interface SearchBarProps {
  session: DocumentSession;
  view: EditorView;
  labels: readonly Label[];
  onClose(): void;
}

/**
 * Ctrl+F search: every hit highlighted (case-insensitive, umlauts exact), Enter / Shift+Enter
 * step through them, and "tag all hits" adds one annotation per untagged hit as one undo step.
 */
export function SearchBar({ session, view, labels, onClose }: SearchBarProps) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [current, setCurrent] = useState(0);
  const [label, setLabel] = useState(labels[0]?.id ?? '');
  const inputRef = useRef<HTMLInputElement>(null);
  const hits = useMemo(() => findMatches(session.text, query), [session.text, query]);

  useEffect(() => inputRef.current?.focus(), []);
  useEffect(() => setCurrent(0), [query]);
  useEffect(() => {
    if (view.isDestroyed) return;
    const ranges = hits.map((h) => ({ from: session.textIndex.offsetToPos(h.start), to: session.textIndex.offsetToPos(h.end) }));
    view.dispatch(view.state.tr.setMeta(searchKey, { ranges, current }).setMeta('addToHistory', false));
    const target = ranges[current];
    if (target) {
      const { node } = view.domAtPos(target.from);
      (node instanceof HTMLElement ? node : node.parentElement)?.scrollIntoView({ block: 'center' });
    }
  }, [hits, current, view, session]);
  useEffect(
    () => () => {
      if (!view.isDestroyed) view.dispatch(view.state.tr.setMeta(searchKey, { ranges: [], current: 0 }));
    },
    [view],
  );

  const step = (direction: 1 | -1) => hits.length > 0 && setCurrent((c) => (c + direction + hits.length) % hits.length);

  return (
    <div className="search-bar" role="search" aria-label={t('search.label')}>
      <input
        ref={inputRef}
        type="search"
        className="search-input"
        aria-label={t('search.label')}
        placeholder={t('search.placeholder')}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            step(event.shiftKey ? -1 : 1);
          } else if (event.key === 'Escape') {
            event.preventDefault();
            onClose();
          }
        }}
      />
      <span className="search-count" aria-live="polite" data-testid="search-count">
        {query.trim() === '' ? '' : hits.length === 0 ? t('search.none') : t('search.position', { current: current + 1, total: hits.length })}
      </span>
      <button type="button" onClick={() => step(-1)} disabled={hits.length === 0} aria-label={t('search.previous')}>
        ↑
      </button>
      <button type="button" onClick={() => step(1)} disabled={hits.length === 0} aria-label={t('search.next')}>
        ↓
      </button>
      <label className="search-tag-label">
        {t('search.tagAllAs')}
        <select value={label} onChange={(event) => setLabel(event.target.value)}>
          {labels.map((l) => (
            <option key={l.id} value={l.id}>
              {t(`labels.${l.id}`, { defaultValue: l.name })}
            </option>
          ))}
        </select>
      </label>
      <button type="button" disabled={hits.length === 0 || session.readOnly} onClick={() => session.tagAll(query, label)}>
        {t('search.tagAll', { count: hits.length })}
      </button>
      <button type="button" onClick={onClose} aria-label={t('search.close')}>
        ✕
      </button>
    </div>
  );
}
