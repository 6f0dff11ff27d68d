/** The summary index's contract: how it is kept and what it offers the store (the factory is createStoreIndex.ts). */
import type { DocumentStamps, IndexedDocument } from './storeIndexTypes';
import type { StoreNotice } from './storeNotice';

/** How the index is kept: whether it may write, how long it gathers changes before writing, how it waits. */
export interface StoreIndexOptions {
  /** Another process owns the store: check and summarize in memory, never write index.json. */
  readonly readOnly: boolean;
  /** Changes are written together this long after the first of them (default 2 s; Infinity: only by `flush`); `flush` writes at once. */
  readonly writeDelayMs?: number;
  /**
   * Entries whose files changed less than this long before index.json was written are summarized
   * again (default 2 s, the coarsest common mtime resolution): a file rewritten within the same
   * clock tick as its stamp would otherwise look unchanged.
   */
  readonly racyWindowMs?: number;
  /**
   * Called when the check that follows loading found entries that index.json had wrong (files
   * changed while no Tagwerk ran): the window then lists again (main emits `documentsChanged`).
   */
  readonly onChecked?: (changed: number) => void;
  /**
   * Resolves when background reads may go on (main's idle gate): the check that follows loading
   * waits for it before each batch, so a document switch never queues behind its `stat`s on the
   * thread pool — unless someone waits for the check (a checked listing, `checked`, `flush`), which hurries it.
   */
  readonly whenIdle?: () => Promise<unknown>;
}

/** The store's summary index: what the document list shows, kept in step with every write. */
export interface StoreIndex {
  /**
   * Every document folder's entry (damaged ones too) and what loading the index had to say. By
   * default it waits until every loaded entry was checked against its files' stamps; with
   * `unchecked` it answers as soon as index.json is read and the folders are listed (new ones
   * summarized, gone ones dropped), while the check goes on and `onChecked` reports what it corrected.
   */
  entries(options?: { unchecked?: boolean }): Promise<{ documents: IndexedDocument[]; notices: StoreNotice[] }>;
  /** Resolves when the entries read from index.json have all been checked against their files. */
  checked(): Promise<void>;
  /** Starts loading (and checking) the index in the background, so the first listing finds it ready. */
  preload(): void;
  get(id: string): Promise<IndexedDocument | undefined>;
  /**
   * Records a write to a document's folder: `change` gives the new entry from the current one (if
   * any) and the files' fresh stamps, or undefined to have the folder summarized from its files;
   * `wrote` names the files written (only their stamps are taken again). Call it inside the document's queue.
   */
  update(id: string, wrote: ReadonlyArray<keyof DocumentStamps>, change: (current: IndexedDocument | undefined, stamps: DocumentStamps) => Omit<IndexedDocument, 'stamps'> | undefined): Promise<void>;
  /** Summarizes a document's folder again from its files now (after a restore, a repair, a move). */
  refresh(id: string): Promise<void>;
  /** Forgets a document whose folder is gone. */
  remove(id: string): Promise<void>;
  /** Writes pending changes now (before quit, at the end of a CLI command). */
  flush(): Promise<void>;
  /** Removes temp files of an interrupted index write (start-up, under the store lock). */
  removeStaleTemps(): Promise<void>;
}
