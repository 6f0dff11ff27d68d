import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReanchorProgressEvent } from '@shared/ipc/events';
import { UntrustedSentence } from '../../ui/UntrustedSentence';

/**
 * How far a colleague import's re-anchoring has come, as a non-modal panel (not a dialog), so
 * the text stays usable while the worker places the colleague's tags; the sentence is both the
 * progress bar's name and a polite live region.
 */
export function ReanchorProgress({ progress }: { progress: ReanchorProgressEvent }) {
  const { i18n } = useTranslation();
  const id = useId();
  const number = new Intl.NumberFormat(i18n.language);
  return (
    <section className="reanchor-progress export-progress" data-testid="reanchor-progress" aria-labelledby={id}>
      <progress value={progress.done} max={Math.max(progress.total, 1)} aria-labelledby={id} />
      <p id={id} aria-live="polite">
        <UntrustedSentence
          i18nKey="datasets.import.reanchoring"
          values={{ done: number.format(progress.done), total: number.format(progress.total) }}
          untrusted={{ annotator: progress.annotator }}
        />
      </p>
    </section>
  );
}
