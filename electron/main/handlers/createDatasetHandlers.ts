import type { Handlers } from '../ipc/createIpcRouter';
import { IpcFailure } from '../ipc/createIpcRouter';
import type { HandlerDeps } from './handlerDeps';
import type { MigrationDesk } from './review/createMigrationDesk';
import { exportDataset } from './datasets/exportDataset';
import { importDatasetFile, type ImportOptions } from './datasets/importDatasetFile';

/**
 * Handlers for exporting and importing datasets from the window. One runs at a time: a second
 * request while a dialog or write is under way is refused, so two exports never race on a file.
 * `cancelReanchor` stops the running import's re-anchoring (it then ends `cancelled`, nothing stored).
 */
export function createDatasetHandlers(deps: HandlerDeps, options: ImportOptions = {}, migrations?: MigrationDesk): Pick<Handlers, 'exportDataset' | 'importDataset' | 'cancelReanchor'> {
  let busy = false;
  let running: AbortController | null = null;
  const exclusive = async <T>(run: () => Promise<T>): Promise<T> => {
    if (busy) throw new IpcFailure('failed', 'Another export or import is still running; wait for it to finish.', { code: 'busy' });
    busy = true;
    try {
      return await run();
    } finally {
      busy = false;
    }
  };
  return {
    exportDataset: (request) => exclusive(() => exportDataset(deps, request)),
    importDataset: (request) =>
      exclusive(async () => {
        const controller = new AbortController();
        running = controller;
        try {
          return await importDatasetFile(deps, { ...options, ...(migrations !== undefined && { migrations }), signal: controller.signal }, request);
        } finally {
          running = null;
        }
      }),
    cancelReanchor: async () => {
      const cancelled = running !== null && !running.signal.aborted;
      running?.abort();
      return { cancelled };
    },
  };
}
