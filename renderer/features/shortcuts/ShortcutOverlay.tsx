import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { DialogActions } from '../../ui/DialogActions';
import { useModalDialog } from '../../ui/useModalDialog';
import { chordTexts, KEYMAP, NAMED_KEYS } from './keymap';
import './shortcuts.css';

/** Props of the overlay: how to close it. */
export interface ShortcutOverlayProps {
  onClose(): void;
}

/** The visible name of a key token in the UI language (Strg, Entf, … in German). */
function useKeyName(): (token: string) => string {
  const { t } = useTranslation();
  return (token) => ((NAMED_KEYS as readonly string[]).includes(token) ? t(`keys.${token}`) : token);
}

/**
 * Every workbench shortcut in a modal table, made from KEYMAP so it can never miss one; Escape
 * closes it. The table scrolls in its own focusable region, which gets the focus on opening, so
 * the overlay opens at its top and arrow keys scroll it while Close stays in view below.
 */
export function ShortcutOverlay({ onClose }: ShortcutOverlayProps) {
  const { t } = useTranslation();
  const ref = useModalDialog();
  const keyName = useKeyName();
  const scrollRef = useRef<HTMLDivElement>(null);
  // After useModalDialog's showModal: the table's top is what a reader wants first.
  useEffect(() => scrollRef.current?.focus(), []);
  return (
    <dialog ref={ref} className="dataset-dialog shortcut-overlay" aria-labelledby="shortcuts-heading" onCancel={onClose} data-testid="shortcut-overlay">
      <h2 id="shortcuts-heading">{t('shortcuts.heading')}</h2>
      <div className="shortcut-scroll" role="region" aria-labelledby="shortcuts-heading" tabIndex={0} ref={scrollRef} data-testid="shortcut-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('shortcuts.keyColumn')}</th>
              <th scope="col">{t('shortcuts.placeColumn')}</th>
              <th scope="col">{t('shortcuts.actionColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {KEYMAP.map((shortcut) => (
              <tr key={shortcut.id} data-shortcut={shortcut.id}>
                <td>
                  {chordTexts(shortcut, keyName).map((chord, index) => (
                    <span key={chord}>
                      {index > 0 && <span className="shortcut-or"> {t('shortcuts.or')} </span>}
                      <kbd>{chord}</kbd>
                    </span>
                  ))}
                </td>
                <td>{t(`shortcuts.where.${shortcut.where}`)}</td>
                <td>{t(`shortcuts.actions.${shortcut.id}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <DialogActions primary={{ text: t('shortcuts.close'), onClick: onClose }} focusPrimary={false} />
    </dialog>
  );
}
