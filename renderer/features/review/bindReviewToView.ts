import type { EditorView } from '@tiptap/pm/view';
import { colleagueKey, COLLEAGUE_SLOTS, type ColleagueLayer, type ColleagueView } from '../../editor/colleagueHighlights';
import type { ReviewState, ReviewStore } from './createReviewStore';
import { annotatorInitials } from './initials';

/** The layers review mode draws: every visible colleague while review is open, in their slot order; nothing when closed. */
export function colleagueViewOf(state: ReviewState): ColleagueView {
  if (!state.open) return { layers: [], hideMine: false };
  const initials = annotatorInitials(state.colleagues.map((c) => c.annotator));
  const layers: ColleagueLayer[] = state.colleagues
    .map((c, index) => ({ annotator: c.annotator, initials: initials.get(c.annotator) ?? '?', slot: Math.min(index, COLLEAGUE_SLOTS - 1), annotations: c.annotations }))
    .filter((layer) => !state.hidden.includes(layer.annotator));
  return { layers, hideMine: state.hideMine };
}

/** Keeps the editor's colleague layers in step with the review: redraws only when the colleagues, visibility or mode change. */
export function bindReviewToView(view: EditorView, review: ReviewStore): () => void {
  let drawn: readonly unknown[] = [];
  const sync = () => {
    if (view.isDestroyed) return;
    const s = review.store.get();
    const inputs = [s.open, s.colleagues, s.hidden, s.hideMine];
    if (inputs.every((x, i) => x === drawn[i])) return;
    drawn = inputs;
    view.dispatch(view.state.tr.setMeta('addToHistory', false).setMeta(colleagueKey, colleagueViewOf(s)));
  };
  sync();
  return review.store.subscribe(sync);
}
