import { startTransition, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextSelection } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import type { Annotation } from '@shared/annotation/annotation';
import type { Label } from '@shared/annotation/labelSet';
import { planTagAllHits } from '@shared/annotation/tagAllHits';
import { findMatches } from '@shared/text/findMatches';
import { searchKey, type SearchHits } from '../../editor/searchHighlight';
import type { DocumentSession } from '../../state/createDocumentSession';
import { labelName } from '../../i18n/labelName';

/** How long typing must pause before "tag all" is planned (ms): a key or two of a quick typist. */
const PLAN_AFTER_MS = 150;

/** Props of the search bar: the open session, its editor view, the labels and how to close. */
export interface SearchBarProps {
  session: DocumentSession;
  view: EditorView;
  labels: readonly Label[];
  /** My annotations now, so "tag all hits" can count what it would skip. */
  annotations: readonly Annotation[];
  /** The "Snap to words" setting: with it on, tag all hits skips hits inside words. */
  snapToWords: boolean;
  onClose(): void;
}

/**
 * Ctrl+F search as in browsers: every hit highlighted (case-insensitive, umlauts exact), the
 * current one selected in the text, Enter / Shift+Enter step through them and Escape closes the
 * bar leaving that hit selected for the next label key; "tag all hits" adds one annotation per
 * untagged whole-word hit as one undo step, saying beforehand how many partial words it skips.
 */
export function SearchBar({ session, view, labels, annotations, snapToWords, onClose }: SearchBarProps) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [current, setCurrent] = useState(0);
  const [label, setLabel] = useState(labels[0]?.id ?? '');
  const inputRef = useRef<HTMLInputElement>(null);
  /** Where the text was last scrolled to (the current hit's start), so it is not scrolled there again on every key. */
  const scrolledTo = useRef<number | null>(null);
  const hits = useMemo(() => findMatches(session.text, query), [session.text, query]);
  // What "tag all" would do is said once typing pauses, in a transition after the key's (or the tag
  // all's) frame, never in it: a query's first letters find tens of thousands of hits in 1M characters,
  // and planning each of them held up the next key. The button itself re-plans when pressed.
  const wanted = useMemo(() => ({ annotations, query, label, snapToWords, hits }), [annotations, query, label, snapToWords, hits]);
  const [planned, setPlanned] = useState(wanted);
  useEffect(() => {
    if (planned === wanted) return;
    const timer = setTimeout(() => startTransition(() => setPlanned(wanted)), PLAN_AFTER_MS);
    return () => clearTimeout(timer);
  }, [planned, wanted]);
  const plan = useMemo(() => planTagAllHits({ text: session.text, converter: session.converter, ...planned }), [session, planned]);
  const planPending = planned !== wanted;

  useEffect(() => inputRef.current?.focus(), []);
  useEffect(() => setCurrent(0), [query]);
  useEffect(() => {
    if (view.isDestroyed) return;
    // The hits go as text offsets: the highlight maps only those it draws (a query's first letter finds thousands).
    const toPos = (offset: number) => session.textIndex.offsetToPos(offset);
    const tr = view.state.tr.setMeta(searchKey, { hits, current, toPos } satisfies SearchHits).setMeta('addToHistory', false);
    const hit = hits[current];
    const target = hit ? { from: toPos(hit.start), to: toPos(hit.end) } : undefined;
    // The current hit is the editor's selection, so closing the bar (which focuses the text) leaves it selected.
    if (target) tr.setSelection(TextSelection.create(view.state.doc, target.from, target.to));
    view.dispatch(tr);
    // The text scrolls to the current hit only when it moved (typing on mostly keeps the same first hit, already
    // in view), and in the frame's animation callback: a scroll reads layout, which inside the key press is forced
    // and computed twice (for the scroll, then for the frame) — just before the paint it is the frame's own.
    if (!target || target.from === scrolledTo.current) return;
    const frame = requestAnimationFrame(() => {
      if (view.isDestroyed) return;
      scrolledTo.current = target.from;
      const { node } = view.domAtPos(target.from);
      (node instanceof HTMLElement ? node : node.parentElement)?.scrollIntoView({ block: 'center' });
    });
    return () => cancelAnimationFrame(frame);
  }, [hits, current, view, session]);
  useEffect(
    () => () => {
      if (!view.isDestroyed) view.dispatch(view.state.tr.setMeta(searchKey, { hits: [], current: 0, toPos: (offset: number) => offset } satisfies SearchHits));
    },
    [view],
  );

  const step = (direction: 1 | -1) => hits.length > 0 && setCurrent((c) => (c + direction + hits.length) % hits.length);

  return (
    <>
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
      <span className="search-tag-group">
        <label className="search-tag-label">
          <span className="visually-hidden">{t('search.tagAllAs')}</span>
          <select value={label} onChange={(event) => setLabel(event.target.value)}>
            {labels.map((l) => (
              <option key={l.id} value={l.id}>
                {labelName(t, l.id)}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          data-testid="search-tag-all"
          disabled={session.readOnly || (!planPending && plan.spans.length === 0)}
          aria-busy={planPending}
          // The button disables itself once every hit is tagged, so focus stays in the field and Escape still closes the bar:
          // a mouse press never takes it there (a focus change in the click restyles and lays out the page before the tags
          // are drawn); a keyboard press on the focused button sends it back, first, while style and layout are still clean.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => {
            if (document.activeElement !== inputRef.current) inputRef.current?.focus({ preventScroll: true });
            session.tagAll(query, label, hits);
          }}
        >
          {t('search.tagAll', { count: plan.spans.length })}
        </button>
      </span>
      <button type="button" onClick={onClose} aria-label={t('search.close')}>
        ✕
      </button>
    </div>
    {/* Below the bar, so the bar stays one row. */}
    {plan.partialWords > 0 && (
      <span className="search-partial" data-testid="search-partial">
        {t('search.partialSkipped', { count: plan.partialWords })}
      </span>
    )}
    </>
  );
}
