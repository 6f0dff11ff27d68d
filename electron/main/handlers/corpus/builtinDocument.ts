import { BUILTIN_ARTICLE_SOURCE, BUILTIN_ARTICLE_TEXT } from '@shared/corpus/builtinArticle';
import { documentIdOf } from '@shared/text/documentId';
import { titleFromText } from '@shared/text/titleFromText';
import type { HandlerDeps } from '../handlerDeps';

/** The built-in article's document id. */
export const BUILTIN_DOCUMENT_ID = documentIdOf(BUILTIN_ARTICLE_TEXT);

/** Puts the built-in article into the store (a no-op when it is there) and returns its id. */
export async function ensureBuiltinDocument(deps: Pick<HandlerDeps, 'store'>): Promise<string> {
  const { meta } = await deps.store.putDocument({
    text: BUILTIN_ARTICLE_TEXT,
    title: titleFromText(BUILTIN_ARTICLE_TEXT),
    source: BUILTIN_ARTICLE_SOURCE,
    encoding: 'utf-8',
    language: 'de',
  });
  return meta.id;
}

/**
 * The document to open when the last one is gone: the built-in article, put into the store on
 * first start; but once the user removed it (it is in the trash) and other documents exist, the
 * earliest of those, so a removed article does not come back by itself at every start. Only that
 * last case lists the corpus: the first start of a large imported store must not wait for it.
 */
export async function startFallbackDocument(deps: Pick<HandlerDeps, 'store'>): Promise<string> {
  // The usual case reads one small document, not every document's meta (a corpus may hold thousands).
  const present = await deps.store.getDocument(BUILTIN_DOCUMENT_ID).then(() => true, () => false);
  if (present) return BUILTIN_DOCUMENT_ID;
  const removed = (await deps.store.listTrash()).documents.some((d) => d.meta.id === BUILTIN_DOCUMENT_ID);
  // Not removed: put it in (or repair its folder, which putDocument does for a damaged text or meta).
  if (!removed) return ensureBuiltinDocument(deps);
  const { documents } = await deps.store.listDocuments();
  if (documents.some((d) => d.id === BUILTIN_DOCUMENT_ID)) return BUILTIN_DOCUMENT_ID;
  const earliest = [...documents].sort((a, b) => a.createdAt.localeCompare(b.createdAt))[0];
  return earliest ? earliest.id : ensureBuiltinDocument(deps);
}

/** Brings the built-in article back: its latest trashed copy with its annotations, else a fresh one. */
export async function restoreBuiltinDocument(deps: Pick<HandlerDeps, 'store'>): Promise<string> {
  const { documents } = await deps.store.listDocuments();
  if (documents.some((d) => d.id === BUILTIN_DOCUMENT_ID)) return BUILTIN_DOCUMENT_ID;
  const trashed = (await deps.store.listTrash()).documents.find((d) => d.meta.id === BUILTIN_DOCUMENT_ID);
  if (trashed) return (await deps.store.restoreDocument(trashed.trashId)).id;
  return ensureBuiltinDocument(deps);
}
