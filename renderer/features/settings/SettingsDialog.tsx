import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DialogActions } from '../../ui/DialogActions';
import type { SettingsView } from '@shared/ipc/contract';
import { useModalDialog } from '../../ui/useModalDialog';

/** Props of the settings dialog: the current settings, how to save a change, how to close. */
export interface SettingsDialogProps {
  settings: SettingsView;
  onSave(patch: Partial<SettingsView>): Promise<void>;
  onClose(): void;
}

/** Who is annotating (written into every new tag), the UI language, and word snapping. */
export function SettingsDialog({ settings, onSave, onClose }: SettingsDialogProps) {
  const { t } = useTranslation();
  const ref = useModalDialog();
  const [annotator, setAnnotator] = useState(settings.annotator);
  const [language, setLanguage] = useState(settings.language);
  const [snapToWords, setSnapToWords] = useState(settings.snapToWords);
  const name = annotator.trim();
  return (
    <dialog ref={ref} className="dataset-dialog settings-dialog" aria-labelledby="settings-heading" onCancel={onClose} data-testid="settings-dialog">
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          if (!name) return;
          void onSave({ annotator: name, language, snapToWords }).then(onClose);
        }}
      >
        <h2 id="settings-heading">{t('settingsDialog.heading')}</h2>
        <label className="settings-field">
          <span>{t('settingsDialog.annotator')}</span>
          <input value={annotator} maxLength={200} onChange={(event) => setAnnotator(event.target.value)} />
          <small>{t('settingsDialog.annotatorHelp')}</small>
        </label>
        <label className="settings-field">
          <span>{t('settingsDialog.language')}</span>
          <select value={language} onChange={(event) => setLanguage(event.target.value as SettingsView['language'])}>
            <option value="system">{t('settingsDialog.languageSystem')}</option>
            <option value="de">Deutsch</option>
            <option value="en">English</option>
          </select>
        </label>
        <label className="settings-check">
          <input type="checkbox" checked={snapToWords} onChange={(event) => setSnapToWords(event.target.checked)} />
          <span>{t('settings.snapToWords')}</span>
        </label>
        <p className="settings-help">{t('settingsDialog.snapHelp')}</p>
        <DialogActions
          secondary={{ text: t('settingsDialog.cancel'), onClick: onClose }}
          primary={{ text: t('settingsDialog.save'), disabled: !name, ...(!name && { describedBy: 'settings-save-why' }) }}
          focusPrimary={false}
        />
        {!name && (
          <p id="settings-save-why" className="settings-why" data-testid="settings-save-why">
            {t('settingsDialog.saveNeedsName')}
          </p>
        )}
      </form>
    </dialog>
  );
}
