/** How many files the store reads at once: enough to keep the disk and the event loop busy, few enough for the fd limit. */
export const READ_BATCH = 64;

/** How many folders the background check of the summary index stats at once (three `stat`s each), leaving the event loop free for IPC between batches. */
export const CHECK_BATCH = 32;

/**
 * `fn` over every item, `size` at a time, results in the items' order: scanning ten thousand
 * document folders one await after another took most of a minute. `beforeBatch` is awaited
 * before each batch (a background scan waits there while the window is busy).
 */
export async function mapInBatches<T, R>(items: readonly T[], size: number, fn: (item: T) => Promise<R>, beforeBatch?: () => Promise<unknown>): Promise<R[]> {
  const results: R[] = [];
  for (let at = 0; at < items.length; at += size) {
    if (beforeBatch !== undefined) await beforeBatch();
    results.push(...(await Promise.all(items.slice(at, at + size).map(fn))));
  }
  return results;
}
