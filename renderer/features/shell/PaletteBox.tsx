import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { Label } from '@shared/annotation/labelSet';
import type { SettingsView } from '@shared/ipc/contract';
import type { DocumentSession } from '../../state/createDocumentSession';
import { cachedLabelCounts } from '../../state/cachedLabelCounts';
import { LabelPalette } from '../tagging/LabelPalette';
import { WithDocument } from './WithDocument';
import type { WorkbenchFrame } from './Workbench';

/** Props of the labels' box: the frame it is drawn into, the document whose counts it shows, and its controls' actions. */
export interface PaletteBoxProps {
  frame: WorkbenchFrame;
  session: DocumentSession;
  labels: readonly Label[];
  chips: boolean;
  onApply(labelId: string): void;
  onSettings(patch: Partial<SettingsView>): Promise<void>;
  onOpenShortcuts(): void;
}

/** The labels' box for one document (the palette with its counts, the label view and the key help), drawn into the window's left column through a portal. */
export function PaletteBox({ frame, session, labels, chips, onApply, onSettings, onOpenShortcuts }: PaletteBoxProps) {
  const { t } = useTranslation();
  return createPortal(
    <>
      <h2 id="palette-heading">{t('palette.heading')}</h2>
      <WithDocument session={session}>{({ annotations }) => <LabelPalette labels={labels} counts={cachedLabelCounts(annotations)} onApply={onApply} />}</WithDocument>
      <label className="label-view-setting">
        <input type="checkbox" checked={chips} data-testid="label-chips-toggle" onChange={(event) => void onSettings({ labelView: event.target.checked ? 'chips' : 'underline' })} />
        {t('palette.chipsView')}
      </label>
      <p className="key-help">{t('shortcuts.hint')}</p>
      <button type="button" className="shortcuts-button" aria-haspopup="dialog" onClick={onOpenShortcuts}>
        {t('shortcuts.open')}
      </button>
    </>,
    frame.palette,
  );
}
