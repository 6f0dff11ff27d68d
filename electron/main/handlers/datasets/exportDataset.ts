import path from 'node:path';
import type { ExportRequest, ExportResult } from '@shared/ipc/methods/datasetMethods';
import { fileProblem } from '../../../node/datasets/datasetFiles';
import { writeFormatOutput, type WrittenOutput } from '../../../node/datasets/formatFiles';
import { collectStoreDataset, skippedDocumentNote } from '../../../node/datasets/collectStoreDataset';
import { selectDocuments } from '../../../node/datasets/selectDocuments';
import { IpcFailure } from '../../ipc/createIpcRouter';
import type { DocumentMeta } from '../../../node/store/documentMeta';
import type { HandlerDeps } from '../handlerDeps';
import { toIpcFailure } from '../toIpcFailure';
import { exportSaveRequest } from './exportTarget';
import { speakerOf } from '../speakerOf';

/** Who "I" am in main: the settings' annotator, else the OS user name (as saveAnnotations stores it). */
export function currentAnnotator(deps: Pick<HandlerDeps, 'settings' | 'shellInfo'>): string {
  return deps.settings.get().annotator.trim() || deps.shellInfo().userName.trim() || 'unknown';
}

/** Reports per-document progress as `exportProgress` events: the first, every whole percent, and the last (at most 101 per export). */
export function progressReporter(emit: HandlerDeps['emit']): (done: number, total: number) => void {
  return (done, total) => {
    const percent = (n: number) => Math.floor((n * 100) / total);
    if (done === 1 || done === total || percent(done) !== percent(done - 1)) emit('exportProgress', { done, total });
  };
}

async function documentsFor(deps: HandlerDeps, request: ExportRequest): Promise<DocumentMeta[]> {
  try {
    if (request.scope === 'document') return [(await deps.store.getDocument(request.documentId)).meta];
    return selectDocuments((await deps.store.listDocuments()).documents, []).selected;
  } catch (error) {
    throw toIpcFailure(error);
  }
}

/**
 * Exports from the store like `tagwerk export` does (the same collection, validation and atomic
 * writers): asks main's save dialog for the destination (a folder for brat), reads the chosen
 * documents with progress events, and writes the file; the top-level annotator is the settings'
 * annotator. The window saves its unsaved edits before calling this.
 */
export async function exportDataset(deps: HandlerDeps, request: ExportRequest): Promise<ExportResult> {
  const documents = await documentsFor(deps, request);
  if (documents.length === 0) throw new IpcFailure('not-found', 'The store holds no documents; there is nothing to export.', { code: 'nothingToExport' });
  const base = request.scope === 'document' ? (documents[0]?.title ?? 'tagwerk') : 'tagwerk-corpus';
  const target = await deps.dialogs.showSave(exportSaveRequest(request.format, base, speakerOf(deps)));
  if (target === null) return { status: 'cancelled' };

  const collected = await collectStoreDataset(deps.store, {
    documents,
    exporter: currentAnnotator(deps),
    exportedAt: deps.clock().toISOString(),
    colleagueSets: request.colleagueSets,
    onDocument: progressReporter(deps.emit),
  });
  if (!collected.ok) throw new IpcFailure('failed', ['The stored annotations did not pass the dataset checks; nothing was exported.', ...collected.problems].join('\n'), { code: 'exportChecksFailed' });
  const { dataset } = collected;
  const name = path.basename(target);
  let written: WrittenOutput;
  try {
    written = await writeFormatOutput(path.dirname(target), request.format, dataset, target);
  } catch (error) {
    const problem = fileProblem(name, error);
    const why = problem.facts.code === 'fileNotFound' ? 'notFound' : problem.facts.code === 'permissionDenied' ? 'denied' : problem.reason === 'the disk is full' ? 'diskFull' : 'other';
    throw new IpcFailure('failed', `${name}: ${problem.reason}`, { code: 'writeFailed', file: name, why });
  }
  return {
    status: 'exported',
    format: request.format,
    documents: dataset.documents.length,
    annotations: dataset.documents.reduce((n, d) => n + d.annotations.length, 0),
    bytes: written.bytes,
    files: written.files,
    name,
    warnings: [...collected.skipped.map((s) => ({ message: skippedDocumentNote(s), facts: { code: 'documentSkipped' as const, title: s.title, id: s.id } })), ...collected.warnings, ...written.notes],
  };
}
