import type { Label } from '@shared/annotation/labelSet';
import { SuggestionPanel } from './SuggestionPanel';
import type { SuggestionReview } from './suggestionReviewTypes';
import { useSuggestionOpen } from './useSuggestionOpen';

/** Shows the suggestion panel exactly while review is open; it follows the mode itself, so S re-renders only this and the toggle, not the workbench. */
export function SuggestionMode({ review, labels, onClose }: { review: SuggestionReview; labels: readonly Label[]; onClose(): void }) {
  return useSuggestionOpen(review) ? <SuggestionPanel review={review} labels={labels} onClose={onClose} /> : null;
}
