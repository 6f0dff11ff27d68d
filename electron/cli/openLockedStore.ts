import { createDocumentStore, type DocumentStore } from '../node/store/createDocumentStore';
import { acquireStoreLock } from '../node/store/storeLock';
import type { StoreNotice } from '../node/store/storeNotice';
import type { CliDeps } from './cliDeps';

/** A store this process may write: its start-up notices, and `close` to flush and release the lock. */
export interface LockedStore {
  readonly store: DocumentStore;
  readonly notices: readonly StoreNotice[];
  close(): Promise<void>;
}

/**
 * Takes the data folder's lock for the CLI, then opens and initialises the store; when the app
 * (or another tagwerk command) holds the lock, returns the lock's message and touches nothing,
 * so the CLI never writes to a store the app has open.
 */
export async function openLockedStore(dataDir: string, deps: Pick<CliDeps, 'pid' | 'clock'>): Promise<{ ok: true; locked: LockedStore } | { ok: false; message: string }> {
  const acquired = await acquireStoreLock(dataDir, { owner: 'cli', pid: deps.pid }, { clock: deps.clock });
  if (!acquired.ok) return { ok: false, message: acquired.message };
  const { lock } = acquired;
  try {
    const store = createDocumentStore({ dataDir, clock: deps.clock });
    const notices = await store.init();
    return {
      ok: true,
      locked: {
        store,
        notices,
        async close() {
          try {
            await store.flush();
          } finally {
            await lock.release();
          }
        },
      },
    };
  } catch (error) {
    await lock.release();
    throw error;
  }
}
