import { documentIds, removeStaleDocumentTempFiles } from './scanStore';
import type { StoreContext } from './storeContext';
import type { StoreNotice } from './storeNotice';

/** How the background sweep of the document folders yields: it waits for `whenIdle` before each batch. */
export interface SweepOptions {
  /** Resolves when the sweep may read the next batch: true to go on, false to stop (the app closes; the next start sweeps again). */
  whenIdle?: () => Promise<boolean>;
}

/** Document folders the background sweep reads at once: small, so a window call waits behind a batch for a few ms at most. */
const SWEEP_BATCH = 16;

/**
 * Removes temp files of interrupted saves in every document folder, a small batch at a time and
 * only when `whenIdle` lets it (main's idle gate, so a document switch never queues behind
 * 10,000 folder reads); each folder inside its document's write queue (`inQueue`), so a live
 * save's temp file is never touched. Returns what it removed.
 */
export async function sweepStaleTemps(ctx: StoreContext, inQueue: <T>(id: string, job: () => Promise<T>) => Promise<T>, options: SweepOptions = {}): Promise<StoreNotice[]> {
  const ids = await documentIds(ctx);
  const notices: StoreNotice[] = [];
  for (let at = 0; at < ids.length; at += SWEEP_BATCH) {
    if ((await options.whenIdle?.()) === false) break;
    const batch = await Promise.all(ids.slice(at, at + SWEEP_BATCH).map((id) => inQueue(id, () => removeStaleDocumentTempFiles(ctx, id))));
    notices.push(...batch.flat());
  }
  return notices;
}
