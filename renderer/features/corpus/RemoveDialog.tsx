import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** Props of the confirmation: the document's title and tag count, and the two answers. */
export interface RemoveDialogProps {
  title: string;
  tags: number | null;
  onCancel(): void;
  onConfirm(): void;
}

/** Asks before a document goes to the trash, saying its tags go with it and that it can be restored; Cancel has the focus. */
export function RemoveDialog({ title, tags, onCancel, onConfirm }: RemoveDialogProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    cancelRef.current?.focus();
    return () => {
      if (dialog?.open) dialog.close();
      previous?.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className="corpus-dialog"
      aria-labelledby="remove-heading"
      data-testid="remove-dialog"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id="remove-heading">{t('corpus.confirm.heading', { title })}</h2>
      <p>
        {tags === null || tags === 0 ? t('corpus.confirm.noTags') : t('corpus.confirm.tags', { count: tags })} {t('corpus.confirm.explain')}
      </p>
      <div className="corpus-dialog-actions">
        <button type="button" ref={cancelRef} onClick={onCancel}>
          {t('corpus.confirm.cancel')}
        </button>
        <button type="button" className="danger" onClick={onConfirm}>
          {t('corpus.confirm.confirm')}
        </button>
      </div>
    </dialog>
  );
}
