import path from 'node:path';
import { ioError, isTempFileName, removeQuietly, unlessMissing, writeFileAtomic } from './atomicWrite';
import { mapInBatches, READ_BATCH } from './mapInBatches';
import { documentIds } from './scanStore';
import type { StoreContext } from './storeContext';
import { parseStoreIndexFile, serializeStoreIndex, type DocumentStamps, type IndexedDocument } from './storeIndexFile';
import type { StoreNotice } from './storeNotice';
import { latestChange, sameStamps, stampsOf, summarizeFolder } from './summarizeFolder';

/** The summary index file, beside `documents/`. */
export function storeIndexPath(dataDir: string): string {
  return path.join(dataDir, 'index.json');
}

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
}

/** The store's summary index: what the document list shows, kept in step with every write. */
export interface StoreIndex {
  /** Every document folder's entry (damaged ones too) and what loading the index had to say. */
  entries(): Promise<{ documents: IndexedDocument[]; notices: StoreNotice[] }>;
  get(id: string): Promise<IndexedDocument | undefined>;
  /**
   * Records a write to a document's folder: `change` gives the new entry from the current one (if
   * any) and the files' fresh stamps, or undefined to have the folder summarized from its files;
   * `wrote` names the files written (only their stamps are taken again). Call it inside the document's queue.
   */
  update(id: string, wrote: ReadonlyArray<keyof DocumentStamps>, change: (current: IndexedDocument | undefined, stamps: DocumentStamps) => Omit<IndexedDocument, 'stamps'> | undefined): Promise<void>;
  /** Summarizes a document's folder again from its files (after a restore, a repair, a move). */
  refresh(id: string): Promise<void>;
  /** Forgets a document whose folder is gone. */
  remove(id: string): Promise<void>;
  /** Writes pending changes now (before quit, at the end of a CLI command). */
  flush(): Promise<void>;
  /** Removes temp files of an interrupted index write (start-up, under the store lock). */
  removeStaleTemps(): Promise<void>;
}

/**
 * Creates the summary index over `<dataDir>/index.json`. It is a cache that is never trusted
 * blindly: loading checks every entry against three `stat`s of its files (inode, size, mtime)
 * and summarizes again what changed, is new or was written racily; folders that are gone are
 * dropped; a damaged or foreign file is rebuilt with a notice. Writes to documents update the
 * entry in memory at once and index.json (atomically, revisioned) shortly after, so a crash in
 * between leaves a stale entry that the next load notices, never a wrong list.
 */
export function createStoreIndex(ctx: StoreContext, options: StoreIndexOptions): StoreIndex {
  const file = storeIndexPath(ctx.dataDir);
  const writeDelayMs = options.writeDelayMs ?? 2000;
  const racyWindowMs = options.racyWindowMs ?? 2000;
  let loading: Promise<Map<string, IndexedDocument>> | null = null;
  let loadNotices: StoreNotice[] = [];
  let revision = 0;
  let dirty = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writing: Promise<void> = Promise.resolve();

  const readIndexFile = async () => {
    try {
      const stat = await unlessMissing('inspect', file, () => ctx.io.fs.stat(file));
      const bytes = stat === undefined ? undefined : await ctx.io.fs.readFile(file);
      return stat === undefined || bytes === undefined ? undefined : { parsed: parseStoreIndexFile(bytes), mtimeMs: stat.mtimeMs };
    } catch (error) {
      return { parsed: { ok: false as const, reason: error instanceof Error ? error.message : String(error) }, mtimeMs: 0 };
    }
  };

  /**
   * Brings `entries` in step with the folders: each folder's stamps are compared with its entry's
   * (an entry written by a file counts only when older than `trustedBefore`), and what changed,
   * is new or is gone is summarized again or dropped. An entry that a write replaced meanwhile
   * is left as that write set it. Returns whether anything changed.
   */
  const sync = async (entries: Map<string, IndexedDocument>, known: ReadonlyMap<string, IndexedDocument>, trustedBefore: number): Promise<boolean> => {
    const ids = await documentIds(ctx);
    const present = new Set(ids);
    let changed = false;
    for (const [id, entry] of known) {
      if (present.has(id) || entries.get(id) !== entry) continue;
      entries.delete(id);
      changed = true;
    }
    await mapInBatches(ids, READ_BATCH, async (id) => {
      const before = entries.get(id);
      const entry = known.get(id);
      const stamps = await stampsOf(ctx, id);
      if (entry !== undefined && sameStamps(entry.stamps, stamps) && latestChange(stamps) < trustedBefore) return;
      const fresh = await summarizeFolder(ctx, id, stamps);
      if (entries.get(id) !== before) return;
      entries.set(id, fresh);
      changed = true;
    });
    return changed;
  };

  const load = async (): Promise<Map<string, IndexedDocument>> => {
    const read = await readIndexFile();
    if (read?.parsed.ok) revision = read.parsed.revision;
    if (read !== undefined && !read.parsed.ok) {
      loadNotices = [{ code: 'index-rebuilt', severity: 'warning', file: 'index.json', message: `The store's summary index (index.json) could not be used (${read.parsed.reason}); the document list was rebuilt from the document folders.` }];
    }
    const known = read?.parsed.ok ? read.parsed.documents : new Map<string, IndexedDocument>();
    const entries = new Map(known);
    const changed = await sync(entries, known, (read?.mtimeMs ?? 0) - racyWindowMs);
    if (changed || !read?.parsed.ok) schedule();
    return entries;
  };

  const loaded = (): Promise<Map<string, IndexedDocument>> => {
    if (loading === null) {
      loading = load();
      // A failed load (an unreadable documents folder) is tried again by the next call.
      loading.catch(() => (loading = null));
    }
    return loading;
  };

  const writeNow = (): Promise<void> => {
    writing = writing.then(async () => {
      if (!dirty || loading === null) return;
      const entries = await loading;
      dirty = false;
      try {
        await writeFileAtomic(ctx.io, file, serializeStoreIndex(revision + 1, ctx.clock().toISOString(), entries.values()));
        revision += 1;
      } catch {
        // The list keeps working from memory; the next load rebuilds what index.json lacks.
        dirty = true;
      }
    });
    return writing;
  };

  function schedule(): void {
    if (options.readOnly) return;
    dirty = true;
    if (timer !== undefined || writeDelayMs === Infinity) return;
    timer = setTimeout(() => {
      timer = undefined;
      void writeNow();
    }, writeDelayMs);
    // A pending index write never keeps a CLI process alive; commands flush before they exit.
    (timer as { unref?: () => void }).unref?.();
  }

  const refresh = async (id: string) => {
    const entries = await loaded();
    const stamps = await stampsOf(ctx, id);
    entries.set(id, await summarizeFolder(ctx, id, stamps));
    schedule();
  };

  return {
    async entries() {
      const first = loading === null;
      const entries = await loaded();
      // Loading just checked every folder; later listings check again, as files may change under a running app.
      if (!first && (await sync(entries, new Map(entries), Infinity))) schedule();
      return { documents: [...entries.values()], notices: loadNotices };
    },
    async get(id) {
      const entries = await loaded();
      const entry = entries.get(id);
      if (entry === undefined) return undefined;
      const stamps = await stampsOf(ctx, id);
      if (sameStamps(entry.stamps, stamps)) return entry;
      const fresh = await summarizeFolder(ctx, id, stamps);
      if (entries.get(id) === entry) entries.set(id, fresh);
      schedule();
      return fresh;
    },
    async update(id, wrote, change) {
      const entries = await loaded();
      const current = entries.get(id);
      const fresh = await stampsOf(ctx, id);
      const next = change(current, fresh);
      if (next === undefined) return refresh(id);
      // Only the files this write touched are stamped anew: a change by anyone else stays noticeable.
      const stamps = { ...(current?.stamps ?? fresh) };
      for (const name of wrote) stamps[name] = fresh[name];
      entries.set(id, { ...next, stamps });
      schedule();
    },
    refresh,
    async remove(id) {
      const entries = await loaded();
      if (entries.delete(id)) schedule();
    },
    async flush() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      await writeNow();
    },
    async removeStaleTemps() {
      let names: string[];
      try {
        names = await ctx.io.fs.readdir(ctx.dataDir);
      } catch (error) {
        throw ioError('list', ctx.dataDir, error);
      }
      const base = path.basename(file);
      for (const name of names) if (name.startsWith(`${base}.`) && isTempFileName(name)) await removeQuietly(ctx.io.fs, path.join(ctx.dataDir, name));
    },
  };
}
