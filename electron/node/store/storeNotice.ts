/** What happened, as a stable code the UI translates; `message` is the English text for logs and the CLI. */
export type StoreNoticeCode =
  /** A damaged file was moved aside (`movedTo`). */
  | 'quarantined'
  /** The annotations were restored from `annotations.json.bak`. */
  | 'recovered-from-backup'
  /** Neither the file nor its backup could be read: the document starts with no annotations. */
  | 'started-empty'
  /** The file was written by a newer Tagwerk: shown read-only, never overwritten. */
  | 'future-version'
  /** Temp files of an interrupted save were removed at start-up. */
  | 'stale-temp-removed'
  /** A document folder without a readable meta.json was skipped (left untouched). */
  | 'document-skipped'
  /** The summary index (index.json) was damaged or foreign; the list was rebuilt from the document folders. */
  | 'index-rebuilt';

/**
 * One thing the store did on the user's behalf that the user must be told about (which
 * document, which file, where it went), because data is never repaired or reset silently.
 */
export interface StoreNotice {
  readonly code: StoreNoticeCode;
  readonly severity: 'info' | 'warning' | 'error';
  readonly documentId?: string;
  readonly documentTitle?: string;
  /** Path relative to the data folder. */
  readonly file?: string;
  /** Where a quarantined file now is, relative to the data folder. */
  readonly movedTo?: string;
  /** Whose colleague set it was, when the damaged file still names a usable one. */
  readonly annotator?: string;
  readonly message: string;
}
