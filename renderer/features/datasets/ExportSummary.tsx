import { useTranslation } from 'react-i18next';
import { DialogActions } from '../../ui/DialogActions';
import { formatEntry } from '@shared/formats/formatRegistry';
import type { ExportResult } from '@shared/ipc/methods/datasetMethods';
import { DatasetNotes } from './DatasetNotes';
import { formatBytes } from './formatBytes';

/** The end of an export: what was written where (base name only), how much, and any warnings. */
export function ExportSummary({ result, onClose }: { result: Extract<ExportResult, { status: 'exported' }>; onClose(): void }) {
  const { t, i18n } = useTranslation();
  const folder = formatEntry(result.format).output === 'folder';
  return (
    <>
      <dl className="summary" data-testid="export-summary">
        <dt>{t(folder ? 'datasets.export.summaryFolder' : 'datasets.export.summaryFile')}</dt>
        <dd className="summary-name">{result.name}</dd>
        <dt>{t('datasets.export.summaryFormat')}</dt>
        <dd>{t(`datasets.export.formats.${result.format}.name`)}</dd>
        <dt>{t('datasets.export.summaryContent')}</dt>
        <dd>
          {t('datasets.export.summaryDocuments', { count: result.documents })} · {t('datasets.export.summaryAnnotations', { count: result.annotations })}
        </dd>
        <dt>{t('datasets.export.summarySize')}</dt>
        <dd>
          {formatBytes(result.bytes, i18n.language)}
          {folder ? ` · ${t('datasets.export.summaryFiles', { count: result.files })}` : ''}
        </dd>
      </dl>
      <DatasetNotes notes={result.warnings} />
      <DialogActions primary={{ text: t('datasets.export.close'), onClick: onClose }} />
    </>
  );
}
