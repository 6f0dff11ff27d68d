import type { TagwerkDataset } from '@shared/formats/datasetSchema';
import type { ImportedDocumentReport, MySetReport } from '../node/datasets/importDataset';
import type { StoredColleagueSetReport } from '../node/datasets/storeColleagueSet';
import type { DocumentMeta } from '../node/store/documentMeta';
import type { StoreNotice } from '../node/store/storeNotice';
import { plural } from './plural';

/** Where an import reports: a result line (stdout), a warning (stderr), a failure (stderr, exit 1). */
export interface ImportOutput {
  line(text: string): void;
  warn(text: string): void;
  fail(text: string): void;
}

/** One stdout line per document: id, encoding, length in code points, added or already stored, and where it came from. */
export function documentLine(report: { meta: DocumentMeta; created: boolean; characters: number }, where: string): string {
  return `${report.meta.id}  ${report.meta.encoding}  ${report.characters} characters  ${report.created ? 'added' : 'already stored'}  ${where}`;
}

function printNotices(notices: readonly StoreNotice[], out: ImportOutput): void {
  for (const notice of notices) out.warn(`note: ${notice.message}`);
}

function printMySet(id: string, mine: MySetReport, out: ImportOutput): void {
  printNotices(mine.notices, out);
  if (mine.refused) {
    out.fail(`${id}: my annotations there come from a newer Tagwerk and are never overwritten; ${mine.imported} annotation(s) by ${mine.annotator} were not imported`);
    return;
  }
  for (const { imported: a, stored } of mine.conflicts) {
    out.warn(`${id}: annotation id "${a.id}" is already in my set as ${stored.label} ${stored.start}..${stored.end}; the stored one was kept, the imported ${a.label} ${a.start}..${a.end} was not added`);
  }
  const kept = mine.imported - mine.added;
  const relations = `${mine.relationsAdded > 0 ? `; ${plural(mine.relationsAdded, 'relation')} added` : ''}${mine.relationsKept > 0 ? `; ${plural(mine.relationsKept, 'relation')} already there` : ''}`;
  out.line(`  my set (${mine.annotator}): ${mine.added} added${kept > 0 ? `, ${kept} already there or kept` : ''}${relations}`);
  if (mine.relationsDropped > 0) out.warn(`${id}: ${plural(mine.relationsDropped, 'relation')} of ${mine.annotator} not imported (an end was not added, or Tagwerk's relation types do not allow it)`);
}

function printColleagueSet(id: string, set: StoredColleagueSetReport, exportedAt: string, out: ImportOutput): void {
  printNotices(set.notices, out);
  const count = `${plural(set.annotations, 'annotation')}${set.relations > 0 ? ` and ${plural(set.relations, 'relation')}` : ''}`;
  if (set.relationsDropped > 0) out.warn(`${id}: ${plural(set.relationsDropped, 'relation')} of ${set.annotator} not imported (Tagwerk's relation types do not allow ${set.relationsDropped === 1 ? 'it' : 'them'})`);
  if (set.outcome === 'unchanged') out.line(`  ${set.annotator}'s set: ${count}, unchanged`);
  else if (set.outcome === 'kept-newer') out.warn(`${id}: the store holds a newer import of ${set.annotator}'s set (from ${set.previous?.savedAt ?? '?'}); this file's (exported ${exportedAt}) was not imported`);
  else if (set.outcome === 'stored') out.line(`  ${set.annotator}'s set: ${count} stored`);
  else out.line(`  ${set.annotator}'s set: ${count} replace the earlier import (${set.previous?.annotations ?? 0})`);
}

/** Prints what importing a dataset file did, document by document, as `tagwerk import` shows it. */
export function printDatasetImport(file: string, dataset: TagwerkDataset, reports: readonly ImportedDocumentReport[], out: ImportOutput): void {
  reports.forEach((report, index) => {
    out.line(documentLine(report, `${file} [document ${index + 1}: ${dataset.documents[index]?.title ?? report.meta.title}]`));
    if (report.mine !== null) printMySet(report.meta.id, report.mine, out);
    for (const set of report.colleagues) printColleagueSet(report.meta.id, set, dataset.exportedAt, out);
  });
}
