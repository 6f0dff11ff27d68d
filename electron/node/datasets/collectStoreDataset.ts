import type { Annotation } from '../../../shared/annotation/annotation';
import { DEFAULT_LABELS } from '../../../shared/annotation/labelSet';
import { TAGWERK_DATASET_FORMAT, TAGWERK_DATASET_VERSION, type DatasetDocument, type DatasetLabel, type TagwerkDataset } from '../../../shared/formats/datasetSchema';
import { formatProblemLine } from '../../../shared/formats/formatProblem';
import { validateTagwerkDataset } from '../../../shared/formats/validateTagwerkDataset';
import type { DocumentStore } from '../store/createDocumentStore';
import type { DocumentMeta } from '../store/documentMeta';
import { createUniqueIds } from './uniqueAnnotationIds';

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
  /** Called after each document is read (1-based count), so a long export can show progress. */
  readonly onDocument?: (done: number, total: number) => void;
}

/** A dataset read from the store, or why not; `warnings` are for stderr either way. */
export type StoreDatasetResult =
  | { readonly ok: true; readonly dataset: TagwerkDataset; readonly warnings: string[]; readonly annotators: string[] }
  | { readonly ok: false; readonly problems: string[]; readonly warnings: string[] };

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

async function annotationsOf(store: DocumentStore, meta: DocumentMeta, warnings: string[], colleagueSets: boolean): Promise<Annotation[]> {
  const mine = await store.loadAnnotations(meta.id);
  const colleagues = colleagueSets ? await store.listColleagueSets(meta.id) : { sets: [], notices: [] };
  for (const notice of [...mine.notices, ...colleagues.notices]) warnings.push(`note: ${notice.message}`);
  if (mine.readOnly) warnings.push(`${meta.id}: my annotations were saved by a newer Tagwerk; exported as far as this version reads them`);
  return [...mine.annotations, ...colleagues.sets.flatMap((s) => s.annotations)];
}

/**
 * Builds a tagwerk dataset from the store, read-only: the given documents with every set's
 * annotations (mine and each imported colleague's), each annotation keeping its `annotator`,
 * optionally only one annotator's or only my own set; ids made unique across the file (see createUniqueIds);
 * labels = Tagwerk's plus any other used. The result is validated like an import, so the CLI
 * never writes a file it would refuse to read.
 */
export async function collectStoreDataset(store: DocumentStore, options: StoreDatasetOptions): Promise<StoreDatasetResult> {
  const warnings: string[] = [];
  const ids = createUniqueIds();
  const annotators = new Set<string>();
  const documents: DatasetDocument[] = [];
  for (const meta of options.documents) {
    const { text } = await store.getDocument(meta.id);
    const annotations: Annotation[] = [];
    for (const a of await annotationsOf(store, meta, warnings, options.colleagueSets ?? true)) {
      if (options.annotator !== undefined && a.annotator !== options.annotator) {
        annotators.add(a.annotator);
        continue;
      }
      annotators.add(a.annotator);
      const taken = ids.take(meta.id, a);
      if (taken.renamed !== undefined) warnings.push(`${meta.id}: annotation id "${a.id}" of ${a.annotator} is also used by another annotation; exported as "${taken.renamed}"`);
      if (taken.annotation !== undefined) annotations.push(taken.annotation);
    }
    documents.push({ id: meta.id, title: meta.title, language: meta.language, source: exportSource(meta.source), text, annotations });
    options.onDocument?.(documents.length, options.documents.length);
  }
  const result = validateTagwerkDataset({
    format: TAGWERK_DATASET_FORMAT,
    version: TAGWERK_DATASET_VERSION,
    exportedAt: options.exportedAt,
    annotator: options.exporter,
    offsetUnit: 'codepoint',
    labels: labelsFor(documents),
    documents,
  });
  const sortedAnnotators = [...annotators].sort();
  if (!result.ok) return { ok: false, problems: result.problems.map((p) => `store: ${formatProblemLine(p)}`), warnings };
  return { ok: true, dataset: result.dataset, warnings, annotators: sortedAnnotators };
}
