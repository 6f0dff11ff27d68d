import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { EditorView } from '@tiptap/pm/view';
import type { DocumentSession } from '../../state/createDocumentSession';
import { createSuggestionComputer } from './computeSuggestions';
import { createRejectedStrings, createSuggestionReview, type SuggestionReview, type SuggestionReviewState } from './createSuggestionReview';
import { suggestionKey } from './suggestionHighlights';

/** Strings rejected in this window, kept across documents (the renderer is one window). */
const WINDOW_REJECTED = createRejectedStrings();

/**
 * The suggestion review of the open document: computes suggestions off the key path when the
 * mode opens (my tags here are learned strings, rejected strings are left out), draws the open
 * ones in the text; the mode's keys are bound by `SuggestionPanel`, which is shown exactly while the mode is.
 */
export function useSuggestionReview(session: DocumentSession, view: EditorView | null): { review: SuggestionReview; state: SuggestionReviewState } {
  const review = useMemo(() => createSuggestionReview(session, WINDOW_REJECTED), [session]);
  const state = useSyncExternalStore(review.subscribe, review.getState);
  const computer = useMemo(() => createSuggestionComputer(), []);
  useEffect(() => () => computer.dispose(), [computer]);

  useEffect(() => {
    if (!state.open) return;
    let live = true;
    review.setComputing();
    const learned = session.annotations().map((a) => ({ label: a.label, text: a.text }));
    void computer.compute({ text: session.text, learned, rejected: WINDOW_REJECTED.list() }).then((suggestions) => {
      if (live) review.setSuggestions(suggestions);
    });
    return () => {
      live = false;
    };
  }, [state.open, session, review, computer]);

  const annotations = session.getState().history.present;
  useEffect(() => {
    if (!view) return;
    const suggestions = state.open ? review.visible() : [];
    view.dispatch(view.state.tr.setMeta(suggestionKey, { suggestions, currentId: state.currentId }).setMeta('addToHistory', false));
    if (state.currentId) view.dom.querySelector(`[data-suggestion="${CSS.escape(state.currentId)}"]`)?.scrollIntoView({ block: 'center' });
  }, [view, review, state, annotations]);

  return { review, state };
}
