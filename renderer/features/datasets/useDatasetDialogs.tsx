import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { ApiClient } from '../../api/bridgeClient';
import { causeOf } from '../../api/failureText';
import type { DocumentSession } from '../../state/createDocumentSession';
import { ExportDialog, type ExportChoices } from './ExportDialog';
import type { ImportedDocument, ImportPurpose, ImportRequest, Migration } from '@shared/ipc/methods/datasetMethods';
import { ImportDialog, type ImportState } from './ImportDialog';
import { ReanchorProgress } from './ReanchorProgress';
import './datasets.css';

/** What the workbench gives the dataset dialogs. */
export interface DatasetDialogsDeps {
  api: ApiClient;
  session: DocumentSession;
  title: string;
  onOpenDocument(documentId: string): Promise<void>;
  /** Opens review on `documentId` comparing with `annotator`'s set. */
  onCompare(documentId: string, annotator: string): void;
  /** Hands the migrations a colleague's import opened (their tags on an edited copy) to review, which asks about each. */
  onMigrations(file: string, migrations: readonly Migration[]): void;
  /** Says an import stored a colleague's set of the open document, so an open review lists it without waiting for "Compare now". */
  onColleaguesStored(): void;
}

/** The workbench's handles on export and import: open either, and the dialog to render. */
export interface DatasetDialogs {
  openExport(): void;
  openImport(): void;
  /** Import… with "a colleague's tags to review" already chosen (review's import button). */
  openColleagueImport(): void;
  dialogs: ReactNode;
}

const INITIAL_CHOICES: ExportChoices = { scope: 'document', format: 'tagwerk', colleagueSets: false };

/**
 * Export and import from the window (buttons, Ctrl+E, the menu's export/import commands):
 * export opens its dialog; import asks what the file is for, saves the open document, lets main
 * show the file dialog and shows the outcome (while a colleague's set is re-anchored: its progress,
 * without a modal dialog). When the import added my tags to the open document, it is reopened so the
 * workbench shows them (and its next save does not conflict with the import's).
 */
export function useDatasetDialogs({ api, session, title, onOpenDocument, onCompare, onMigrations, onColleaguesStored }: DatasetDialogsDeps): DatasetDialogs {
  const [exporting, setExporting] = useState(false);
  const [importState, setImportState] = useState<ImportState | null>(null);
  const [choices, setChoices] = useState(INITIAL_CHOICES);
  const sessionRef = useRef(session);
  sessionRef.current = session;
  const open = exporting || importState !== null;
  const openRef = useRef(open);
  openRef.current = open;

  // While main re-anchors a colleague's set the modal dialog gives way to a progress panel, so the text stays usable.
  useEffect(
    () => api.events.onReanchorProgress((progress) => setImportState((s) => (s?.kind === 'working' || s?.kind === 'reanchoring' ? { kind: 'reanchoring', progress } : s))),
    [api],
  );

  const openExport = useCallback(() => {
    if (!openRef.current) setExporting(true);
  }, []);

  const openImportFor = useCallback((purpose: ImportPurpose) => {
    if (openRef.current) return;
    openRef.current = true;
    setImportState({ kind: 'choose', purpose });
  }, []);
  const openImport = useCallback(() => openImportFor('mine'), [openImportFor]);
  const openColleagueImport = useCallback(() => openImportFor('colleague'), [openImportFor]);

  const importFile = useCallback((request: NonNullable<ImportRequest>) => {
    setImportState({ kind: 'working' });
    void (async () => {
      const current = sessionRef.current;
      await current.flush();
      try {
        const result = await api.importDataset(request);
        if (result.status === 'cancelled') return setImportState(null);
        // An edited copy's migrations are decided in review, which shows what the import stored next to them.
        if (result.status === 'imported' && result.migrations !== undefined && result.migrations.length > 0) {
          setImportState(null);
          onMigrations(result.name, result.migrations);
        } else setImportState(result.status === 'imported' ? { kind: 'imported', result } : { kind: 'invalid', result });
        const mineChanged = (d: ImportedDocument) => (d.mine?.added ?? 0) > 0 || (d.mine?.relationsAdded ?? 0) > 0;
        const storedHere = (d: ImportedDocument) => d.id === current.documentId && d.colleagues.some((c) => c.outcome !== 'kept-newer');
        if (result.status === 'imported' && result.documents.some(storedHere)) onColleaguesStored();
        if (result.status === 'imported' && result.documents.some((d) => d.id === current.documentId && mineChanged(d))) await onOpenDocument(current.documentId);
      } catch (error) {
        setImportState({ kind: 'failed', cause: causeOf(error) });
      }
    })();
  }, [api, onOpenDocument, onMigrations, onColleaguesStored]);

  const dialogs = (
    <>
      {exporting && <ExportDialog api={api} session={session} title={title} choices={choices} onChoices={setChoices} onClose={() => setExporting(false)} />}
      {importState?.kind === 'reanchoring' && <ReanchorProgress progress={importState.progress} onCancel={() => void api.cancelReanchor()} />}
      {importState && importState.kind !== 'reanchoring' && (
        <ImportDialog
          state={importState}
          currentDocumentId={session.documentId}
          onChoose={importFile}
          onOpenDocument={(id) => {
            setImportState(null);
            void onOpenDocument(id);
          }}
          onCompare={(id, annotator) => {
            setImportState(null);
            onCompare(id, annotator);
          }}
          onClose={() => setImportState(null)}
        />
      )}
    </>
  );
  return { openExport, openImport, openColleagueImport, dialogs };
}
