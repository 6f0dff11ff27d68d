import { useTranslation } from 'react-i18next';
import type { Notice } from '@shared/ipc/contract';

/** The catalog key of a notice's sentence: its code, a quarantine that could not move the file told apart. */
function sentenceKey(notice: Notice): string {
  return `notices.codes.${notice.code === 'quarantined' && notice.movedTo === undefined ? 'quarantinedInPlace' : notice.code}`;
}

/**
 * What main did on the user's behalf (recovery, quarantine, read-only), shown until dismissed:
 * worded from the catalogs by its code (main's English text, with the technical reason, as the
 * hover details); a code the catalogs do not know yet shows main's text as it is.
 */
export function Notices({ notices, onDismiss }: { notices: Notice[]; onDismiss(index: number): void }) {
  const { t, i18n } = useTranslation();
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="alert" data-testid="notices">
      {notices.map((notice, index) => {
        const key = sentenceKey(notice);
        const known = i18n.exists(key);
        const text = known ? t(key, { file: notice.file ?? '', movedTo: notice.movedTo ?? '', fields: (notice.fields ?? []).join(', ') }) : notice.message;
        return (
          <div key={`${notice.code}-${index}`} className={`notice notice-${notice.severity}`} data-code={notice.code}>
            <p title={known ? t('notices.details', { message: notice.message }) : undefined}>
              {notice.documentTitle ? <strong>{notice.documentTitle}: </strong> : null}
              {text}
            </p>
            <button type="button" onClick={() => onDismiss(index)} aria-label={t('notices.dismiss')}>
              ✕
            </button>
          </div>
        );
      })}
    </div>
  );
}
