import path from 'node:path';
import type { EventName } from '@shared/ipc/events';
import type { ImportResult } from '@shared/ipc/methods/datasetMethods';
import type { Translate } from '../../../node/i18n/createTranslator';
import { describeDatasetImport } from '../datasets/describeDatasetImport';
import { importFilePaths, type ImportDeps } from './importFiles';

/** What opening files from the OS gave: the document to show (the first opened), the refusals and the dataset imports to tell. */
export interface OsOpenOutcome {
  openDocumentId: string | null;
  refusals: string[];
  imported: string[];
}

/** The refusal codes main's catalog words (`main.refused.*`); any other is told as a failure to store. */
const REFUSAL_CODES: ReadonlySet<string> = new Set(['too-large', 'empty', 'binary', 'unsupported-encoding', 'unsupported', 'unreadable', 'failed']);

/** A Tagwerk dataset (the `.tagwerk.json` the installers associate with Tagwerk), imported as by Import…, not opened as text. */
export function isDatasetFile(file: string): boolean {
  return path.basename(file).toLowerCase().endsWith('.tagwerk.json');
}

/**
 * Imports files the OS handed to Tagwerk (a launch argument, a second instance, macOS open-file):
 * `.tagwerk.json` datasets through `importDataset` (the Import dialog's path), anything else as a
 * text; when the window is up (`emit` given) it is told to show the first document opened;
 * refusals and import summaries come back in the user's language (`t`) for main to show, since no window asked for them.
 */
export async function openFilesFromOs(
  deps: ImportDeps & { t: Translate; emit?: (event: EventName, payload: unknown) => void; importDataset?: (file: string) => Promise<ImportResult> },
  paths: readonly string[],
): Promise<OsOpenOutcome> {
  if (paths.length === 0) return { openDocumentId: null, refusals: [], imported: [] };
  const importDataset = deps.importDataset;
  const datasets = importDataset ? paths.filter(isDatasetFile) : [];
  const texts = paths.filter((file) => !datasets.includes(file));
  const results = texts.length > 0 ? await importFilePaths(deps, texts) : [];
  const refusals = results.flatMap((r) => (r.ok ? [] : [deps.t(`main.refused.${REFUSAL_CODES.has(r.code) ? r.code : 'failed'}`, { name: r.name })]));
  const imported: string[] = [];
  const first = results.find((r) => r.ok);
  let openDocumentId = first?.ok ? first.documentId : null;
  for (const file of datasets) {
    const described = describeDatasetImport(importDataset ? await importDataset(file) : { status: 'cancelled' }, deps.t);
    if (described.ok) imported.push(described.line);
    else refusals.push(described.line);
    openDocumentId ??= described.ok ? described.openDocumentId : null;
  }
  deps.emit?.('documentsChanged', openDocumentId === null ? {} : { openDocumentId });
  return { openDocumentId, refusals, imported };
}
