import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EncodingPreview, TextEncodingId } from '@shared/ipc/methods/corpusMethods';
import { ApiError, type ApiClient } from '../../api/bridgeClient';
import { CorpusDialog } from './CorpusDialog';
import { causeOf, failureDetail } from '../../api/failureText';
import { useFailureText } from '../../i18n/useFailureText';

/** Props of the dialog: the document, its current encoding, and what happens after reopening. */
export interface ReopenDialogProps {
  api: ApiClient;
  documentId: string;
  current: string;
  annotated: boolean;
  flush(): Promise<void>;
  onClose(): void;
  onReopened(result: { documentId: string; changed: boolean }, encoding: TextEncodingId): Promise<void>;
}

/**
 * Chooses another encoding for the open document, showing how the file's first line reads in
 * each one, and explains that a different text becomes a new document (tagged ones cannot change).
 */
export function ReopenDialog({ api, documentId, current, annotated, flush, onClose, onReopened }: ReopenDialogProps) {
  const { t } = useTranslation();
  const [previews, setPreviews] = useState<EncodingPreview[] | null>(null);
  const [chosen, setChosen] = useState<TextEncodingId | null>(null);
  const [error, setError] = useState<{ text: string; detail?: string | undefined } | null>(null);
  const failureText = useFailureText();
  const [working, setWorking] = useState(false);

  useEffect(() => {
    let live = true;
    api.previewEncodings({ documentId }).then(
      ({ previews }) => live && setPreviews(previews),
      (failure: unknown) => live && setError({ text: failureText(causeOf(failure)), detail: failureDetail(failure) }),
    );
    return () => {
      live = false;
    };
  }, [api, documentId, failureText]);

  const reopen = async () => {
    if (!chosen) return;
    setWorking(true);
    setError(null);
    try {
      await flush();
      await onReopened(await api.reopenWithEncoding({ documentId, encoding: chosen }), chosen);
    } catch (failure) {
      setError({
        text: failure instanceof ApiError && failure.code === 'conflict' ? t('corpus.reopen.annotated') : t('corpus.reopen.refused', { reason: failureText(causeOf(failure)) }),
        detail: failureDetail(failure),
      });
      setWorking(false);
    }
  };

  return (
    <CorpusDialog labelledBy="reopen-heading" testId="reopen-dialog" className="reopen-dialog" onCancel={onClose}>
      <h2 id="reopen-heading">{t('corpus.reopen.heading')}</h2>
      <p className="corpus-dialog-explain">{t('corpus.reopen.explain')}</p>
      {annotated && <p className="corpus-dialog-warning">{t('corpus.reopen.annotated')}</p>}
      {previews === null && !error && <p className="placeholder">{t('corpus.reopen.loading')}</p>}
      {previews && (
        <fieldset className="encoding-choices">
          <legend className="visually-hidden">{t('corpus.reopen.heading')}</legend>
          {previews.map((preview) => {
            const isCurrent = preview.encoding === current;
            const note = !preview.ok ? t('corpus.reopen.unreadable') : isCurrent ? t('corpus.reopen.current') : preview.doubtful ? t('corpus.reopen.doubtful') : '';
            return (
              <label key={preview.encoding} className={preview.ok ? 'encoding-choice' : 'encoding-choice unavailable'}>
                <input
                  type="radio"
                  name="encoding"
                  value={preview.encoding}
                  disabled={!preview.ok || working}
                  checked={chosen === preview.encoding}
                  onChange={() => setChosen(preview.encoding)}
                />
                <span className="encoding-name">
                  {t(`corpus.encodings.${preview.encoding}`)}
                  {note && <span className="encoding-note"> · {note}</span>}
                </span>
                <span className="encoding-preview" lang={preview.ok ? 'de' : undefined} title={preview.ok ? undefined : preview.message}>
                  {preview.ok ? preview.preview : t(`failures.notDecodable.${preview.why}`)}
                </span>
              </label>
            );
          })}
        </fieldset>
      )}
      {error && (
        <p className="corpus-dialog-error" role="alert" title={error.detail}>
          {error.text}
        </p>
      )}
      <div className="corpus-dialog-actions">
        <button type="button" onClick={onClose}>
          {t('corpus.reopen.cancel')}
        </button>
        <button type="button" className="primary" disabled={!chosen || chosen === current || working} onClick={() => void reopen()}>
          {t('corpus.reopen.confirm')}
        </button>
      </div>
    </CorpusDialog>
  );
}
