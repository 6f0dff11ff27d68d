import type { Annotation } from '../../../shared/annotation/annotation';
import type { DatasetDocument, TagwerkDataset } from '../../../shared/formats/datasetSchema';
import type { DocumentStore } from '../store/createDocumentStore';
import type { DocumentMeta } from '../store/documentMeta';
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

async function importMySet(store: DocumentStore, id: string, me: string, imported: readonly Annotation[]): Promise<MySetReport> {
  const loaded = await store.loadAnnotations(id);
  const base = { annotator: me, imported: imported.length, notices: loaded.notices };
  if (loaded.readOnly) return { ...base, added: 0, conflicts: [], refused: true };
  const merged = mergeIntoMySet(loaded.annotations, imported);
  if (merged.added > 0) await store.saveAnnotations(id, { annotations: merged.annotations, annotator: me, baseRev: loaded.rev });
  return { ...base, added: merged.added, conflicts: merged.conflicts, refused: false };
}

function byAnnotator(document: DatasetDocument): Map<string, Annotation[]> {
  const groups = new Map<string, Annotation[]>();
  for (const a of document.annotations) {
    const group = groups.get(a.annotator) ?? [];
    if (group.length === 0) groups.set(a.annotator, group);
    group.push(a);
  }
  return groups;
}

/** Adds one opened text file as a document (or finds it: same text, same id). */
export async function importText(store: DocumentStore, input: { file: string; text: string; title: string; encoding: string }): Promise<{ meta: DocumentMeta; created: boolean; characters: number }> {
  const { meta, created } = await store.putDocument({ text: input.text, title: input.title, source: input.file, encoding: input.encoding });
  return { meta, created, characters: codePoints(input.text) };
}

/**
 * Imports a validated tagwerk dataset as it is: each document by its text (a changed text is a
 * new document; nothing is re-anchored), each annotation into the set of its `annotator` — mine
 * (`me`) merged into my annotations without touching stored work, every other annotator's stored
 * as that colleague's imported set (see storeColleagueSet for when one is replaced). Re-importing
 * the same file writes nothing. Returns per document what happened; the callers word it.
 */
export async function importDataset(store: DocumentStore, dataset: TagwerkDataset, me: string): Promise<ImportedDocumentReport[]> {
  const reports: ImportedDocumentReport[] = [];
  for (const document of dataset.documents) {
    const { meta, created } = await store.putDocument({ text: document.text, title: document.title, source: document.source, encoding: 'utf-8', language: document.language });
    let mine: MySetReport | null = null;
    const colleagues: StoredColleagueSetReport[] = [];
    for (const [annotator, annotations] of byAnnotator(document)) {
      if (annotator === me) mine = await importMySet(store, meta.id, me, annotations);
      else colleagues.push(await storeColleagueSet(store, meta.id, annotator, annotations, dataset.exportedAt));
    }
    reports.push({ meta, created, characters: codePoints(document.text), mine, colleagues });
  }
  return reports;
}
