/** A handler's outcome as plain data, because Electron forwards only an error's message across `handle`. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** A failure that crosses the IPC boundary: a stable code for the UI and a readable message. */
export interface IpcError {
  code: 'forbidden' | 'bad-request' | 'unknown-method' | 'not-found' | 'failed' | 'conflict' | 'read-only';
  message: string;
}

/** Wraps a value as a successful result. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** Wraps a code and message as a failed result. */
export function fail<T = never>(code: IpcError['code'], message: string): Result<T> {
  return { ok: false, error: { code, message } };
}
