import { countLabels } from '@shared/annotation/countLabels';
import { compareCodeUnits } from '@shared/text/compareCodeUnits';
import { documentIdOf } from '@shared/text/documentId';
import { codePointLength, createOffsetConverter } from '@shared/text/offsetConverter';
import { ioError, randomTempSuffix, type AtomicWriteDeps } from './atomicWrite';
import { listColleagueFiles, putColleagueFile } from './colleagueSets';
import { getDocumentFiles, hasOriginalFile, putDocumentFiles, readOriginalFile, updateMetaFile } from './documentFiles';
import { DocumentMetaPatchSchema } from './documentMeta';
import { documentPaths, documentsRoot } from './documentPaths';
import { createNodeFsPort } from './fsPort';
import { createKeyedQueue } from './keyedQueue';
import { loadAnnotationFiles, type LoadedAnnotations } from './loadAnnotationFiles';
import { saveAnnotationFiles } from './saveAnnotationFiles';
import { listTrashedDocuments, moveDocumentToTrash, parseTrashId, restoreTrashedDocument } from './documentTrash';
import { createStoreIndex } from './createStoreIndex';
import { createDocumentCache, type CachedText, type FileStamps } from './createDocumentCache';
import { removeStaleSharedTempFiles, removeStaleTempFiles } from './scanStore';
import { sweepStaleTemps } from './sweepStaleTemps';
import { restoreDamagedFolder } from './restoreDamagedFolder';
import type { DocumentDamage } from './storeIndexFile';
import { summarizeFolder, stampsOf } from './summarizeFolder';
import { relativeToData } from './storeContext';
import type { KnownFile, StoreContext } from './storeContext';
import { StoreError } from './storeError';
import type { StoreNotice } from './storeNotice';
import type { DocumentStore, DocumentStoreDeps, DocumentStoreOptions } from './documentStoreTypes';

export type { DocumentSets, DocumentStore, DocumentStoreDeps, DocumentStoreOptions } from './documentStoreTypes';

/** The notice for a document folder the list cannot show: which folder, what is wrong, that it was left alone. */
function damageNotice(ctx: StoreContext, id: string, damage: DocumentDamage): StoreNotice {
  const file = relativeToData(ctx, documentPaths(ctx.dataDir, id).dir);
  const why = damage.code === 'meta-damaged' ? `has a damaged meta.json (${damage.detail})` : damage.detail;
  return { code: 'document-skipped', severity: 'warning', documentId: id, file, message: `The document folder ${file} ${why}; it is not listed and was left untouched.` };
}

/**
 * Creates the Electron-free document store over `<dataDir>/documents/<hex>/`. Every operation
 * on a document runs through that document's queue, so saves never interleave; ids are
 * validated before any path is built; all writes are atomic.
 */
export function createDocumentStore(deps: DocumentStoreDeps, options: DocumentStoreOptions = {}): DocumentStore {
  const io: AtomicWriteDeps = {
    fs: deps.fs ?? createNodeFsPort(),
    newTempSuffix: deps.newTempSuffix ?? randomTempSuffix,
    ...(deps.sleep === undefined ? {} : { sleep: deps.sleep }),
    ...(options.renameRetryDelaysMs === undefined ? {} : { renameRetryDelaysMs: options.renameRetryDelaysMs }),
  };
  const ctx: StoreContext = { dataDir: deps.dataDir, io, clock: deps.clock ?? (() => new Date()) };
  const readOnly = options.readOnly ?? false;
  const queue = createKeyedQueue();
  const known = new Map<string, KnownFile>();
  const cache = createDocumentCache(options.documentCacheSize ?? 8);
  const index = createStoreIndex(ctx, {
    readOnly,
    ...(options.indexWriteDelayMs === undefined ? {} : { writeDelayMs: options.indexWriteDelayMs }),
    ...(options.onIndexCorrected === undefined ? {} : { onChecked: options.onIndexCorrected }),
    ...(options.whenIdle === undefined ? {} : { whenIdle: options.whenIdle }),
  });

  const writable = (id?: string) => {
    if (readOnly) throw new StoreError('READ_ONLY', 'The store is open in Tagwerk; close the app to change it.', id === undefined ? {} : { documentId: id });
  };
  /** The stamps of a document's meta.json and text.txt now, or null when either cannot be read (the read says why). */
  const stampsNow = async (id: string): Promise<FileStamps | null> => {
    const paths = documentPaths(ctx.dataDir, id);
    const [meta, text] = await Promise.all([ctx.io.fs.stat(paths.meta), ctx.io.fs.stat(paths.text)].map((stat) => stat.catch(() => null)));
    return meta && text ? { meta, text } : null;
  };
  /** A document's meta and verified text; unchanged files (by their stamps) are not read again. Call inside the document's queue. */
  const readDocument = async (id: string) => {
    const stamps = await stampsNow(id);
    const hit = cache.files(id, stamps);
    if (hit) return hit;
    const { meta, text } = await getDocumentFiles(ctx, id);
    cache.rememberFiles(id, meta, text, stamps);
    return { meta, text };
  };
  const expectedFor = async (id: string): Promise<CachedText> => {
    const cached = cache.text(id);
    if (cached !== null) return cached;
    const stamps = await stampsNow(id);
    const { meta, text } = await getDocumentFiles(ctx, id);
    return cache.rememberFiles(id, meta, text, stamps);
  };
  /** My set of a document, repaired when the store may write; call inside the document's queue. */
  const loadMine = async (expected: CachedText): Promise<LoadedAnnotations> => {
    const id = expected.documentId;
    const paths = documentPaths(ctx.dataDir, id);
    const reused = cache.reuseSet(id, known.get(id), await ctx.io.fs.stat(paths.annotations).catch(() => null));
    if (reused) return reused;
    const result = await loadAnnotationFiles(ctx, paths, expected, expected.title, !readOnly);
    known.set(id, result.known);
    cache.rememberSet(id, result.known, result.loaded);
    // A repair (restored from .bak, quarantined) changed the files the summary comes from.
    if (!readOnly && result.loaded.notices.length > 0) await index.refresh(id);
    return result.loaded;
  };
  const inQueue = <T>(id: string, job: () => Promise<T>): Promise<T> => {
    const paths = documentPaths(ctx.dataDir, id);
    return queue.run(paths.dir, job);
  };

  const listSummaries = async (listing: { unchecked?: boolean } = {}) => {
    const { documents, notices } = await index.entries(listing);
    const sorted = [...documents].sort((a, b) => compareCodeUnits(a.id, b.id));
    return { documents: sorted, notices: [...notices, ...sorted.flatMap((d) => (d.damage === null || d.meta !== null ? [] : [damageNotice(ctx, d.id, d.damage)]))] };
  };

  return {
    async init(options = {}) {
      try {
        await io.fs.mkdir(documentsRoot(ctx.dataDir));
      } catch (error) {
        throw ioError('create', documentsRoot(ctx.dataDir), error);
      }
      if (readOnly) return [];
      await index.removeStaleTemps();
      const notices = options.sweep === 'later' ? await removeStaleSharedTempFiles(ctx) : await removeStaleTempFiles(ctx);
      // The document list is asked for right after start: its index loads while the window opens.
      index.preload();
      return notices;
    },
    sweepStaleTemps: async (options = {}) => (readOnly ? [] : sweepStaleTemps(ctx, inQueue, options)),
    async listDocuments() {
      const { documents, notices } = await listSummaries();
      const metas = documents.flatMap((d) => (d.meta === null ? [] : [d.meta]));
      metas.sort((a, b) => compareCodeUnits(b.updatedAt, a.updatedAt) || compareCodeUnits(a.id, b.id));
      return { documents: metas, notices };
    },
    listSummaries: (listing) => listSummaries(listing),
    async putDocument(doc) {
      writable();
      const id = documentIdOf(doc.text);
      return inQueue(id, async () => {
        const put = await putDocumentFiles(ctx, doc);
        // A new folder holds no annotations: its entry is known without reading a file back.
        if (put.created) {
          await index.update(id, ['meta', 'text', 'annotations'], (_, stamps) =>
            stamps.annotations === null ? { id, meta: put.meta, characters: codePointLength(doc.text), labelCounts: countLabels([]), relations: 0, damage: null } : undefined,
          );
        }
        return put;
      });
    },
    getDocument: async (id) => inQueue(id, () => readDocument(id)),
    async updateMeta(id, patch) {
      writable(id);
      const parsed = DocumentMetaPatchSchema.safeParse(patch);
      if (!parsed.success) throw new StoreError('INVALID', `Invalid meta change: ${parsed.error.message}`, { documentId: id });
      return inQueue(id, async () => {
        const meta = await updateMetaFile(ctx, id, parsed.data);
        cache.forget(id);
        await index.update(id, ['meta'], (current) => current && { ...current, meta, damage: current.damage?.code.startsWith('meta-') === true ? null : current.damage });
        return meta;
      });
    },
    async restoreDamaged(id) {
      writable(id);
      return inQueue(id, async () => {
        const restored = await restoreDamagedFolder(ctx, id, await index.get(id));
        known.delete(id);
        cache.forget(id);
        await index.refresh(id);
        return restored;
      });
    },
    loadAnnotations: async (id) => inQueue(id, async () => loadMine(await expectedFor(id))),
    async saveAnnotations(id, input) {
      writable(id);
      return inQueue(id, async () => {
        const expected = await expectedFor(id);
        const paths = documentPaths(ctx.dataDir, id);
        const result = await saveAnnotationFiles(ctx, paths, expected, input, known.get(id), expected.title);
        if (result.known === undefined) known.delete(id);
        else known.set(id, result.known);
        cache.forgetSet(id);
        const { annotations, relations = [] } = input;
        // A save writes a good annotations.json: a damage reported for the old one is over.
        await index.update(id, ['annotations'], (current) => current && { ...current, labelCounts: countLabels(annotations), relations: relations.length, damage: current.damage?.code === 'annotations-damaged' ? null : current.damage });
        return result.saved;
      });
    },
    async putColleagueSet(id, set) {
      writable(id);
      return inQueue(id, async () => putColleagueFile(ctx, await expectedFor(id), set));
    },
    listColleagueSets: async (id) =>
      inQueue(id, async () => {
        const expected = await expectedFor(id);
        return listColleagueFiles(ctx, expected, expected.title, !readOnly);
      }),
    readDocumentSets: async (id, colleagues) =>
      inQueue(id, async () => {
        // Read once and not cached: an export passes every document through here once.
        const { meta, text } = await getDocumentFiles(ctx, id);
        const expected = { documentId: id, text, converter: createOffsetConverter(text), title: meta.title };
        const mine = await loadMine(expected);
        return { meta, text, mine, colleagues: colleagues ? await listColleagueFiles(ctx, expected, meta.title, !readOnly) : { sets: [], notices: [] } };
      }),
    summarizeDocument: async (id) => inQueue(id, async () => (await index.get(id)) ?? summarizeFolder(ctx, id, await stampsOf(ctx, id))),
    getOriginal: async (id) => inQueue(id, () => readOriginalFile(ctx, id)),
    hasOriginal: async (id) => inQueue(id, () => hasOriginalFile(ctx, id)),
    async removeDocument(id) {
      writable(id);
      return inQueue(id, async () => {
        const trashed = await moveDocumentToTrash(ctx, id);
        cache.forget(id);
        known.delete(id);
        await index.remove(id);
        return trashed;
      });
    },
    listTrash: () => listTrashedDocuments(ctx),
    async restoreDocument(trashId) {
      writable();
      const id = parseTrashId(trashId)?.documentId;
      if (id === undefined) throw new StoreError('INVALID_ID', `Not a trash entry: ${JSON.stringify(trashId.slice(0, 80))}`);
      return inQueue(id, async () => {
        const meta = await restoreTrashedDocument(ctx, trashId);
        cache.forget(id);
        known.delete(id);
        await index.refresh(id);
        return meta;
      });
    },
    async flush() {
      await queue.flush();
      await index.flush();
    },
  };
}
