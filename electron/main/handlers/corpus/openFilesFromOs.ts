import type { EventName } from '../../../../shared/ipc/events';
import { importFilePaths, type ImportDeps } from './importFiles';

/** What opening files from the OS gave: the document to show (the first opened) and the refusals to tell. */
export interface OsOpenOutcome {
  openDocumentId: string | null;
  refusals: string[];
}

/**
 * Imports files the OS handed to Tagwerk (a launch argument, a second instance, macOS open-file)
 * and, when the window is up (`emit` given), tells it to show the first opened document through
 * `documentsChanged`; refusals come back for main to show, since no window asked for them.
 */
export async function openFilesFromOs(
  deps: ImportDeps & { emit?: (event: EventName, payload: unknown) => void },
  paths: readonly string[],
): Promise<OsOpenOutcome> {
  if (paths.length === 0) return { openDocumentId: null, refusals: [] };
  const results = await importFilePaths(deps, paths);
  const first = results.find((r) => r.ok);
  const openDocumentId = first?.ok ? first.documentId : null;
  deps.emit?.('documentsChanged', openDocumentId === null ? {} : { openDocumentId });
  return { openDocumentId, refusals: results.flatMap((r) => (r.ok ? [] : [r.message])) };
}
