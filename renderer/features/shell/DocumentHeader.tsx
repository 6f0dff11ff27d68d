import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { SettingsView } from '@shared/ipc/contract';
import { DatasetButtons } from '../datasets/DatasetButtons';
import { ReviewToggle } from '../review/ReviewToggle';
import { SuggestionToggle } from '../assist/SuggestionToggle';
import type { SuggestionReview } from '../assist/suggestionReviewTypes';
import { UntrustedText } from '../../ui/UntrustedText';
import { PanelToggle } from './PanelToggle';
import type { WorkbenchFrame } from './Workbench';

/** Props of the header bar's document part: the frame it is drawn into, the document's title, the settings it shows, and its buttons' actions. */
export interface DocumentHeaderProps {
  frame: WorkbenchFrame;
  title: string;
  settings: SettingsView;
  onSettings(patch: Partial<SettingsView>): Promise<void>;
  onOpenSettings(): void;
  reviewOpen: boolean;
  onToggleReview(): void;
  /** Suggestion review: its toggle follows whether it is open itself. */
  suggestions: SuggestionReview;
  onToggleSuggestions(): void;
  onImport(): void;
  onExport(): void;
}

/** The header bar's contents for one document (title, settings, review, suggestions, import and export), drawn into the window's header through a portal. */
export function DocumentHeader({ frame, title, settings, onSettings, onOpenSettings, reviewOpen, onToggleReview, suggestions, onToggleSuggestions, onImport, onExport }: DocumentHeaderProps) {
  const { t } = useTranslation();
  return createPortal(
    <>
      <PanelToggle side="left" open={frame.leftOpen} controls="left-column" onToggle={frame.toggleLeft} />
      <span className="app-name">{t('app.name')}</span>
      <h1 className="document-title" data-testid="document-title" title={title}>
        <UntrustedText text={title} />
      </h1>
      <label className="snap-setting">
        <input type="checkbox" checked={settings.snapToWords} onChange={(event) => void onSettings({ snapToWords: event.target.checked })} />
        {t('settings.snapToWords')}
      </label>
      <button type="button" className="annotator settings-button" aria-haspopup="dialog" onClick={onOpenSettings} title={t('settingsDialog.open')}>
        <span className="visually-hidden">{t('settingsDialog.open')} </span>
        <UntrustedText text={settings.annotator} />
      </button>
      <ReviewToggle open={reviewOpen} onToggle={onToggleReview} />
      <SuggestionToggle review={suggestions} onToggle={onToggleSuggestions} />
      <DatasetButtons onImport={onImport} onExport={onExport} />
      <PanelToggle side="right" open={frame.rightOpen} controls="annotation-panel" onToggle={frame.toggleRight} />
    </>,
    frame.header,
  );
}
