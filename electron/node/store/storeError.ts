/** Why a store operation failed; the UI maps each code to a message and a recovery. */
export type StoreErrorCode =
  /** The id is not `sha256:<64 hex>`; nothing touched the disk. */
  | 'INVALID_ID'
  /** No such document folder / meta. */
  | 'NOT_FOUND'
  /** A stored document file (meta.json, text.txt) is damaged. */
  | 'CORRUPT'
  /** The annotations on disk have another `rev` than the caller's base: someone else saved. */
  | 'CONFLICT'
  /** The file was written by a newer Tagwerk; it is never overwritten. */
  | 'READ_ONLY'
  /** The caller's data does not validate (schema or offsets vs. text); nothing was written. */
  | 'INVALID'
  /** The disk said no (ENOSPC, EACCES, EPERM, …); `errno` holds the system code. */
  | 'IO';

/** Details carried by a StoreError; all optional except what each code implies. */
export interface StoreErrorDetails {
  documentId?: string;
  errno?: string;
  /** CONFLICT: the rev found on disk and the rev the caller based its change on. */
  fileRev?: number;
  baseRev?: number;
  cause?: unknown;
}

/**
 * The one error type the document store throws, with a machine-readable `code`, so callers
 * (IPC handlers, the CLI, autosave) can tell a conflict from a full disk without parsing text.
 */
export class StoreError extends Error {
  readonly code: StoreErrorCode;
  readonly documentId: string | undefined;
  readonly errno: string | undefined;
  readonly fileRev: number | undefined;
  readonly baseRev: number | undefined;

  constructor(code: StoreErrorCode, message: string, details: StoreErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'StoreError';
    this.code = code;
    this.documentId = details.documentId;
    this.errno = details.errno;
    this.fileRev = details.fileRev;
    this.baseRev = details.baseRev;
  }
}

/** True when `error` is a StoreError, optionally with the given code. */
export function isStoreError(error: unknown, code?: StoreErrorCode): error is StoreError {
  return error instanceof StoreError && (code === undefined || error.code === code);
}
