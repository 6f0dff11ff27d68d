import type { Annotation } from '../../shared/annotation/annotation';
import { sortAnnotations } from '../../shared/annotation/annotationList';
import { CURRENT_SCHEMA_VERSION } from '../../shared/annotation/annotationSet';
import type { DatasetDocument, TagwerkDataset } from '../../shared/formats/datasetSchema';
import type { DocumentStore } from '../main/store/createDocumentStore';
import type { DocumentMeta } from '../main/store/documentMeta';
import type { StoreNotice } from '../main/store/storeNotice';
import { mergeIntoMySet } from './mergeIntoMySet';
import { plural } from './plural';

/** Where an import reports: a result line (stdout), a warning (stderr), a failure (stderr, exit 1). */
export interface ImportOutput {
  line(text: string): void;
  warn(text: string): void;
  fail(text: string): void;
}

function codePoints(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

function documentLine(meta: DocumentMeta, text: string, created: boolean, where: string): string {
  return `${meta.id}  ${meta.encoding}  ${codePoints(text)} characters  ${created ? 'added' : 'already stored'}  ${where}`;
}

function reportNotices(notices: readonly StoreNotice[], out: ImportOutput): void {
  for (const notice of notices) out.warn(`note: ${notice.message}`);
}

/** Adds one opened text file as a document (or finds it: same text, same id) and prints its line. */
export async function importText(store: DocumentStore, input: { file: string; text: string; title: string; encoding: string; warnings: readonly string[] }, out: ImportOutput): Promise<void> {
  const { meta, created } = await store.putDocument({ text: input.text, title: input.title, source: input.file, encoding: input.encoding });
  out.line(documentLine(meta, input.text, created, input.file));
  for (const warning of input.warnings) out.warn(`${input.file}: warning: ${warning}`);
}

/** Canonical JSON of an annotation (keys sorted), so stored and imported copies compare by content. */
function canonical(a: Annotation): string {
  return JSON.stringify(Object.fromEntries(Object.entries(a).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))));
}

function sameAnnotations(x: readonly Annotation[], y: readonly Annotation[]): boolean {
  if (x.length !== y.length) return false;
  const ys = sortAnnotations(y);
  return sortAnnotations(x).every((a, i) => canonical(a) === canonical(ys[i] as Annotation));
}

/** What importing one document's annotations by me did to my set. */
export interface MySetReport {
  readonly annotator: string;
  /** My annotations in the file. */
  readonly imported: number;
  /** Of those, added to my set (the rest were there already, or conflicted). */
  readonly added: number;
  /** Imported ids already used in my set by another span or label: the stored one was kept. */
  readonly conflicts: number;
  /** My set was saved by a newer Tagwerk and was left untouched: nothing was added. */
  readonly refused: boolean;
}

/** What importing one colleague's annotations of a document did. */
export interface ColleagueSetReport {
  readonly annotator: string;
  readonly annotations: number;
  /** stored: a first import; replaced: an older import was replaced; unchanged: the same set was there; kept-newer: a newer import was kept. */
  readonly outcome: 'stored' | 'replaced' | 'unchanged' | 'kept-newer';
}

/** What importing one dataset document did: the document (new or already stored), my set, each colleague's set. */
export interface ImportedDocumentReport {
  readonly id: string;
  readonly title: string;
  readonly created: boolean;
  readonly mine: MySetReport | null;
  readonly colleagues: readonly ColleagueSetReport[];
}

async function importMySet(store: DocumentStore, id: string, me: string, imported: readonly Annotation[], out: ImportOutput): Promise<MySetReport> {
  const loaded = await store.loadAnnotations(id);
  reportNotices(loaded.notices, out);
  if (loaded.readOnly) {
    out.fail(`${id}: my annotations there come from a newer Tagwerk and are never overwritten; ${imported.length} annotation(s) by ${me} were not imported`);
    return { annotator: me, imported: imported.length, added: 0, conflicts: 0, refused: true };
  }
  const merged = mergeIntoMySet(loaded.annotations, imported);
  for (const { imported: a, stored } of merged.conflicts) {
    out.warn(`${id}: annotation id "${a.id}" is already in my set as ${stored.label} ${stored.start}..${stored.end}; the stored one was kept, the imported ${a.label} ${a.start}..${a.end} was not added`);
  }
  if (merged.added > 0) await store.saveAnnotations(id, { annotations: merged.annotations, annotator: me, baseRev: loaded.rev });
  const kept = imported.length - merged.added;
  out.line(`  my set (${me}): ${merged.added} added${kept > 0 ? `, ${kept} already there or kept` : ''}`);
  return { annotator: me, imported: imported.length, added: merged.added, conflicts: merged.conflicts.length, refused: false };
}

async function importColleagueSet(store: DocumentStore, id: string, annotator: string, imported: readonly Annotation[], exportedAt: string, out: ImportOutput): Promise<ColleagueSetReport> {
  const { sets, notices } = await store.listColleagueSets(id);
  reportNotices(notices, out);
  const existing = sets.find((s) => s.annotator === annotator);
  const report = (outcome: ColleagueSetReport['outcome']): ColleagueSetReport => ({ annotator, annotations: imported.length, outcome });
  if (existing !== undefined && sameAnnotations(existing.annotations, imported)) {
    out.line(`  ${annotator}'s set: ${plural(imported.length, 'annotation')}, unchanged`);
    return report('unchanged');
  }
  if (existing !== undefined && Date.parse(existing.savedAt) > Date.parse(exportedAt)) {
    out.warn(`${id}: the store holds a newer import of ${annotator}'s set (from ${existing.savedAt}); this file's (exported ${exportedAt}) was not imported`);
    return report('kept-newer');
  }
  await store.putColleagueSet(id, {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    documentId: id,
    textSha256: id.slice('sha256:'.length),
    offsetUnit: 'codepoint',
    rev: (existing?.rev ?? 0) + 1,
    savedAt: exportedAt,
    annotator,
    annotations: sortAnnotations(imported),
    relations: [],
  });
  out.line(`  ${annotator}'s set: ${plural(imported.length, 'annotation')} ${existing === undefined ? 'stored' : `replace the earlier import (${existing.annotations.length})`}`);
  return report(existing === undefined ? 'stored' : 'replaced');
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

/**
 * Imports a validated tagwerk dataset as it is: each document by its text (a changed text is a
 * new document; nothing is re-anchored), each annotation into the set of its `annotator` — mine
 * (`me`) merged into annotations.json without touching stored work, every other annotator's
 * stored as that colleague's imported set (replacing an older import, never a newer one).
 * Re-importing the same file writes nothing. Prints to `out` (the CLI) and returns the same as
 * data per document (the app's import dialog and review build on it).
 */
export async function importDataset(store: DocumentStore, file: string, dataset: TagwerkDataset, me: string, out: ImportOutput): Promise<ImportedDocumentReport[]> {
  const reports: ImportedDocumentReport[] = [];
  for (const [index, document] of dataset.documents.entries()) {
    const { meta, created } = await store.putDocument({ text: document.text, title: document.title, source: document.source, encoding: 'utf-8', language: document.language });
    out.line(documentLine(meta, document.text, created, `${file} [document ${index + 1}: ${document.title}]`));
    let mine: MySetReport | null = null;
    const colleagues: ColleagueSetReport[] = [];
    for (const [annotator, annotations] of byAnnotator(document)) {
      if (annotator === me) mine = await importMySet(store, meta.id, me, annotations, out);
      else colleagues.push(await importColleagueSet(store, meta.id, annotator, annotations, dataset.exportedAt, out));
    }
    reports.push({ id: meta.id, title: meta.title, created, mine, colleagues });
  }
  return reports;
}
