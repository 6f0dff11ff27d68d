import { useTranslation } from 'react-i18next';
import { DialogActions } from '../../ui/DialogActions';
import type { FailureCause } from '@shared/ipc/failureSentence';
import type { ReanchorProgressEvent } from '@shared/ipc/events';
import { useFailureText } from '../../i18n/useFailureText';
import type { ImportedDocument, ImportPurpose, ImportRequest, ImportResult } from '@shared/ipc/methods/datasetMethods';
import { DatasetNotes } from './DatasetNotes';
import { ImportHead } from './ImportHead';
import { ImportLosses } from './ImportLosses';
import { ImportProblems } from './ImportProblems';
import { ImportPurposeStep } from './ImportPurposeStep';
import { useModalDialog } from '../../ui/useModalDialog';
import { UntrustedSentence } from '../../ui/UntrustedSentence';
import { UntrustedText } from '../../ui/UntrustedText';

/** Where an import from the window stands: waiting for main (file dialog, checks), re-anchoring a colleague's set (shown by ReanchorProgress, not this dialog), finished, refused, failed. */
export type ImportState =
  | { kind: 'choose'; purpose: ImportPurpose }
  | { kind: 'working' }
  | { kind: 'reanchoring'; progress: ReanchorProgressEvent }
  | { kind: 'imported'; result: Extract<ImportResult, { status: 'imported' }> }
  | { kind: 'invalid'; result: Extract<ImportResult, { status: 'invalid' }> }
  | { kind: 'failed'; cause: FailureCause };

/** Props of the import dialog. */
export interface ImportDialogProps {
  state: Exclude<ImportState, { kind: 'reanchoring' }>;
  currentDocumentId: string;
  onChoose(request: NonNullable<ImportRequest>): void;
  onOpenDocument(documentId: string): void;
  /** Opens review on a document, comparing with a colleague's set ("compare now" after a colleague import). */
  onCompare(documentId: string, annotator: string): void;
  onClose(): void;
}

/** The first colleague set a colleague import stored or kept (on the open document if it has one): what "compare now" opens. */
function compareTarget(result: Extract<ImportResult, { status: 'imported' }>, currentDocumentId: string): { documentId: string; annotator: string } | undefined {
  const sets = result.documents.flatMap((d) => d.colleagues.filter((c) => c.outcome !== 'kept-newer').map((c) => ({ documentId: d.id, annotator: c.annotator })));
  return sets.find((s) => s.documentId === currentDocumentId) ?? sets[0];
}

/** One imported document: new or known, my tags added, each colleague's set and what happened to it. */
function DocumentReport({ document, current, onOpen }: { document: ImportedDocument; current: boolean; onOpen(): void }) {
  const { t } = useTranslation();
  const mine = document.mine;
  const kept = mine ? mine.imported - mine.added - mine.conflicts : 0;
  return (
    <li className="import-document" data-document-id={document.id}>
      <div className="import-document-head">
        <span className="import-document-title">
          <UntrustedText text={document.title} />
        </span>
        <span className={`import-document-state ${document.created ? 'is-new' : ''}`}>{t(document.created ? 'datasets.import.newDocument' : 'datasets.import.existingDocument')}</span>
        {current ? (
          <span className="import-document-current">{t('datasets.import.current')}</span>
        ) : (
          <button type="button" className="link-button" onClick={onOpen}>
            {t('datasets.import.open')}
          </button>
        )}
      </div>
      <ul className="import-sets">
        {mine &&
          (mine.refused ? (
            <li className="import-warning">{t('datasets.import.mineRefused')}</li>
          ) : (
            <li>
              {t('datasets.import.mineAdded', { count: mine.added })}
              {kept > 0 && ` · ${t('datasets.import.mineKept', { count: kept })}`}
              {mine.conflicts > 0 && ` · ${t('datasets.import.mineConflicts', { count: mine.conflicts })}`}
              {mine.relationsAdded > 0 && ` · ${t('datasets.import.relationsAdded', { count: mine.relationsAdded })}`}
              {mine.relationsKept > 0 && ` · ${t('datasets.import.relationsKept', { count: mine.relationsKept })}`}
              {mine.relationsDropped > 0 && ` · ${t('datasets.import.relationsDropped', { count: mine.relationsDropped })}`}
            </li>
          ))}
        {document.colleagues.map((set) => (
          <li key={set.annotator} className={set.outcome === 'kept-newer' ? 'import-warning' : undefined}>
            <UntrustedSentence i18nKey={`datasets.import.colleague.${set.outcome}`} values={{ count: set.annotations }} untrusted={{ annotator: set.annotator }} />
            {set.relations > 0 && ` · ${t('datasets.import.relationsStored', { count: set.relations })}`}
            {set.relationsDropped > 0 && ` · ${t('datasets.import.relationsDropped', { count: set.relationsDropped })}`}
          </li>
        ))}
        {!mine && document.colleagues.length === 0 && <li className="muted">{t('datasets.import.noTags')}</li>}
      </ul>
    </li>
  );
}

/**
 * The import dialog: first what the file is for (mine / a colleague's to review); while main
 * shows the file dialog and checks the file it says so; then the format it was read as, what
 * was stored per document (with a way to open each), what the file held that was not imported,
 * and after a colleague's file "compare now"; or — when the file was refused — every problem
 * and the assurance that nothing was stored.
 */
export function ImportDialog({ state, currentDocumentId, onChoose, onOpenDocument, onCompare, onClose }: ImportDialogProps) {
  const { t } = useTranslation();
  const failureText = useFailureText();
  const ref = useModalDialog();
  const heading = state.kind === 'imported' ? 'datasets.import.doneHeading' : state.kind === 'working' || state.kind === 'choose' ? 'datasets.importButton' : 'datasets.import.invalidHeading';
  const target = state.kind === 'imported' && state.result.purpose === 'colleague' ? compareTarget(state.result, currentDocumentId) : undefined;
  return (
    <dialog
      ref={ref}
      className="dataset-dialog import-dialog"
      aria-labelledby="import-heading"
      aria-busy={state.kind === 'working'}
      data-testid="import-dialog"
      data-state={state.kind}
      onCancel={(event) => {
        event.preventDefault();
        if (state.kind !== 'working') onClose();
      }}
    >
      <h2 id="import-heading">{t(heading)}</h2>
      {state.kind === 'choose' && <ImportPurposeStep initialPurpose={state.purpose} onChoose={onChoose} onCancel={onClose} />}
      {state.kind === 'working' && (
        <div className="export-progress">
          <progress aria-label={t('datasets.importButton')} />
          <p role="status" aria-live="polite">
            {t('datasets.import.working')}
          </p>
        </div>
      )}
      {state.kind === 'imported' && (
        <div data-testid="import-summary">
          <p className="import-format" data-format={state.result.format}>
            {t('datasets.import.readAs', { format: t(`datasets.export.formats.${state.result.format}.name`) })}
          </p>
          <ImportHead result={state.result} />
          <ul className="import-documents">
            {state.result.documents.map((document) => (
              <DocumentReport key={document.id} document={document} current={document.id === currentDocumentId} onOpen={() => onOpenDocument(document.id)} />
            ))}
          </ul>
          <ImportLosses losses={state.result.losses} />
          <DatasetNotes notes={state.result.warnings} />
        </div>
      )}
      {state.kind === 'invalid' && (
        <>
          <p className="dialog-intro" role="alert">
            <UntrustedSentence i18nKey="datasets.import.invalidIntro" values={{ count: state.result.total }} untrusted={{ name: state.result.name }} />
            {state.result.format !== undefined && ` ${t('datasets.import.readAs', { format: t(`datasets.export.formats.${state.result.format}.name`) })}`}
          </p>
          <ImportProblems problems={state.result.problems} />
          {state.result.total > state.result.problems.length && <p className="muted">{t('datasets.import.more', { count: state.result.total - state.result.problems.length })}</p>}
        </>
      )}
      {state.kind === 'failed' && (
        <p className="dialog-error" role="alert" title={state.cause.detail}>
          {t('datasets.import.failed', { message: failureText(state.cause) })}
        </p>
      )}
      {state.kind !== 'working' && state.kind !== 'choose' && (
        <DialogActions
          secondary={target && { text: t('datasets.import.compareNow', { annotator: target.annotator }), onClick: () => onCompare(target.documentId, target.annotator) }}
          primary={{ text: t('datasets.import.close'), onClick: onClose }}
        />
      )}
    </dialog>
  );
}
