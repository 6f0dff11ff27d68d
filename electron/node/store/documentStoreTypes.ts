/** The document store's contract, apart from its factory (createDocumentStore.ts): what it runs on, how it is kept, what it offers. */
import type { AnnotationSet } from '@shared/annotation/annotationSet';
import type { NewDocument } from './documentFiles';
import type { DocumentMeta } from './documentMeta';
import type { TrashedDocument } from './documentTrash';
import type { FsPort } from './fsPort';
import type { LoadedAnnotations } from './loadAnnotationFiles';
import type { RestoredFolder } from './restoreDamagedFolder';
import type { SaveAnnotationsInput, SavedAnnotations } from './saveAnnotationFiles';
import type { IndexedDocument } from './storeIndexFile';
import type { StoreNotice } from './storeNotice';
import type { SweepOptions } from './sweepStaleTemps';

/** What the store runs on; everything but `dataDir` has a real default. */
export interface DocumentStoreDeps {
  readonly dataDir: string;
  readonly fs?: FsPort;
  readonly clock?: () => Date;
  readonly newTempSuffix?: () => string;
  readonly sleep?: (ms: number) => Promise<void>;
}

export interface DocumentStoreOptions {
  /** Another process (the app) owns the store: read and report, never write, move or clean up. */
  readonly readOnly?: boolean;
  /** How long the summary index gathers changes before it writes index.json (default 2 s; `flush` writes at once). */
  readonly indexWriteDelayMs?: number;
  readonly renameRetryDelaysMs?: readonly number[];
  /** How many documents stay in memory — meta, text for offset checks, my loaded set — before the least recently used goes (default 8). */
  readonly documentCacheSize?: number;
  /** Called when the background check of the summary index corrected entries an early listing (`unchecked`) may have shown wrong. */
  readonly onIndexCorrected?: (changed: number) => void;
  /** Resolves when background reads may go on (main's idle gate): the summary index's check waits for it before each batch unless someone waits for the check. */
  readonly whenIdle?: () => Promise<unknown>;
}

/** The local store of documents and their annotation sets (see the module docs of each method's part). */
export interface DocumentStore {
  /**
   * Creates the folders and removes temp files of interrupted saves; returns what it did. With
   * `sweep: 'later'` it leaves the document folders to `sweepStaleTemps` (walking 10,000 folders
   * took seconds before the first window), so the caller must run that sweep after start.
   */
  init(options?: { sweep?: 'now' | 'later' }): Promise<StoreNotice[]>;
  /** Removes temp files of interrupted saves in every document folder, each inside its document's write queue (so a live save's temp file is never touched); returns what it removed. */
  sweepStaleTemps(options?: SweepOptions): Promise<StoreNotice[]>;
  /** Every listable document's meta, newest change first, from the summary index; folders without a readable meta are notices. */
  listDocuments(): Promise<{ documents: DocumentMeta[]; notices: StoreNotice[] }>;
  /**
   * What the document list shows of every document folder, from the summary index (checked
   * against the files' stamps, so never stale): damaged folders are entries with `damage` set.
   * With `unchecked` it answers before the first check of index.json's entries has ended (the
   * window's first list); entries the check corrects are reported through `onIndexCorrected`.
   */
  listSummaries(options?: { unchecked?: boolean }): Promise<{ documents: IndexedDocument[]; notices: StoreNotice[] }>;
  putDocument(doc: NewDocument): Promise<{ meta: DocumentMeta; created: boolean }>;
  getDocument(id: string): Promise<{ meta: DocumentMeta; text: string }>;
  updateMeta(id: string, patch: unknown): Promise<DocumentMeta>;
  loadAnnotations(id: string): Promise<LoadedAnnotations>;
  saveAnnotations(id: string, input: SaveAnnotationsInput): Promise<SavedAnnotations>;
  putColleagueSet(id: string, set: unknown): Promise<AnnotationSet>;
  listColleagueSets(id: string): Promise<{ sets: AnnotationSet[]; notices: StoreNotice[] }>;
  /** A document with my set and, if asked, every colleague's, read in one pass over its folder (for exports). */
  readDocumentSets(id: string, colleagues: boolean): Promise<DocumentSets>;
  /** One document's summary-index entry (text length, tags per label, relations), checked against its files. */
  summarizeDocument(id: string): Promise<IndexedDocument>;
  /** The bytes the document was imported from (original.bin), or undefined. */
  getOriginal(id: string): Promise<Uint8Array | undefined>;
  /** Whether `getOriginal` would find bytes (a stat, for the encoding line shown at every open). */
  hasOriginal(id: string): Promise<boolean>;
  /** Moves the document's folder with all its files into `<dataDir>/trash/`; restorable. */
  removeDocument(id: string): Promise<TrashedDocument>;
  listTrash(): Promise<{ documents: TrashedDocument[]; notices: StoreNotice[] }>;
  /** Moves a trashed document back (CONFLICT when a copy with annotations is in the corpus again). */
  restoreDocument(trashId: string): Promise<DocumentMeta>;
  /**
   * Restores a damaged document (see `IndexedDocument.damage`) from the copy the store kept: its
   * last good meta, or annotations.json.bak; refuses (StoreError, nothing changed) without a good copy.
   */
  restoreDamaged(id: string): Promise<RestoredFolder>;
  /** Resolves when every queued write has finished (call before quit). */
  flush(): Promise<void>;
}

/** A document as an export reads it: meta, verified text, my set and the colleagues' sets (with what reading them had to say). */
export interface DocumentSets {
  readonly meta: DocumentMeta;
  readonly text: string;
  readonly mine: LoadedAnnotations;
  readonly colleagues: { sets: AnnotationSet[]; notices: StoreNotice[] };
}
