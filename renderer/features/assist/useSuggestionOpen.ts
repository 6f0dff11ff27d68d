import { useSyncExternalStore } from 'react';
import type { SuggestionReview } from './suggestionReviewTypes';

/** Whether suggestion review is open, followed by the component that shows it (the toggle, the panel), so S re-renders those and not the workbench. */
export function useSuggestionOpen(review: SuggestionReview): boolean {
  return useSyncExternalStore(review.subscribe, () => review.getState().open);
}
