import type { Notice, OpenedDocument, SettingsView, ShellInfo } from '../../../shared/ipc/contract';
import { BUILTIN_ARTICLE_SOURCE, BUILTIN_ARTICLE_TEXT } from '../../../shared/corpus/builtinArticle';
import { titleFromText } from '../../../shared/text/titleFromText';
import type { Handlers } from '../ipc/createIpcRouter';
import type { DocumentStore } from '../store/createDocumentStore';
import type { StoreNotice } from '../store/storeNotice';
import type { SettingsPort } from '../settings/settingsPort';
import type { Settings } from '../settings/settingsSchema';
import type { SettingsNotice } from '../settings/settingsNotice';
import { toIpcFailure } from './toIpcFailure';

/** What the handlers need from the process around them; tests and the chromium host pass their own. */
export interface HandlerDeps {
  shellInfo(): ShellInfo;
  store: DocumentStore;
  settings: SettingsPort;
  startupNotices: StoreNotice[];
}

const RECENT_LIMIT = 10;

/** Narrows a store or settings notice to the plain data the renderer shows. */
export function toNotice(notice: StoreNotice | SettingsNotice): Notice {
  return {
    code: notice.code,
    severity: notice.severity,
    message: notice.message,
    ...('documentId' in notice && notice.documentId !== undefined ? { documentId: notice.documentId } : {}),
    ...('documentTitle' in notice && notice.documentTitle !== undefined ? { documentTitle: notice.documentTitle } : {}),
  };
}

/** The settings fields the renderer may see. */
function settingsView(settings: Settings): SettingsView {
  return { annotator: settings.annotator, snapToWords: settings.snapToWords, language: settings.language };
}

/** Creates every contract handler from explicit dependencies, shared by Electron and the test host. */
export function createHandlers(deps: HandlerDeps): Handlers {
  const { store, settings } = deps;
  let pendingStartupNotices = deps.startupNotices.map(toNotice);

  const open = async (documentId: string): Promise<OpenedDocument> => {
    const { meta, text } = await store.getDocument(documentId);
    const loaded = await store.loadAnnotations(documentId);
    const current = settings.get();
    settings.update({
      lastDocumentId: documentId,
      recentDocuments: [documentId, ...current.recentDocuments.filter((id) => id !== documentId)].slice(0, RECENT_LIMIT),
    });
    const scrollTop = current.lastScroll[documentId];
    return {
      document: { id: meta.id, title: meta.title, source: meta.source, text },
      annotations: [...loaded.annotations],
      rev: loaded.rev,
      readOnly: loaded.readOnly,
      notices: loaded.notices.map(toNotice),
      ...(scrollTop === undefined ? {} : { scrollTop }),
    };
  };

  const ensureBuiltin = async (): Promise<string> => {
    const { meta } = await store.putDocument({
      text: BUILTIN_ARTICLE_TEXT,
      title: titleFromText(BUILTIN_ARTICLE_TEXT),
      source: BUILTIN_ARTICLE_SOURCE,
      encoding: 'utf-8',
      language: 'de',
    });
    return meta.id;
  };

  return {
    getShellInfo: () => deps.shellInfo(),
    getSettings: () => ({ settings: settingsView(settings.get()), notices: settings.takeNotices().map(toNotice) }),
    updateSettings: (patch) => settingsView(settings.update(patch)),
    openStartDocument: async () => {
      const builtinId = await ensureBuiltin();
      const notices = pendingStartupNotices;
      pendingStartupNotices = [];
      const last = settings.get().lastDocumentId;
      let opened: OpenedDocument | null = null;
      if (last && last !== builtinId) opened = await open(last).catch(() => null);
      opened ??= await open(builtinId).catch((error: unknown) => {
        throw toIpcFailure(error);
      });
      return { ...opened, notices: [...notices, ...opened.notices] };
    },
    openDocument: async ({ documentId }) => open(documentId).catch((error: unknown) => {
      throw toIpcFailure(error);
    }),
    saveAnnotations: async ({ documentId, baseRev, annotations }) => {
      const annotator = settings.get().annotator || deps.shellInfo().userName;
      try {
        const saved = await store.saveAnnotations(documentId, { annotations, annotator, baseRev });
        return { rev: saved.rev, savedAt: saved.savedAt };
      } catch (error) {
        throw toIpcFailure(error);
      }
    },
    rememberScroll: ({ documentId, scrollTop }) => {
      const current = settings.get();
      settings.update({ lastScroll: { ...current.lastScroll, [documentId]: Math.round(scrollTop) } });
      return null;
    },
  };
}
