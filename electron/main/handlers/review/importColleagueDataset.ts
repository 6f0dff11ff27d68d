import type { Annotation } from '@shared/annotation/annotation';
import type { Relation } from '@shared/relation/relation';
import type { DatasetDocument, TagwerkDataset } from '@shared/formats/datasetSchema';
import type { Migration, StoredColleagueSet } from '@shared/ipc/methods/reviewMethods';
import type { ReanchorResult } from '@shared/review/reanchor';
import { reanchoredAnnotation } from '@shared/review/reanchoredAnnotation';
import { reanchorInProcess, type ReanchorProgress, type Reanchorer } from '../../../node/reanchor/createWorkerReanchorer';
import type { DocumentStore } from '../../../node/store/createDocumentStore';
import { storeColleagueSet } from '../../../node/datasets/storeColleagueSet';
import { findMatchingDocument } from './findMatchingDocument';

/** A migration as main keeps it until the user resolves it: the re-anchor results and my text. */
export interface PendingMigration {
  readonly view: Migration;
  readonly results: readonly ReanchorResult[];
  readonly text: string;
  readonly savedAt: string;
  /** The colleague's relations between the migrated tags: stored with the rows accepted, where both ends were. */
  readonly relations: readonly Relation[];
}

/** What an import did, before the user resolves its migrations. */
export interface ColleagueImport {
  readonly stored: StoredColleagueSet[];
  readonly pending: PendingMigration[];
  readonly skippedOwn: number;
}

function byAnnotator(annotations: readonly Annotation[]): Map<string, Annotation[]> {
  const groups = new Map<string, Annotation[]>();
  for (const a of annotations) {
    const group = groups.get(a.annotator) ?? [];
    if (group.length === 0) groups.set(a.annotator, group);
    group.push(a);
  }
  return groups;
}

/** The relations of one annotator in a dataset document. */
const relationsBy = (doc: DatasetDocument, annotator: string): Relation[] => (doc.relations ?? []).filter((r) => r.annotator === annotator);

function migrationRows(results: readonly ReanchorResult[], text: string): Migration['rows'] {
  return results.map((r, index) => {
    const placed = reanchoredAnnotation(r, text);
    return {
      index,
      label: r.annotation.label,
      status: r.status,
      ...(r.score === undefined ? {} : { score: r.score }),
      oldStart: r.annotation.start,
      oldEnd: r.annotation.end,
      oldText: r.annotation.text,
      ...(placed === undefined ? {} : { start: placed.start, end: placed.end, text: placed.text }),
    };
  });
}

/**
 * Imports the colleagues' spans of a validated dataset (spans by `me` are skipped and counted):
 * a document whose text is stored gets each colleague's spans as their set at once; one whose
 * text is not stored but whose title or source matches a stored document is re-anchored onto
 * that document's text by `reanchor` (a worker in the app) and returned as a pending migration
 * (nothing stored until resolved);
 * any other document is added to the store with the colleague sets on it. `progressFor` gives
 * each re-anchoring job (one annotator's set) its progress listener, told `0 of n` before it starts.
 */
export async function importColleagueDataset(
  store: DocumentStore,
  dataset: TagwerkDataset,
  me: string,
  newMigrationId: () => string,
  reanchor: Reanchorer = reanchorInProcess,
  progressFor?: (annotator: string) => ReanchorProgress,
): Promise<ColleagueImport> {
  const stored: StoredColleagueSet[] = [];
  const pending: PendingMigration[] = [];
  let skippedOwn = 0;
  const { documents: metas } = await store.listDocuments();
  const savedAt = dataset.exportedAt;
  const storeAll = async (documentId: string, title: string, groups: Map<string, Annotation[]>, addedDocument: boolean, doc: DatasetDocument) => {
    for (const [annotator, annotations] of groups) {
      const { outcome } = await storeColleagueSet(store, documentId, annotator, annotations, savedAt, relationsBy(doc, annotator));
      stored.push({ documentId, title, annotator, count: annotations.length, outcome, addedDocument });
    }
  };
  for (const doc of dataset.documents) {
    const groups = byAnnotator(doc.annotations);
    skippedOwn += groups.get(me)?.length ?? 0;
    groups.delete(me);
    if (groups.size === 0) continue;
    const same = metas.find((m) => m.id === doc.id);
    if (same !== undefined) {
      await storeAll(same.id, same.title, groups, false, doc);
      continue;
    }
    const match = findMatchingDocument(metas, doc);
    if (match === undefined) {
      const { meta } = await addDocument(store, doc);
      await storeAll(meta.id, meta.title, groups, true, doc);
      continue;
    }
    const { text } = await store.getDocument(match.meta.id);
    for (const [annotator, annotations] of groups) {
      const onProgress = progressFor?.(annotator);
      onProgress?.(0, annotations.length);
      const results = await reanchor(annotations, text, { oldText: doc.text }, onProgress);
      const view: Migration = {
        migrationId: newMigrationId(),
        documentId: match.meta.id,
        documentTitle: match.meta.title,
        annotator,
        theirTitle: doc.title,
        theirSource: doc.source,
        matchedBy: match.matchedBy,
        rows: migrationRows(results, text),
      };
      pending.push({ view, results, text, savedAt, relations: relationsBy(doc, annotator) });
    }
  }
  return { stored, pending, skippedOwn };
}

function addDocument(store: DocumentStore, doc: DatasetDocument) {
  return store.putDocument({ text: doc.text, title: doc.title, source: doc.source, encoding: 'utf-8', language: doc.language });
}
