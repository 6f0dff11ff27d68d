import { useTranslation } from 'react-i18next';
import type { SuggestionReview } from './suggestionReviewTypes';
import { useSuggestionOpen } from './useSuggestionOpen';

/** The header button that turns suggestion review on and off (S and the menu do the same); it follows the mode itself, so S re-renders only it and the panel. */
export function SuggestionToggle({ review, onToggle }: { review: SuggestionReview; onToggle(): void }) {
  const { t } = useTranslation();
  const open = useSuggestionOpen(review);
  return (
    <button type="button" className="suggestions-toggle" aria-pressed={open} onClick={onToggle}>
      {t('assist.toggle')}
    </button>
  );
}
