import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { Label } from '@shared/annotation/labelSet';
import { withoutOuterMarks } from '@shared/annotation/quoteForMessage';
import { labelName } from '../../i18n/labelName';
import { useModeBindings } from '../shortcuts/useModeBindings';
import { UntrustedSentence } from '../../ui/UntrustedSentence';
import type { SuggestionReview } from './createSuggestionReview';

/** Props: the review, the labels (for one "accept all" button each) and how to leave the mode. */
export interface SuggestionPanelProps {
  review: SuggestionReview;
  labels: readonly Label[];
  onClose(): void;
}

/**
 * The visible suggestion-review mode: what is left to decide, the current suggestion, the keys
 * that act in this mode (bound here, so they act exactly while the mode is shown), one "accept
 * all" per label (one undo step each) and a way out (S again, Escape or the close button).
 */
export function SuggestionPanel({ review, labels, onClose }: SuggestionPanelProps) {
  const { t } = useTranslation();
  const state = useSyncExternalStore(review.subscribe, review.getState);
  const current = review.current();
  // The mode's keys (keymap entries with mode "suggestionReview"), bound while this panel is shown;
  // pressed before the first suggestions are known, they are held and run once they are (see `press`).
  useModeBindings('suggestionReview', {
    acceptSuggestion: () => review.press('acceptSuggestion'),
    rejectSuggestion: () => review.press('rejectSuggestion'),
    nextSuggestion: () => void review.press('nextSuggestion'),
    previousSuggestion: () => void review.press('previousSuggestion'),
    acceptAllOfLabel: () => review.press('acceptAllOfLabel'),
    // Escape leaves this mode as it leaves every visible mode; keys still held for loading are dropped with it.
    closeSuggestions: () => onClose(),
  });
  return (
    <section className="suggestion-panel" aria-labelledby="suggestion-heading" data-testid="suggestion-panel" data-learned={state.learned}>
      <h2 id="suggestion-heading">{t('assist.heading')}</h2>
      <p role="status" className="suggestion-status" data-testid="suggestion-status">
        {state.computing ? t('assist.computing') : t('assist.open', { count: review.count() })}
      </p>
      {state.keptAside && (
        <div className="suggestion-kept-aside" role="alert" data-testid="rejections-kept-aside">
          <p>
            <UntrustedSentence i18nKey="assist.rejectionsKeptAside" untrusted={{ file: state.keptAside.file, movedTo: state.keptAside.movedTo }} />
          </p>
          <button type="button" onClick={() => review.noteKeptAside(null)}>
            {t('assist.dismissKeptAside')}
          </button>
        </div>
      )}
      <p className="suggestion-keys">{t('assist.keys')}</p>
      {current && (
        // The message sets the text in marks, so a suggested quote's own („…“) are left off; a long one is clamped to three lines, whole in the tooltip.
        <p className="suggestion-current" data-testid="suggestion-current" title={current.text}>
          {t('assist.current', { label: labelName(t, current.label), text: withoutOuterMarks(current.text.replace(/\s+/gu, ' ').trim()) })}
        </p>
      )}
      {/* "Accept all" once, as the group's heading, so each button is one line ("Behauptung (2)") in a narrow panel; the name stays whole. */}
      <div className="suggestion-bulk" role="group" aria-labelledby="suggestion-bulk-heading">
        <span id="suggestion-bulk-heading" className="suggestion-bulk-heading">
          {t('assist.acceptAllHeading')}
        </span>
        {labels.map((label) => {
          const count = review.count(label.id);
          const name = labelName(t, label.id);
          return (
            <button key={label.id} type="button" disabled={count === 0} aria-label={t('assist.acceptAll', { label: name, count })} title={t('assist.acceptAllTitle', { label: name })} onClick={() => review.acceptAll(label.id)}>
              {t('assist.acceptAllButton', { label: name, count })}
            </button>
          );
        })}
      </div>
      <button type="button" className="suggestion-close" onClick={onClose}>
        {t('assist.close')}
      </button>
    </section>
  );
}
