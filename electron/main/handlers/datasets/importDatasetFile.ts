import path from 'node:path';
import { parseJsonSafely } from '../../../../shared/formats/parseJsonSafely';
import { validateTagwerkDataset } from '../../../../shared/formats/validateTagwerkDataset';
import { MAX_LISTED_PROBLEMS, type ImportProblem, type ImportResult } from '../../../../shared/ipc/methods/datasetMethods';
import { MAX_DATASET_BYTES, readInputText } from '../../../node/datasets/datasetFiles';
import { importDataset } from '../../../node/datasets/importDataset';
import type { HandlerDeps } from '../handlerDeps';
import { toIpcFailure } from '../toIpcFailure';
import { describeImportProblems } from './describeImportProblems';
import { currentAnnotator } from './exportDataset';

/** Options of an import: the largest file read (default: the CLI's cap). */
export interface ImportOptions {
  readonly maxBytes?: number;
}

function refused(name: string, problems: readonly ImportProblem[]): ImportResult {
  return { status: 'invalid', name, problems: problems.slice(0, MAX_LISTED_PROBLEMS), total: problems.length };
}

/**
 * Imports a tagwerk dataset chosen in main's open dialog, as `tagwerk import` does: the file is
 * read with a size cap and validated (schema, ids, every span's text equal to its slice); any
 * problem refuses the whole file — listed span by span, nothing stored, nothing fixed.
 * Otherwise each document is stored by its text and each annotation goes to its annotator's
 * set (mine merged into my set, others as colleague sets); the answer says per document what
 * was added, and `documentsChanged` is sent to the window.
 */
export async function importDatasetFile(deps: HandlerDeps, options: ImportOptions = {}): Promise<ImportResult> {
  const chosen = await deps.dialogs.showOpen({
    title: 'Import a Tagwerk dataset',
    filters: [{ name: 'Tagwerk dataset (JSON)', extensions: ['json'] }],
    multiple: false,
  });
  const file = chosen?.[0];
  if (file === undefined) return { status: 'cancelled' };
  return importDatasetAt(deps, file, options);
}

/**
 * Imports the tagwerk dataset at `file` exactly as the Import dialog does (size cap, full
 * validation, nothing stored on any problem); also used for `.tagwerk.json` files opened from the OS.
 */
export async function importDatasetAt(deps: Pick<HandlerDeps, 'store' | 'settings' | 'shellInfo' | 'emit'>, file: string, options: ImportOptions = {}): Promise<ImportResult> {
  const name = path.basename(file);

  const read = await readInputText(path.dirname(file), name, options.maxBytes ?? MAX_DATASET_BYTES);
  if (!read.ok) return refused(name, [{ path: '', message: read.reason }]);
  const json = parseJsonSafely(read.text);
  if (!json.ok) return refused(name, json.problems);
  const parsed = validateTagwerkDataset(json.value);
  if (!parsed.ok) return refused(name, describeImportProblems(json.value, parsed.problems));

  try {
    const reports = await importDataset(deps.store, parsed.dataset, currentAnnotator(deps));
    deps.emit('documentsChanged', {});
    const documents = reports.map(({ meta, created, mine, colleagues }) => ({
      id: meta.id,
      title: meta.title,
      created,
      mine: mine === null ? null : { annotator: mine.annotator, imported: mine.imported, added: mine.added, conflicts: mine.conflicts.length, refused: mine.refused },
      colleagues: colleagues.map(({ annotator, annotations, outcome }) => ({ annotator, annotations, outcome })),
    }));
    const warnings = reports.flatMap((r) => [...(r.mine?.notices ?? []), ...r.colleagues.flatMap((c) => c.notices)]).map((n) => `note: ${n.message}`);
    return { status: 'imported', name, annotator: parsed.dataset.annotator, exportedAt: parsed.dataset.exportedAt, documents, warnings };
  } catch (error) {
    throw toIpcFailure(error);
  }
}
