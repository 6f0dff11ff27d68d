import { MAX_DROPPED_FILES, type OpenedFile } from '@shared/ipc/methods/corpusMethods';
import { IpcFailure, type Handlers } from '../ipc/createIpcRouter';
import { refuseIfTooLarge } from '../../node/files/refuseIfTooLarge';
import { SUPPORTED_TEXT_EXTENSIONS } from '../../node/files/extractText';
import { restoreBuiltinDocument } from './corpus/builtinDocument';
import { corpusEntryOf, listCorpus } from './corpus/corpusList';
import { describeEncoding, previewEncodings, reopenWithEncoding } from './corpus/documentEncoding';
import { importFileBytes, importFilePaths } from './corpus/importFiles';
import type { HandlerDeps } from './handlerDeps';
import { toIpcFailure } from './toIpcFailure';
import type { Translate } from '../../node/i18n/createTranslator';
import { speakerOf } from './speakerOf';

type CorpusHandlerNames =
  | 'openFiles'
  | 'openDroppedFiles'
  | 'listCorpus'
  | 'updateDocument'
  | 'removeDocument'
  | 'restoreDocument'
  | 'restoreDamaged'
  | 'restoreBuiltinDocument'
  | 'describeEncoding'
  | 'previewEncodings'
  | 'reopenWithEncoding';

/** Runs a store call, turning store errors into the IPC codes the renderer acts on. */
async function storeCall<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw toIpcFailure(error);
  }
}

/** The open dialog's filters, named in the user's language. */
const openFilters = (t: Translate) => [
  { name: t('main.fileDialog.texts'), extensions: Object.keys(SUPPORTED_TEXT_EXTENSIONS).map((e) => e.slice(1)) },
  { name: t('main.fileDialog.allFiles'), extensions: ['*'] },
];

/**
 * Handlers of the corpus: open files (dialog or dropped bytes, never a renderer path), list,
 * rename, set status, remove into the trash and restore, and decode a document again.
 */
export function createCorpusHandlers(deps: HandlerDeps): Pick<Handlers, CorpusHandlerNames> {
  const { store, settings } = deps;
  const forget = (documentId: string) => {
    const current = settings.get();
    settings.record({
      recentDocuments: current.recentDocuments.filter((id) => id !== documentId),
      ...(current.lastDocumentId === documentId ? { lastDocumentId: null } : {}),
    });
  };

  return {
    openFiles: async () => {
      const t = speakerOf(deps);
      const paths = await deps.dialogs.showOpen({ title: t('main.fileDialog.openTexts'), filters: openFilters(t), multiple: true });
      if (!paths || paths.length === 0) return { cancelled: true, files: [] };
      return { cancelled: false, files: await importFilePaths(deps, paths) };
    },
    openDroppedFiles: async ({ files }) => {
      const results: OpenedFile[] = [];
      for (const file of files.slice(0, MAX_DROPPED_FILES)) {
        if (file.bytes === null) {
          // The renderer reads no file above the cap; it sends the size so the refusal can say how large it is.
          const tooLarge = refuseIfTooLarge(file.size);
          results.push(
            tooLarge
              ? { ok: false, name: file.name, code: tooLarge.code, message: `“${file.name}” was not opened. ${tooLarge.message}` }
              : { ok: false, name: file.name, code: 'unreadable', message: `“${file.name}” could not be read.` },
          );
          continue;
        }
        results.push(await importFileBytes(deps, file.name, file.bytes));
      }
      return { cancelled: false, files: results };
    },
    listCorpus: () => storeCall(() => listCorpus(store)),
    updateDocument: ({ documentId, title, status }) =>
      storeCall(async () => {
        const meta = await store.updateMeta(documentId, { ...(title === undefined ? {} : { title }), ...(status === undefined ? {} : { status }) });
        return corpusEntryOf(store, meta);
      }),
    removeDocument: ({ documentId }) =>
      storeCall(async () => {
        const { documents } = await store.listDocuments();
        if (documents.length <= 1 && documents.some((d) => d.id === documentId)) {
          throw new IpcFailure('bad-request', 'This is the only document in the corpus; open another text before removing it.', { code: 'onlyDocument' });
        }
        const { trashId } = await store.removeDocument(documentId);
        forget(documentId);
        return { trashId };
      }),
    restoreDocument: ({ trashId }) => storeCall(async () => ({ documentId: (await store.restoreDocument(trashId)).id })),
    restoreDamaged: ({ documentId }) => storeCall(async () => ({ documentId: (await store.restoreDamaged(documentId)).meta.id })),
    restoreBuiltinDocument: () => storeCall(async () => ({ documentId: await restoreBuiltinDocument(deps) })),
    describeEncoding: ({ documentId }) => storeCall(() => describeEncoding(store, documentId)),
    previewEncodings: ({ documentId }) => storeCall(async () => ({ previews: await previewEncodings(store, documentId) })),
    reopenWithEncoding: ({ documentId, encoding }) =>
      storeCall(async () => {
        const result = await reopenWithEncoding(store, documentId, encoding);
        if (result.changed) forget(documentId);
        return result;
      }),
  };
}
