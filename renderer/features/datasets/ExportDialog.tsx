import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormatId } from '@shared/formats/formatRegistry';
import type { ExportResult } from '@shared/ipc/methods/datasetMethods';
import type { ApiClient } from '../../api/bridgeClient';
import { causeOf } from '../../api/failureText';
import { useFailureText } from '../../i18n/useFailureText';
import type { DocumentSession } from '../../state/createDocumentSession';
import { DialogActions } from '../../ui/DialogActions';
import { Choice } from './Choice';
import { ExportSummary } from './ExportSummary';
import { FORMAT_CHOICES } from './formatChoices';
import { useModalDialog } from '../../ui/useModalDialog';

/** The choices of an export, remembered between openings of the dialog. */
export interface ExportChoices {
  scope: 'document' | 'corpus';
  format: FormatId;
  colleagueSets: boolean;
}

type Phase =
  | { kind: 'choose' }
  | { kind: 'saving' }
  | { kind: 'running'; progress: { done: number; total: number } | null }
  | { kind: 'done'; result: Extract<ExportResult, { status: 'exported' }> }
  | { kind: 'failed'; message: string; detail?: string };

/** Props of the export dialog: the open document (saved first, exported when the scope is "this document"). */
export interface ExportDialogProps {
  api: ApiClient;
  session: DocumentSession;
  title: string;
  choices: ExportChoices;
  onChoices(choices: ExportChoices): void;
  onClose(): void;
}

/**
 * The export dialog: scope, format (with what each is for and its offset unit) and whether
 * colleagues' sets go along; then it saves the open document's edits, lets main ask where to
 * write, shows per-document progress and ends with a summary (documents, annotations, size, name).
 */
export function ExportDialog({ api, session, title, choices, onChoices, onClose }: ExportDialogProps) {
  const { t } = useTranslation();
  const failureText = useFailureText();
  const ref = useModalDialog();
  const [phase, setPhase] = useState<Phase>({ kind: 'choose' });
  const busy = phase.kind === 'saving' || phase.kind === 'running';

  useEffect(() => api.events.onExportProgress((progress) => setPhase((p) => (p.kind === 'running' ? { kind: 'running', progress } : p))), [api]);

  const run = async () => {
    setPhase({ kind: 'saving' });
    await session.flush();
    const save = session.saveStatus();
    if (save === 'failed' || save === 'conflict' || save === 'unsaved') return setPhase({ kind: 'failed', message: t('datasets.export.notSaved') });
    setPhase({ kind: 'running', progress: null });
    try {
      const request =
        choices.scope === 'document'
          ? { scope: 'document' as const, documentId: session.documentId, format: choices.format, colleagueSets: choices.colleagueSets }
          : { scope: 'corpus' as const, format: choices.format, colleagueSets: choices.colleagueSets };
      const result = await api.exportDataset(request);
      setPhase(result.status === 'cancelled' ? { kind: 'choose' } : { kind: 'done', result });
    } catch (error) {
      const cause = causeOf(error);
      setPhase({ kind: 'failed', message: t('datasets.export.failed', { message: failureText(cause) }), ...(cause.detail !== undefined && { detail: cause.detail }) });
    }
  };

  return (
    <dialog
      ref={ref}
      className="dataset-dialog export-dialog"
      aria-labelledby="export-heading"
      aria-busy={busy}
      data-testid="export-dialog"
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onClose();
      }}
    >
      <h2 id="export-heading">{t(phase.kind === 'done' ? 'datasets.export.doneHeading' : 'datasets.export.heading')}</h2>
      {phase.kind === 'choose' && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void run();
          }}
        >
          <fieldset className="choice-group">
            <legend>{t('datasets.export.scope')}</legend>
            <Choice
              name="scope"
              value="document"
              checked={choices.scope === 'document'}
              onChange={() => onChoices({ ...choices, scope: 'document' })}
              label={t('datasets.export.scopeDocument')}
              about={title}
              aboutOneLine
            />
            <Choice
              name="scope"
              value="corpus"
              checked={choices.scope === 'corpus'}
              onChange={() => onChoices({ ...choices, scope: 'corpus' })}
              label={t('datasets.export.scopeCorpus')}
              about={t('datasets.export.scopeCorpusHint')}
            />
            <Choice
              type="checkbox"
              checked={choices.colleagueSets}
              onChange={(colleagueSets) => onChoices({ ...choices, colleagueSets })}
              label={t('datasets.export.colleagues')}
              about={t('datasets.export.colleaguesHint')}
            />
          </fieldset>
          <fieldset className="choice-group formats">
            <legend>{t('datasets.export.format')}</legend>
            {FORMAT_CHOICES.map(({ id, unit }) => (
              <Choice
                key={id}
                name="format"
                value={id}
                checked={choices.format === id}
                onChange={() => onChoices({ ...choices, format: id })}
                label={t(`datasets.export.formats.${id}.name`)}
                about={t(`datasets.export.formats.${id}.about`)}
                badge={<span className={`unit-badge unit-${unit}`}>{t(`datasets.export.unit.${unit}`)}</span>}
              />
            ))}
          </fieldset>
          <DialogActions secondary={{ text: t('datasets.export.cancel'), onClick: onClose }} primary={{ text: t('datasets.export.submit') }} />
        </form>
      )}
      {busy && <ExportProgress phase={phase} />}
      {phase.kind === 'done' && <ExportSummary result={phase.result} onClose={onClose} />}
      {phase.kind === 'failed' && (
        <>
          <p className="dialog-error" role="alert" title={phase.detail}>
            {phase.message}
          </p>
          <DialogActions secondary={{ text: t('datasets.export.back'), onClick: () => setPhase({ kind: 'choose' }) }} primary={{ text: t('datasets.export.close'), onClick: onClose }} />
        </>
      )}
    </dialog>
  );
}

/** What the export is doing now: saving, waiting for the save dialog, reading document n of N, writing. */
function ExportProgress({ phase }: { phase: Phase }) {
  const { t } = useTranslation();
  const progress = phase.kind === 'running' ? phase.progress : null;
  const text =
    phase.kind === 'saving'
      ? t('datasets.export.saving')
      : progress === null
        ? t('datasets.export.choosing')
        : progress.done < progress.total
          ? t('datasets.export.reading', progress)
          : t('datasets.export.writing');
  return (
    <div className="export-progress" data-testid="export-progress">
      {progress ? <progress max={progress.total} value={progress.done} aria-label={t('datasets.export.progressLabel')} /> : <progress aria-label={t('datasets.export.progressLabel')} />}
      <p role="status" aria-live="polite">
        {text}
      </p>
    </div>
  );
}
