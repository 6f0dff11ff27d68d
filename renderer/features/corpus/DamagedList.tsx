import { useTranslation } from 'react-i18next';
import type { DamagedEntry } from '@shared/ipc/methods/corpusMethods';
import { UntrustedSentence } from '../../ui/UntrustedSentence';
import { UntrustedText } from '../../ui/UntrustedText';

/** Props of the damaged rows: the damaged folders the title filter lets through, and Restore. */
export interface DamagedListProps {
  damaged: readonly DamagedEntry[];
  onRestore(documentId: string): void;
}

/** The stored file each damage code is about (what Restore puts back, or what the user has to look at). */
const DAMAGED_FILE: Record<DamagedEntry['code'], string> = {
  'meta-missing': 'meta.json',
  'meta-damaged': 'meta.json',
  'text-damaged': 'text.txt',
  'annotations-damaged': 'annotations.json',
};

/** The damaged file relative to the data folder (main names files so in every notice). */
export function damagedFileOf(entry: DamagedEntry): string {
  return `documents/${entry.id.replace(/^sha256:/, '')}/${DAMAGED_FILE[entry.code]}`;
}

/** A short, stable name for a folder whose title is lost: the first 12 hex digits of its id. */
function shortId(id: string): string {
  return id.replace(/^sha256:/, '').slice(0, 12);
}

/**
 * Damaged document folders as rows above the list (not options of the listbox: a row holds a
 * button): what is wrong, worded from the code, the copies kept aside, and Restore when the store
 * kept a good copy — or why not and where the damaged file is, so a damaged folder never vanishes.
 */
export function DamagedList({ damaged, onRestore }: DamagedListProps) {
  const { t } = useTranslation();
  if (damaged.length === 0) return null;
  return (
    <section className="corpus-damaged" aria-labelledby="corpus-damaged-heading" data-testid="corpus-damaged">
      <h3 id="corpus-damaged-heading">{t('corpus.damaged.heading', { count: damaged.length })}</h3>
      <ul className="corpus-damaged-items">
        {damaged.map((entry) => (
          <li key={entry.id} className="corpus-damaged-item" data-doc={entry.id} data-code={entry.code}>
            <span className="corpus-item-title" title={entry.title ?? undefined}>
              {entry.title === null ? t('corpus.damaged.untitled', { id: shortId(entry.id) }) : <UntrustedText text={entry.title} />}
            </span>
            <p className="corpus-damaged-reason" title={entry.detail}>
              {t(`corpus.damaged.codes.${entry.code}`)}{' '}
              {entry.restorable
                ? t(entry.code === 'annotations-damaged' ? 'corpus.damaged.restorableAnnotations' : 'corpus.damaged.restorableMeta')
                : <UntrustedSentence i18nKey="corpus.damaged.notRestorable" untrusted={{ file: damagedFileOf(entry) }} />}
            </p>
            {entry.aside.length > 0 && (
              <p className="corpus-damaged-aside">
                <UntrustedSentence i18nKey="corpus.damaged.aside" untrusted={{ files: entry.aside.join(', ') }} />
              </p>
            )}
            {entry.restorable && (
              <button
                type="button"
                aria-label={entry.title === null ? t('corpus.damaged.restoreUntitled', { id: shortId(entry.id) }) : t('corpus.damaged.restoreLabel', { title: entry.title })}
                onClick={() => onRestore(entry.id)}
              >
                {t('corpus.damaged.restore')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
