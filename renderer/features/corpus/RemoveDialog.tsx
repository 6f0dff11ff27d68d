import { useTranslation } from 'react-i18next';
import { CorpusDialog } from './CorpusDialog';

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
  return (
    <CorpusDialog labelledBy="remove-heading" testId="remove-dialog" onCancel={onCancel}>
      <h2 id="remove-heading">{t('corpus.confirm.heading', { title })}</h2>
      <p>
        {tags === null || tags === 0 ? t('corpus.confirm.noTags') : t('corpus.confirm.tags', { count: tags })} {t('corpus.confirm.explain')}
      </p>
      <div className="corpus-dialog-actions">
        <button type="button" autoFocus onClick={onCancel}>
          {t('corpus.confirm.cancel')}
        </button>
        <button type="button" className="danger" onClick={onConfirm}>
          {t('corpus.confirm.confirm')}
        </button>
      </div>
    </CorpusDialog>
  );
}
