import { BUILTIN_ARTICLE_SOURCE } from '@shared/corpus/builtinArticle';
import type { Corpus, CorpusEntry, DamagedEntry } from '@shared/ipc/methods/corpusMethods';
import type { DocumentStore } from '../../../node/store/createDocumentStore';
import { documentStatusOf, type DocumentMeta } from '../../../node/store/documentMeta';
import type { IndexedDocument } from '../../../node/store/storeIndexFile';
import { toNotice } from '../handlerDeps';
import { labelCountList } from '@shared/annotation/countLabels';
import { compareCodeUnits } from '@shared/text/compareCodeUnits';

/** True for the built-in article's meta (its source is `builtin:…`). */
export function isBuiltinSource(source: string): boolean {
  return source === BUILTIN_ARTICLE_SOURCE || source.startsWith('builtin:');
}

/** One corpus row: the meta's fields the sidebar shows plus the index's summary of text and tags. */
function entryOf(meta: DocumentMeta, summary: Pick<IndexedDocument, 'characters' | 'labelCounts'>): CorpusEntry {
  return {
    id: meta.id,
    title: meta.title,
    source: meta.source,
    encoding: meta.encoding,
    status: documentStatusOf(meta),
    builtin: isBuiltinSource(meta.source),
    characters: summary.characters,
    labelCounts: summary.labelCounts === null ? null : labelCountList(summary.labelCounts),
    createdAt: meta.createdAt,
  };
}

/**
 * A damaged folder's row: restorable when the store kept a copy of what is damaged (a last good
 * meta for meta.json, annotations.json.bak for annotations.json); a damaged text has none.
 */
function damagedOf(d: IndexedDocument): DamagedEntry[] {
  if (d.damage === null) return [];
  const aside = [...(d.aside ?? [])];
  const kept = d.damage.code.startsWith('meta-') ? d.keptMeta != null : d.damage.code === 'annotations-damaged' && aside.includes('annotations.json.bak');
  return [{ id: d.id, title: d.meta?.title ?? d.keptMeta?.title ?? null, code: d.damage.code, detail: d.damage.detail.slice(0, 300), aside, restorable: kept }];
}

/** One document's corpus row (after a rename or a status change), from the summary index. */
export async function corpusEntryOf(store: DocumentStore, meta: DocumentMeta): Promise<CorpusEntry> {
  return entryOf(meta, await store.summarizeDocument(meta.id));
}

/**
 * The whole corpus for the sidebar, answered from the store's summary index (no document file
 * is read when nothing changed, and the first list does not wait for every entry's check): documents in a stable order (as imported, so renaming or
 * setting a status never moves a row), the trash newest first, and notices about skipped folders.
 */
export async function listCorpus(store: DocumentStore): Promise<Corpus> {
  // Answered from index.json as read; what the check of its entries corrects arrives as `documentsChanged`.
  const [listed, trash] = await Promise.all([store.listSummaries({ unchecked: true }), store.listTrash()]);
  const documents = listed.documents
    .flatMap((d) => (d.meta === null ? [] : [entryOf(d.meta, d)]))
    .sort((a, b) => compareCodeUnits(a.createdAt, b.createdAt) || compareCodeUnits(a.id, b.id));
  const damaged = listed.documents.flatMap(damagedOf);
  // A damaged folder is a row of its own now; the store's "not listed" notice for it would contradict the row.
  const rowed = new Set(damaged.map((d) => d.id));
  const notices = listed.notices.filter((n) => !(n.code === 'document-skipped' && n.documentId !== undefined && rowed.has(n.documentId)));
  return {
    documents,
    damaged,
    trash: trash.documents.map(({ trashId, meta, removedAt }) => ({
      trashId,
      id: meta.id,
      title: meta.title,
      source: meta.source,
      builtin: isBuiltinSource(meta.source),
      removedAt,
    })),
    notices: [...notices, ...trash.notices].map(toNotice),
  };
}
