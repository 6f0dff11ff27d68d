import type { OpenedDocument } from '@shared/ipc/contract';
import type { Handlers } from '../ipc/createIpcRouter';
import { MAX_RECENT_DOCUMENTS } from '../../node/settings/settingsSchema';
import { startFallbackDocument } from './corpus/builtinDocument';
import { toNotice, type HandlerDeps } from './handlerDeps';
import { toIpcFailure } from './toIpcFailure';
import { canonicalAnnotator } from '@shared/text/canonicalAnnotator';

/** Opens a stored document with my annotations and remembers it as the last and most recent one. */
export async function openStoredDocument(deps: Pick<HandlerDeps, 'store' | 'settings'>, documentId: string): Promise<OpenedDocument> {
  const { store, settings } = deps;
  const { meta, text } = await store.getDocument(documentId);
  const loaded = await store.loadAnnotations(documentId);
  const current = settings.get();
  // Recorded, not written through: the open never waits for settings.json's fsync (written within a second, and on quit).
  settings.record({
    lastDocumentId: documentId,
    recentDocuments: [documentId, ...current.recentDocuments.filter((id) => id !== documentId)].slice(0, MAX_RECENT_DOCUMENTS),
  });
  const scrollTop = current.lastScroll[documentId];
  const scrollAnchor = current.lastScrollAnchor[documentId];
  return {
    document: { id: meta.id, title: meta.title, source: meta.source, text },
    annotations: [...loaded.annotations],
    relations: [...loaded.relations],
    rev: loaded.rev,
    readOnly: loaded.readOnly,
    notices: loaded.notices.map(toNotice),
    ...(scrollTop === undefined ? {} : { scrollTop }),
    ...(scrollAnchor === undefined ? {} : { scrollAnchor }),
  };
}

/** Handlers for opening documents and saving my annotations. */
export function createDocumentHandlers(
  deps: HandlerDeps,
): Pick<Handlers, 'openStartDocument' | 'openDocument' | 'saveAnnotations' | 'rememberScroll'> {
  const { store, settings } = deps;
  let pendingStartupNotices = deps.startupNotices.map(toNotice);
  const takePending = () => {
    const notices = pendingStartupNotices;
    pendingStartupNotices = [];
    return notices;
  };
  let afterStart = deps.afterStart;
  // Runs once, after the start document's answer is ready, so the window never waits for it.
  const startLater = () => {
    const run = afterStart;
    afterStart = undefined;
    if (run === undefined) return;
    setImmediate(() => {
      run().then(
        (notices) => void pendingStartupNotices.push(...notices.map(toNotice)),
        () => undefined,
      );
    });
  };
  const open = (documentId: string) =>
    openStoredDocument(deps, documentId).catch((error: unknown) => {
      throw toIpcFailure(error);
    });

  return {
    openStartDocument: async () => {
      // The built-in article, unless the user removed it while other documents exist.
      const builtinId = await startFallbackDocument(deps);
      const notices = takePending();
      const last = settings.get().lastDocumentId;
      try {
        const opened = (last && last !== builtinId ? await open(last).catch(() => null) : null) ?? (await open(builtinId));
        return { ...opened, notices: [...notices, ...opened.notices] };
      } finally {
        startLater();
      }
    },
    openDocument: async ({ documentId }) => {
      const opened = await open(documentId);
      const notices = takePending();
      return notices.length === 0 ? opened : { ...opened, notices: [...notices, ...opened.notices] };
    },
    saveAnnotations: async ({ documentId, baseRev, annotations, relations }) => {
      const annotator = canonicalAnnotator(settings.get().annotator || deps.shellInfo().userName);
      try {
        const saved = await store.saveAnnotations(documentId, { annotations, relations, annotator, baseRev });
        return { rev: saved.rev, savedAt: saved.savedAt };
      } catch (error) {
        throw toIpcFailure(error);
      }
    },
    rememberScroll: ({ documentId, scrollTop, anchor }) => {
      const current = settings.get();
      const { [documentId]: _old, ...otherAnchors } = current.lastScrollAnchor;
      settings.record({
        lastScroll: { ...current.lastScroll, [documentId]: Math.round(scrollTop) },
        lastScrollAnchor: anchor === undefined ? otherAnchors : { ...otherAnchors, [documentId]: { codePoint: anchor.codePoint, offset: Math.round(anchor.offset) } },
      });
      return null;
    },
  };
}
