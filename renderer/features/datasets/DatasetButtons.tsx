import { useTranslation } from 'react-i18next';

/** The workbench header's Import… and Export… buttons (Export also on Ctrl+E and in the menu). */
export function DatasetButtons({ onImport, onExport }: { onImport(): void; onExport(): void }) {
  const { t } = useTranslation();
  return (
    <div className="dataset-buttons">
      <button type="button" onClick={onImport} title={t('datasets.importTitle')}>
        {t('datasets.importButton')}
      </button>
      <button type="button" onClick={onExport} title={t('datasets.exportTitle')} aria-keyshortcuts="Control+E">
        {t('datasets.exportButton')}
      </button>
    </div>
  );
}
