import { useTranslation } from 'react-i18next';
import type { TrashEntry } from '@shared/ipc/methods/corpusMethods';
import { UntrustedText } from '../../ui/UntrustedText';

/** Props of the trash view: its entries, whether the built-in article is missing from the corpus, and the restore actions. */
export interface TrashListProps {
  trash: readonly TrashEntry[];
  builtinMissing: boolean;
  onRestore(trashId: string): void;
  onRestoreBuiltin(): void;
}

/** Removed documents, newest first, each restorable with its tags; and the built-in article when it is gone. */
export function TrashList({ trash, builtinMissing, onRestore, onRestoreBuiltin }: TrashListProps) {
  const { t, i18n } = useTranslation();
  const dates = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
  return (
    <div className="corpus-body corpus-trash" data-testid="corpus-trash">
      {trash.length === 0 ? (
        <p className="placeholder corpus-trash-empty">{t('corpus.trashEmpty')}</p>
      ) : (
        <>
          <p className="corpus-trash-hint">{t('corpus.trashHint')}</p>
          <ul className="corpus-trash-items">
            {trash.map((entry) => (
              <li key={entry.trashId} className="corpus-trash-item">
                <span className="corpus-item-title" title={entry.title}>
                  <UntrustedText text={entry.title} />
                </span>
                <span className="corpus-item-meta">
                  <span className="corpus-item-source">{entry.builtin ? t('corpus.encoding.builtin') : <UntrustedText text={entry.source} />}</span>
                </span>
                <span className="corpus-trash-row">
                  <span className="corpus-item-meta">{t('corpus.removedAt', { date: dates.format(new Date(entry.removedAt)) })}</span>
                  <button type="button" aria-label={t('corpus.restoreLabel', { title: entry.title })} onClick={() => onRestore(entry.trashId)}>
                    {t('corpus.restore')}
                  </button>
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {builtinMissing && (
        <button type="button" className="corpus-link corpus-restore-builtin" onClick={onRestoreBuiltin}>
          {t('corpus.restoreBuiltin')}
        </button>
      )}
    </div>
  );
}
