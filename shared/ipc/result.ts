import type { FailureFacts } from './failureFacts';

/** A handler's outcome as plain data, because Electron forwards only an error's message across `handle`. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** A failure that crosses the IPC boundary: a stable code for the UI, main's English message (a detail), and the facts the window words it from. */
export interface IpcError {
  code: 'forbidden' | 'bad-request' | 'unknown-method' | 'not-found' | 'failed' | 'conflict' | 'read-only';
  message: string;
  facts?: FailureFacts;
}

/** Wraps a value as a successful result. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** Wraps a code and message (and the facts the window words it from) as a failed result. */
export function fail<T = never>(code: IpcError['code'], message: string, facts?: FailureFacts): Result<T> {
  return { ok: false, error: { code, message, ...(facts !== undefined && { facts }) } };
}
