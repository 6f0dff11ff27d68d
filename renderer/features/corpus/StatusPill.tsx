import { useTranslation } from 'react-i18next';
import type { DocumentStatus } from '@shared/ipc/methods/corpusMethods';

const GLYPHS: Record<DocumentStatus, string> = { new: '○', 'in-progress': '◐', done: '●' };

/** A document's status as a shape and a word, never colour alone. */
export function StatusPill({ status }: { status: DocumentStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`status-pill status-${status}`} data-status={status}>
      <span aria-hidden="true">{GLYPHS[status]}</span> {t(`corpus.status.${status}`)}
    </span>
  );
}
