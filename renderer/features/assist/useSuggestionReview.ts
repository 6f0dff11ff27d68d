import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { EditorView } from '@tiptap/pm/view';
import type { ApiClient } from '../../api/bridgeClient';
import type { DocumentSession } from '../../state/createDocumentSession';
import { createSuggestionReview, type SuggestionReview, type SuggestionReviewState } from './createSuggestionReview';
import { ruleSuggestions } from './ruleSuggestions';
import { suggestionKey } from './suggestionHighlights';

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
 * other documents; after each change to my tags only what it changes is redrawn, after the frame
 * that shows the change. The mode's keys are bound by `SuggestionPanel`, shown exactly while the mode is.
 */
export function useSuggestionReview(api: ApiClient, session: DocumentSession, view: EditorView | null): { review: SuggestionReview; state: SuggestionReviewState } {
  const review = useMemo(
    () => createSuggestionReview(session, { setRejected: (entry, rejected) => void api.setRejected({ ...entry, rejected }).catch(() => undefined) }),
    [api, session],
  );
  const state = useSyncExternalStore(review.subscribe, review.getState);

  useEffect(() => {
    if (!view) return;
    review.attach((change) => {
      if (!view.isDestroyed) view.dispatch(view.state.tr.setMeta(suggestionKey, change).setMeta('addToHistory', false));
    });
    return () => review.attach(null);
  }, [review, view]);

  // Loaded once per document, the first time the mode opens; learned strings follow when main has them.
  const open = state.open;
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

  // The current suggestion is scrolled into view when J/K or a decision moves it.
  useEffect(() => {
    if (!view || !state.currentId) return;
    view.dom.querySelector(`[data-suggestion="${CSS.escape(state.currentId)}"]`)?.scrollIntoView({ block: 'center' });
  }, [view, state.currentId]);

  return { review, state };
}
