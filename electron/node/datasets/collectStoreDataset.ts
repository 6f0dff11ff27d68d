import pMap from 'p-map';
import type { Annotation } from '@shared/annotation/annotation';
import type { Relation } from '@shared/relation/relation';
import { DEFAULT_RELATION_TYPES, relationTypesForLabels } from '@shared/relation/relationType';
import { DEFAULT_LABELS } from '@shared/annotation/labelSet';
import { TAGWERK_DATASET_FORMAT, TAGWERK_DATASET_VERSION, type DatasetDocument, type DatasetLabel, type TagwerkDataset } from '@shared/formats/datasetSchema';
import { formatProblemLine } from '@shared/formats/formatProblem';
import { validateTagwerkDataset } from '@shared/formats/validateTagwerkDataset';
import type { DocumentStore } from '../store/createDocumentStore';
import type { DocumentMeta } from '../store/documentMeta';
import { StoreError } from '../store/storeError';
import { createUniqueIds } from './uniqueAnnotationIds';
import type { DatasetNote } from '@shared/formats/noteFacts';
import type { StoreNotice } from '../store/storeNotice';

/** What to export and how to label the file. */
export interface StoreDatasetOptions {
  /** Documents to export, in order (see selectDocuments). */
  readonly documents: readonly DocumentMeta[];
  /** Only this annotator's annotations (from every set they appear in); all when undefined. */
  readonly annotator?: string;
  /** The file's top-level `annotator`: the filter's name or the exporting user. */
  readonly exporter: string;
  /** ISO time from the injected clock. */
  readonly exportedAt: string;
  /** Whether imported colleagues' sets are included (default true); false exports my own set only. */
  readonly colleagueSets?: boolean;
  /** Called after each document is read (1-based count, in the order reads finish), so a long export can show progress. */
  readonly onDocument?: (done: number, total: number) => void;
}

/** A document left out of an export because it is damaged: which one (title and id) and what is wrong. */
export interface SkippedDocument {
  readonly id: string;
  readonly title: string;
  readonly reason: string;
}

/** The note an export prints or shows for a skipped document, naming it by title and id. */
export function skippedDocumentNote(skipped: SkippedDocument): string {
  return `skipped "${skipped.title}" (${skipped.id}): ${skipped.reason}`;
}

/** A store notice met while reading, as an export or import note (its code worded by the window like the notice itself). */
export function storeNoticeNote(notice: StoreNotice): DatasetNote {
  return { message: `note: ${notice.message}`, facts: { code: 'storeNotice', notice: notice.code, file: notice.file ?? '', ...(notice.movedTo !== undefined && { movedTo: notice.movedTo }) } };
}

/** A dataset read from the store, or why not; `warnings` are for stderr either way; `skipped` lists damaged documents left out. */
export type StoreDatasetResult =
  | { readonly ok: true; readonly dataset: TagwerkDataset; readonly warnings: DatasetNote[]; readonly annotators: string[]; readonly skipped: SkippedDocument[] }
  | { readonly ok: false; readonly problems: string[]; readonly warnings: DatasetNote[]; readonly skipped: SkippedDocument[] };

function labelsFor(documents: readonly DatasetDocument[]): DatasetLabel[] {
  const labels = DEFAULT_LABELS.map((l) => ({ id: l.id, name: l.name }));
  const known = new Set(labels.map((l) => l.id));
  for (const a of documents.flatMap((d) => d.annotations)) {
    if (!known.has(a.label)) labels.push({ id: a.label, name: a.label });
    known.add(a.label);
  }
  return labels;
}

/** The stored source as the dataset allows it: a base name (or builtin:…) without path characters, at most 255 long. */
export function exportSource(source: string): string {
  const builtin = source.startsWith('builtin:') ? 'builtin:' : '';
  // eslint-disable-next-line no-control-regex -- a NUL must never reach a file name
  const name = source.slice(builtin.length).replace(/[/\\:\u0000]/g, '_').slice(0, 255 - builtin.length);
  return name === '' || name === '.' || name === '..' ? `${builtin}document` : `${builtin}${name}`;
}

/** One stored set of a document: its annotations and the relations between them. */
interface StoredSet {
  readonly annotations: readonly Annotation[];
  readonly relations: readonly Relation[];
}

/** One document as read for the export: its text and sets with the notes they raised, or why it is skipped. */
type ReadDocument = { readonly ok: true; readonly text: string; readonly sets: StoredSet[]; readonly notes: DatasetNote[] } | { readonly ok: false; readonly reason: string };

/** How many documents an export reads at once: enough to overlap the disk's waits, few enough for the fd limit. */
const READ_CONCURRENCY = 16;

async function readDocument(store: DocumentStore, meta: DocumentMeta, colleagueSets: boolean): Promise<ReadDocument> {
  try {
    const read = await store.readDocumentSets(meta.id, colleagueSets);
    const notes: DatasetNote[] = [...read.mine.notices, ...read.colleagues.notices].map(storeNoticeNote);
    if (read.mine.readOnly) notes.push({ message: `${meta.id}: my annotations were saved by a newer Tagwerk; exported as far as this version reads them`, facts: { code: 'mineReadOnly', id: meta.id } });
    return { ok: true, text: read.text, sets: [read.mine, ...read.colleagues.sets], notes };
  } catch (error) {
    // One damaged document (text no longer matching its id, a folder where a file should be)
    // must not cost the whole export: it is left out and named.
    return { ok: false, reason: damageOf(error) };
  }
}

/** A set's relations with their ends renamed as the export renamed the annotations, and their ids made unique in the file. */
function exportedRelations(relations: readonly Relation[], renamed: ReadonlyMap<string, string>, takenIds: Set<string>): Relation[] {
  return relations.map((r) => {
    let id = r.id;
    for (let n = 2; takenIds.has(id); n++) id = `${r.id}~${r.annotator}${n === 2 ? '' : `~${n}`}`;
    takenIds.add(id);
    return { ...r, id, from: renamed.get(r.from) ?? r.from, to: renamed.get(r.to) ?? r.to };
  });
}

/**
 * Builds a tagwerk dataset from the store, read-only: the given documents with every set's
 * annotations and relations (mine and each imported colleague's), each keeping its `annotator`,
 * optionally only one annotator's or only my own set; ids made unique across the file (see createUniqueIds);
 * labels = Tagwerk's plus any other used. The result is validated like an import, so the CLI
 * never writes a file it would refuse to read.
 */
export async function collectStoreDataset(store: DocumentStore, options: StoreDatasetOptions): Promise<StoreDatasetResult> {
  const warnings: DatasetNote[] = [];
  const ids = createUniqueIds();
  const relationIds = new Set<string>();
  const annotators = new Set<string>();
  const documents: DatasetDocument[] = [];
  const skipped: SkippedDocument[] = [];
  let done = 0;
  // Documents are read several at a time (the disk waits overlap) and put together in order, so ids and notes come out as from one pass.
  const reads = await pMap(
    options.documents,
    async (meta) => {
      const read = await readDocument(store, meta, options.colleagueSets ?? true);
      options.onDocument?.((done += 1), options.documents.length);
      return read;
    },
    { concurrency: READ_CONCURRENCY },
  );
  for (const [at, meta] of options.documents.entries()) {
    const read = reads[at] as ReadDocument;
    if (!read.ok) {
      skipped.push({ id: meta.id, title: meta.title, reason: read.reason });
      continue;
    }
    const { text, sets } = read;
    warnings.push(...read.notes);
    const annotations: Annotation[] = [];
    const relations: Relation[] = [];
    for (const set of sets) {
      const renamed = new Map<string, string>();
      for (const a of set.annotations) {
        annotators.add(a.annotator);
        if (options.annotator !== undefined && a.annotator !== options.annotator) continue;
        const taken = ids.take(meta.id, a);
        if (taken.renamed !== undefined) {
          renamed.set(a.id, taken.renamed);
          warnings.push({
            message: `${meta.id}: annotation id "${a.id}" of ${a.annotator} is also used by another annotation; exported as "${taken.renamed}"`,
            facts: { code: 'idRenamed', id: meta.id, annotator: a.annotator, original: a.id, renamed: taken.renamed },
          });
        }
        if (taken.annotation !== undefined) annotations.push(taken.annotation);
      }
      const own = set.relations.filter((r) => options.annotator === undefined || r.annotator === options.annotator);
      relations.push(...exportedRelations(own, renamed, relationIds));
    }
    documents.push({ id: meta.id, title: meta.title, language: meta.language, source: exportSource(meta.source), text, annotations, relations });
  }
  const validate = (docs: readonly DatasetDocument[]) => {
    const labels = labelsFor(docs);
    return validateTagwerkDataset({
      format: TAGWERK_DATASET_FORMAT,
      version: TAGWERK_DATASET_VERSION,
      exportedAt: options.exportedAt,
      annotator: options.exporter,
      offsetUnit: 'codepoint',
      labels,
      relationTypes: relationTypesForLabels(DEFAULT_RELATION_TYPES, labels.map((l) => l.id)),
      documents: docs,
    });
  };
  let result = validate(documents);
  if (!result.ok) {
    // A document the checks refuse is skipped with its first problem; the rest are checked again.
    const refused = new Map<number, string>();
    for (const problem of result.problems) {
      const index = /^documents\[(\d+)\]/.exec(problem.path)?.[1];
      if (index !== undefined && !refused.has(Number(index))) refused.set(Number(index), formatProblemLine(problem));
    }
    const kept = documents.filter((_, i) => !refused.has(i));
    if (refused.size > 0 && kept.length > 0) {
      for (const [i, reason] of refused) skipped.push({ id: documents[i]?.id ?? '', title: documents[i]?.title ?? '', reason: `fails the dataset checks (${reason})` });
      result = validate(kept);
    }
  }
  const sortedAnnotators = [...annotators].sort();
  if (!result.ok) return { ok: false, problems: result.problems.map((p) => `store: ${formatProblemLine(p)}`), warnings, skipped };
  return { ok: true, dataset: result.dataset, warnings, annotators: sortedAnnotators, skipped };
}

/** What is wrong with a document the store could not read, in words for the note. */
function damageOf(error: unknown): string {
  if (error instanceof StoreError && error.cause instanceof Error && !error.message.includes(error.cause.message)) return `${error.message}: ${error.cause.message}`;
  return error instanceof Error ? error.message : String(error);
}
