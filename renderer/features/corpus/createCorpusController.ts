import type { Corpus, CorpusEntry, DocumentStatus, OpenedFile, OpenFilesResponse } from '@shared/ipc/methods/corpusMethods';
import { ApiError, type ApiClient } from '../../api/bridgeClient';
import { causeOf } from '../../api/failureText';
import type { FailureCause } from '@shared/ipc/failureSentence';
import { createStore, type Store } from '../../state/createStore';
import type { ListMemory } from './DocumentList';
import { readDroppedFiles } from './readDroppedFiles';
import { createEncodingMemo, type EncodingMemo } from './createEncodingMemo';
import { labelCountList, labelCountsOf } from '@shared/annotation/countLabels';

/** Something the sidebar tells until dismissed: a refused file, a failed action, an explanation. */
export interface CorpusMessage {
  /** i18n key under `corpus.` with its values. */
  key: string;
  values: Record<string, string | number>;
  severity: 'info' | 'warning' | 'error';
  /** Main's own words, shown as a tooltip for detail. */
  detail?: string;
  /** Why a call failed: worded in the UI language as the message's `reason` (see useFailureText). */
  cause?: FailureCause;
}

/** What the sidebar renders; lives as long as the window, across document switches. */
export interface CorpusState {
  corpus: Corpus | null;
  view: 'documents' | 'trash';
  messages: CorpusMessage[];
  busy: boolean;
  /** The document the workbench shows (the sidebar reports it when it mounts). */
  currentId: string | null;
  /** A document opened from the list by keyboard: the list takes the focus back once it shows again. */
  refocus: string | null;
  /** The list's title filter; kept across document switches like the list's scroll position. */
  filter: string;
}

/** Opens a document in the workbench (App's flow: save the current one, then switch). */
export type OpenDocument = (documentId: string) => Promise<void>;

/** The corpus actions; each refreshes the list and reports what went wrong as a message. */
export interface CorpusController {
  readonly store: Store<CorpusState>;
  refresh(): Promise<void>;
  showView(view: CorpusState['view']): void;
  dismiss(index: number): void;
  openFromDialog(open: OpenDocument): Promise<void>;
  openDropped(files: readonly File[], open: OpenDocument): Promise<void>;
  rename(documentId: string, title: string): Promise<void>;
  setStatus(documentId: string, status: DocumentStatus): Promise<void>;
  /** Moves a document to the trash; when it is the open one, the neighbour is opened first. */
  remove(documentId: string, currentId: string, open: OpenDocument): Promise<void>;
  restore(trashId: string, open: OpenDocument): Promise<void>;
  restoreBuiltin(open: OpenDocument): Promise<void>;
  /** Restores a damaged document from the copy the store kept, re-reads the list and opens it (focus goes to its row). */
  restoreDamaged(documentId: string, open: OpenDocument): Promise<void>;
  say(message: CorpusMessage): void;
  setCurrent(documentId: string): void;
  /** Shows a document's tag counts as the window knows them (the one just left), without re-reading the corpus. */
  setLabelCounts(documentId: string, counts: Readonly<Record<string, number>>): void;
  setFilter(filter: string): void;
  /** Where the list was scrolled to and its rows' height, so the list shown for the next document starts there without measuring (not state: no re-render). */
  listMemory: ListMemory;
  /** Asks the list to focus `documentId` when it next mounts (null: done). */
  setRefocus(documentId: string | null): void;
  /** How each document was decoded, asked once per document (forgotten when the list is read again). */
  readonly encodings: EncodingMemo;
}

/** Whether a stored count list says the same as `counts` (labels with 0 count as absent). */
function sameCounts(list: CorpusEntry['labelCounts'], counts: Readonly<Record<string, number>>): boolean {
  if (list === null) return false;
  const stored = labelCountsOf(list);
  const labels = new Set([...Object.keys(stored), ...Object.keys(counts)]);
  for (const label of labels) if ((stored[label] ?? 0) !== (Object.hasOwn(counts, label) ? counts[label] : 0)) return false;
  return true;
}

/** How long removing the open document waits for the workbench to show its neighbour. */
const SWITCH_TIMEOUT_MS = 10_000;

const REFUSAL_CODES = new Set(['too-large', 'empty', 'binary', 'unsupported-encoding', 'unsupported', 'unreadable', 'failed']);

function refusalMessage(file: Extract<OpenedFile, { ok: false }>): CorpusMessage {
  const code = REFUSAL_CODES.has(file.code) ? file.code : 'failed';
  return { key: `refused.${code}`, values: { name: file.name }, severity: 'warning', detail: file.message };
}

function failure(key: string, error: unknown, values: Record<string, string | number> = {}): CorpusMessage {
  const cause = causeOf(error);
  return { key, values, severity: 'error', ...(cause.detail !== undefined && { detail: cause.detail }), cause };
}

/**
 * Creates the window's corpus controller over the api: the list from main, the trash view, and
 * the messages of opening, renaming, removing and restoring (kept across document switches).
 */
export function createCorpusController(api: ApiClient): CorpusController {
  const store = createStore<CorpusState>({ corpus: null, view: 'documents', messages: [], busy: false, currentId: null, refocus: null, filter: '' });
  // Resolves once the workbench shows `documentId` (App's open swallows its errors into the status line).
  const shown = (documentId: string) =>
    new Promise<boolean>((resolve) => {
      if (store.get().currentId === documentId) return resolve(true);
      const timer = setTimeout(() => (stop(), resolve(false)), SWITCH_TIMEOUT_MS);
      const stop = store.subscribe(() => {
        if (store.get().currentId !== documentId) return;
        clearTimeout(timer);
        stop();
        resolve(true);
      });
    });
  const say = (message: CorpusMessage) => store.set((s) => ({ ...s, messages: [...s.messages, message] }));
  const encodings = createEncodingMemo((request) => api.describeEncoding(request));
  const refresh = async () => {
    encodings.clear();
    try {
      const corpus = await api.listCorpus();
      store.set((s) => ({ ...s, corpus }));
    } catch (error) {
      say(failure('listFailed', error));
    }
  };
  const busy = async <T>(work: () => Promise<T>): Promise<T> => {
    store.set((s) => ({ ...s, busy: true }));
    try {
      return await work();
    } finally {
      store.set((s) => ({ ...s, busy: false }));
    }
  };

  const afterOpening = async (response: OpenFilesResponse, open: OpenDocument) => {
    if (response.cancelled) return;
    const refused = response.files.filter((f): f is Extract<OpenedFile, { ok: false }> => !f.ok);
    const opened = response.files.filter((f): f is Extract<OpenedFile, { ok: true }> => f.ok);
    store.set((s) => ({ ...s, view: 'documents', messages: [...s.messages, ...refused.map(refusalMessage)] }));
    for (const file of opened.filter((f) => !f.created)) say({ key: 'alreadyThere', values: { name: file.name, title: file.title }, severity: 'info' });
    for (const file of opened.filter((f) => f.trashedCopy)) say({ key: 'trashedCopy', values: { name: file.name }, severity: 'info' });
    await refresh();
    const first = opened[0];
    if (first) await open(first.documentId);
  };

  const act = async (key: string, work: () => Promise<void>, values: Record<string, string | number> = {}) => {
    try {
      await busy(work);
    } catch (error) {
      say(failure(key, error, values));
    }
    await refresh();
  };

  return {
    store,
    encodings,
    refresh,
    say,
    setRefocus: (documentId) => store.set((s) => (s.refocus === documentId ? s : { ...s, refocus: documentId })),
    setFilter: (filter) => store.set((s) => (s.filter === filter ? s : { ...s, filter })),
    listMemory: { top: 0, rowHeight: null },
    setLabelCounts: (documentId, counts) =>
      store.set((s) => {
        const entry = s.corpus?.documents.find((d) => d.id === documentId);
        // Leaving a document whose counts did not change keeps the list as it is (its rows and their scale stay).
        if (s.corpus === null || entry === undefined || sameCounts(entry.labelCounts, counts)) return s;
        return { ...s, corpus: { ...s.corpus, documents: s.corpus.documents.map((d) => (d === entry ? { ...d, labelCounts: labelCountList(counts) } : d)) } };
      }),
    setCurrent: (documentId) => store.set((s) => (s.currentId === documentId ? s : { ...s, currentId: documentId })),
    showView: (view) => store.set((s) => (s.view === view ? s : { ...s, view })),
    dismiss: (index) => store.set((s) => ({ ...s, messages: s.messages.filter((_, i) => i !== index) })),
    openFromDialog: (open) => act('openFailed', async () => afterOpening(await api.openFiles(), open)),
    openDropped: (files, open) =>
      act('openFailed', async () => {
        const dropped = await readDroppedFiles(files);
        if (dropped.length > 0) await afterOpening(await api.openDroppedFiles({ files: dropped }), open);
      }),
    rename: (documentId, title) => act('renameFailed', async () => void (await api.updateDocument({ documentId, title }))),
    setStatus: (documentId, status) => act('statusFailed', async () => void (await api.updateDocument({ documentId, status }))),
    remove: (documentId, currentId, open) =>
      act('removeFailed', async () => {
        if (documentId === currentId) {
          const documents = store.get().corpus?.documents ?? [];
          const index = documents.findIndex((d) => d.id === documentId);
          const neighbour = documents[index + 1] ?? documents[index - 1];
          if (!neighbour) throw new ApiError('bad-request', 'This is the only document in the corpus; open another text before removing it.', { code: 'onlyDocument' });
          await open(neighbour.id);
          // Never remove the document while the workbench still shows (and may save) it.
          if (!(await shown(neighbour.id))) throw new ApiError('failed', 'The next document did not open, so nothing was removed.');
        }
        await api.removeDocument({ documentId });
      }),
    restore: (trashId, open) =>
      act('restoreFailed', async () => {
        const { documentId } = await api.restoreDocument({ trashId });
        store.set((s) => ({ ...s, view: 'documents' }));
        await refresh();
        await open(documentId);
      }),
    restoreDamaged: (documentId, open) =>
      act('restoreFailed', async () => {
        const restored = await api.restoreDamaged({ documentId });
        await refresh();
        store.set((s) => ({ ...s, refocus: restored.documentId }));
        await open(restored.documentId);
      }),
    restoreBuiltin: (open) =>
      act('restoreFailed', async () => {
        const { documentId } = await api.restoreBuiltinDocument();
        store.set((s) => ({ ...s, view: 'documents' }));
        await refresh();
        await open(documentId);
      }),
  };
}
