import { useTranslation } from 'react-i18next';
import type { Notice } from '@shared/ipc/contract';

/** What main did on the user's behalf (recovery, quarantine, read-only), shown until dismissed. */
export function Notices({ notices, onDismiss }: { notices: Notice[]; onDismiss(index: number): void }) {
  const { t } = useTranslation();
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="alert" data-testid="notices">
      {notices.map((notice, index) => (
        <div key={`${notice.code}-${index}`} className={`notice notice-${notice.severity}`} data-code={notice.code}>
          <p>
            {notice.documentTitle ? <strong>{notice.documentTitle}: </strong> : null}
            {notice.message}
          </p>
          <button type="button" onClick={() => onDismiss(index)} aria-label={t('notices.dismiss')}>
            ✕
          </button>
        </div>
      ))}
    </div>
  );
}
