import { useTranslation } from 'react-i18next';
import type { ImportResult } from '@shared/ipc/methods/datasetMethods';

type Loss = Extract<ImportResult, { status: 'imported' }>['losses'][number];

/**
 * What a file held that Tagwerk could not represent, one sentence per kind in the user's
 * language — the same typed count `tagwerk import` prints on stderr — so nothing is dropped
 * without a word; nothing is shown for a lossless import.
 */
export function ImportLosses({ losses }: { losses: readonly Loss[] }) {
  const { t } = useTranslation();
  if (losses.length === 0) return null;
  return (
    <section className="dialog-warnings" aria-labelledby="import-losses" data-testid="import-losses">
      <h3 id="import-losses">{t('datasets.import.losses.heading')}</h3>
      <ul>
        {losses.map((loss) => (
          <li key={loss.kind} data-kind={loss.kind}>
            {t('datasets.import.losses.line', { count: loss.count, what: t(`datasets.import.losses.kinds.${loss.kind}`, { count: loss.count }), where: loss.first })}
          </li>
        ))}
      </ul>
    </section>
  );
}
