import { IpcFailure } from '../ipc/createIpcRouter';
import { isStoreError } from '../../node/store/storeError';

const CODES = {
  INVALID_ID: 'bad-request',
  NOT_FOUND: 'not-found',
  CORRUPT: 'failed',
  CONFLICT: 'conflict',
  READ_ONLY: 'read-only',
  INVALID: 'bad-request',
  IO: 'failed',
} as const;

/** Maps a store error to the IPC error code the renderer acts on; anything else passes through. */
export function toIpcFailure(error: unknown): unknown {
  if (isStoreError(error)) return new IpcFailure(CODES[error.code], error.message, { code: 'store', why: error.code });
  return error;
}

/** Runs a store call, turning its store errors into the IPC failures the renderer acts on. */
export async function withIpcFailures<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw toIpcFailure(error);
  }
}
