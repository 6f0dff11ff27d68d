import { useTranslation } from 'react-i18next';

/** The header button that turns review mode on and off (the menu's Review command does the same). */
export function ReviewToggle({ open, onToggle }: { open: boolean; onToggle(): void }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="review-toggle" aria-pressed={open} title={t('review.toggleTitle')} data-testid="review-toggle" onClick={onToggle}>
      {t('review.toggle')}
    </button>
  );
}
