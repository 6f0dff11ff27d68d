import pMap from 'p-map';
import type { Annotation } from '@shared/annotation/annotation';
import { documentIdOf } from '@shared/text/documentId';
import type { Relation } from '@shared/relation/relation';
import type { DatasetDocument, TagwerkDataset } from '@shared/formats/datasetSchema';
import { LIMITS } from '@shared/limits/limits';
import type { DocumentStore } from '../store/createDocumentStore';
import { StoreError } from '../store/storeError';
import type { DocumentMeta } from '../store/documentMeta';
import { createKeyedQueue } from '../store/keyedQueue';
import type { StoreNotice } from '../store/storeNotice';
import { mergeIntoMySet, type MergedSet } from './mergeIntoMySet';
import { storeColleagueSet, type StoredColleagueSetReport } from './storeColleagueSet';

/** What importing one document's annotations by me did to my set. */
export interface MySetReport {
  readonly annotator: string;
  /** My annotations in the file. */
  readonly imported: number;
  /** Of those, added to my set (the rest were there already, or conflicted). */
  readonly added: number;
  /** Imported annotations whose id is in my set with another span or label: the stored one was kept. */
  readonly conflicts: MergedSet['conflicts'];
  /** My relations in the file that were added to my set. */
  readonly relationsAdded: number;
  /** My relations in the file that were in my set already (same type and ends). */
  readonly relationsKept: number;
  /** My relations in the file that could not be kept (an end not added, a type or label pair Tagwerk does not allow). */
  readonly relationsDropped: number;
  /** My set was saved by a newer Tagwerk and was left untouched: nothing was added. */
  readonly refused: boolean;
  readonly notices: readonly StoreNotice[];
}

/** What importing one dataset document did: the document (new or already stored), my set, each colleague's set. */
export interface ImportedDocumentReport {
  readonly meta: DocumentMeta;
  readonly created: boolean;
  /** Length of the document's text in code points. */
  readonly characters: number;
  readonly mine: MySetReport | null;
  readonly colleagues: readonly StoredColleagueSetReport[];
}

function codePoints(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

async function importMySet(store: DocumentStore, id: string, me: string, imported: readonly Annotation[], relations: readonly Relation[]): Promise<MySetReport> {
  const loaded = await store.loadAnnotations(id);
  const base = { annotator: me, imported: imported.length, notices: loaded.notices };
  if (loaded.readOnly) return { ...base, added: 0, conflicts: [], relationsAdded: 0, relationsKept: 0, relationsDropped: relations.length, refused: true };
  const merged = mergeIntoMySet(loaded.annotations, imported, loaded.relations, relations);
  if (merged.added > 0 || merged.relationsAdded > 0) {
    // My stored relations go back with the set: a save without them would drop them.
    await store.saveAnnotations(id, { annotations: merged.annotations, relations: merged.relations, annotator: me, baseRev: loaded.rev });
  }
  return { ...base, added: merged.added, conflicts: merged.conflicts, relationsAdded: merged.relationsAdded, relationsKept: merged.relationsKept, relationsDropped: merged.relationsDropped.length, refused: false };
}

/** A document's annotations and relations grouped by annotator (a relation goes with its annotator's tags). */
function byAnnotator(document: DatasetDocument): Map<string, { annotations: Annotation[]; relations: Relation[] }> {
  const groups = new Map<string, { annotations: Annotation[]; relations: Relation[] }>();
  const groupOf = (annotator: string) => {
    const group = groups.get(annotator) ?? { annotations: [], relations: [] };
    groups.set(annotator, group);
    return group;
  };
  for (const a of document.annotations) groupOf(a.annotator).annotations.push(a);
  for (const r of document.relations ?? []) groupOf(r.annotator).relations.push(r);
  return groups;
}

/**
 * Refuses, before anything is written, a document whose tags or relations by one annotator are
 * more than one set may hold (LIMITS), because such a set could be imported but never saved again.
 */
function refuseOversizedSets(dataset: TagwerkDataset): void {
  dataset.documents.forEach((document, index) => {
    for (const [annotator, group] of byAnnotator(document)) {
      for (const [what, count, limit] of [['tags', group.annotations.length, LIMITS.annotationsPerSet], ['relations', group.relations.length, LIMITS.relationsPerSet]] as const) {
        if (count > limit) throw new StoreError('INVALID', `documents[${index}] holds ${count} ${what} by ${JSON.stringify(annotator.slice(0, 80))}, more than one set may hold (${limit}); nothing was imported.`);
      }
    }
  });
}

/** Adds one opened text file as a document (or finds it: same text, same id). */
export async function importText(store: DocumentStore, input: { file: string; text: string; title: string; encoding: string }): Promise<{ meta: DocumentMeta; created: boolean; characters: number }> {
  const { meta, created } = await store.putDocument({ text: input.text, title: input.title, source: input.file, encoding: input.encoding });
  return { meta, created, characters: codePoints(input.text) };
}

/**
 * Imports a validated tagwerk dataset whose texts the reader made canonical (see canonicalDataset):
 * each document by its text (a changed text is a new document; nothing is re-anchored), each annotation into the set of its `annotator` — mine
 * (`me`) merged into my annotations without touching stored work, every other annotator's stored
 * as that colleague's imported set (see storeColleagueSet for when one is replaced); relations go
 * with their annotator's tags, and those a set cannot hold are counted. Re-importing
 * the same file writes nothing. Returns per document what happened; the callers word it.
 */
export async function importDataset(store: DocumentStore, dataset: TagwerkDataset, me: string): Promise<ImportedDocumentReport[]> {
  refuseOversizedSets(dataset);
  // Several documents at once, so their durable writes overlap; one text's documents (the same id) still one after another.
  const sameText = createKeyedQueue();
  return pMap(dataset.documents, (document) => sameText.run(documentIdOf(document.text), () => importDocument(store, dataset, document, me)), { concurrency: IMPORT_CONCURRENCY });
}

/** How many documents an import writes at once: each waits for its fsyncs, which overlap well up to here. */
const IMPORT_CONCURRENCY = 8;

async function importDocument(store: DocumentStore, dataset: TagwerkDataset, document: DatasetDocument, me: string): Promise<ImportedDocumentReport> {
  const { meta, created } = await store.putDocument({ text: document.text, title: document.title, source: document.source, encoding: 'utf-8', language: document.language });
  let mine: MySetReport | null = null;
  const colleagues: StoredColleagueSetReport[] = [];
  for (const [annotator, { annotations, relations }] of byAnnotator(document)) {
    if (annotator === me) mine = await importMySet(store, meta.id, me, annotations, relations);
    else colleagues.push(await storeColleagueSet(store, meta.id, annotator, annotations, dataset.exportedAt, relations));
  }
  return { meta, created, characters: codePoints(document.text), mine, colleagues };
}
