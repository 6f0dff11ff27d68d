import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { EditorView } from '@tiptap/pm/view';
import type { ApiClient } from '../../api/bridgeClient';
import type { DocumentSession } from '../../state/createDocumentSession';
import { createSuggestionReview, type SuggestionReview } from './createSuggestionReview';
import { ruleSuggestions } from './ruleSuggestions';
import { positionOf } from '../../editor/sessionExtension';
import { suggestionKey } from './suggestionHighlights';

/** Code points drawn beyond the visible text on each side, at the least: scrolling a screen or two never shows a gap. */
const DRAW_MARGIN = 2000;

/** The element that scrolls the text (the document pane), or null. */
function scrollParentOf(element: HTMLElement): HTMLElement | null {
  for (let at = element.parentElement; at; at = at.parentElement) {
    if (/(auto|scroll)/u.test(getComputedStyle(at).overflowY)) return at;
  }
  return null;
}

/** The code-point range of the text visible in the pane, widened by its length (and at least DRAW_MARGIN) on each side. */
function nearVisibleText(view: EditorView, session: DocumentSession): { start: number; end: number } {
  const box = (scrollParentOf(view.dom) ?? view.dom).getBoundingClientRect();
  const text = view.dom.getBoundingClientRect();
  const left = Math.max(text.left, box.left) + 4;
  const top = view.posAtCoords({ left, top: Math.max(text.top, box.top) + 2 })?.pos;
  const bottom = view.posAtCoords({ left, top: Math.min(text.bottom, box.bottom) - 2 })?.pos;
  const length = session.converter.codePointLength;
  if (top === undefined || bottom === undefined) return { start: 0, end: length };
  const at = (pos: number) => session.converter.utf16ToCodePoint(session.textIndex.posToOffset(pos));
  const [from, to] = [at(Math.min(top, bottom)), at(Math.max(top, bottom))];
  const margin = Math.max(DRAW_MARGIN, to - from);
  return { start: Math.max(0, from - margin), end: Math.min(length, to + margin) };
}

/** Runs `job` after the next paint, so the frame that shows a key's effect never waits for it. */
function afterPaint(job: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => (timer = setTimeout(job, 0)));
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}

/**
 * The suggestion review of the open document: when the mode opens, the text's rule suggestions
 * (computed once per text in a worker) and my rejections are loaded, then the strings I tagged in
 * other documents; after each change to my tags the index follows after the frame that shows the
 * change, and only the suggestions near the visible text are drawn. The mode's keys are bound by `SuggestionPanel`, shown exactly while the mode is.
 */
export function useSuggestionReview(api: ApiClient, session: DocumentSession, view: EditorView | null): { review: SuggestionReview; open: boolean } {
  const review = useMemo(
    () => createSuggestionReview(session, { setRejected: (entry, rejected) => void api.setRejected({ ...entry, rejected }).catch(() => undefined) }),
    [api, session],
  );
  // Only whether the mode is open re-renders the workbench; the panel follows the rest itself.
  const open = useSyncExternalStore(review.subscribe, () => review.getState().open);

  // Drawn: the shown suggestions near the visible part of the text, again after every change and scroll (once a frame).
  useEffect(() => {
    if (!view) return;
    let frame: number | null = null;
    let revealed: string | null = null;
    const draw = () => {
      frame = null;
      if (view.isDestroyed) return;
      const range = nearVisibleText(view, session);
      const { currentId } = review.getState();
      view.dispatch(view.state.tr.setMeta(suggestionKey, { suggestions: review.visibleIn(range.start, range.end), currentId }).setMeta('addToHistory', false));
      // The current suggestion is scrolled into view once when J/K or a decision moves it (its paragraph, when it is not drawn yet).
      if (currentId === revealed) return;
      revealed = currentId;
      const current = review.current();
      if (!currentId || !current) return;
      const drawn = view.dom.querySelector(`[data-suggestion="${CSS.escape(currentId)}"]`);
      const { node } = view.domAtPos(positionOf(session, current.start));
      (drawn ?? (node instanceof Element ? node : node.parentElement))?.scrollIntoView({ block: 'center' });
    };
    const schedule = () => {
      frame ??= requestAnimationFrame(draw);
    };
    review.attach(schedule);
    const pane = scrollParentOf(view.dom);
    pane?.addEventListener('scroll', schedule, { passive: true });
    return () => {
      review.attach(null);
      pane?.removeEventListener('scroll', schedule);
      if (frame !== null) cancelAnimationFrame(frame);
    };
  }, [review, view, session]);

  // Loaded once per document, the first time the mode opens; learned strings follow when main has them.
  useEffect(() => {
    if (!open) return;
    let live = true;
    void Promise.all([ruleSuggestions(session.documentId, session.text), api.rejectedStrings().then((r) => r.rejected, () => [])]).then(([rules, rejected]) => {
      if (!live) return;
      review.load(rules, rejected);
      void api.learnedStrings({ documentId: session.documentId }).then((r) => live && review.learn(r.learned), () => undefined);
    });
    return () => {
      live = false;
    };
  }, [open, api, session, review]);

  // My tags changed (a tag, an undo, an accepted suggestion): the index follows after the frame is painted.
  useEffect(() => {
    let last = session.getState().history;
    let cancel: (() => void) | undefined;
    const unsubscribe = session.subscribe(() => {
      const { history } = session.getState();
      if (history === last) return;
      last = history;
      cancel?.();
      cancel = afterPaint(() => review.sync());
    });
    return () => {
      cancel?.();
      unsubscribe();
    };
  }, [session, review]);

  return { review, open };
}
