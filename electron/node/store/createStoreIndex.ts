import path from 'node:path';
import { ioError, isTempFileName, removeQuietly, unlessMissing, writeFileAtomic } from './atomicWrite';
import { CHECK_BATCH, mapInBatches, READ_BATCH } from './mapInBatches';
import { documentIds } from './scanStore';
import type { StoreContext } from './storeContext';
import { parseStoreIndexFile, sameIndexedDocument, serializeStoreIndex, type IndexedDocument } from './storeIndexFile';
import type { StoreNotice } from './storeNotice';
import type { StoreIndex, StoreIndexOptions } from './storeIndexContract';
import { latestChange, sameStamps, stampsOf, summarizeFolder, withKeptMeta } from './summarizeFolder';

export type { StoreIndex, StoreIndexOptions } from './storeIndexContract';

/** The summary index file, beside `documents/`. */
export function storeIndexPath(dataDir: string): string {
  return path.join(dataDir, 'index.json');
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
  let applied: Promise<void> = Promise.resolve();
  let pendingCheck: (() => Promise<void>) | null = null;
  let checkRun: Promise<void> | null = null;
  let hurry: () => void = () => undefined;
  const hurried = new Promise<void>((resolve) => (hurry = resolve));
  /** The check of the entries read from index.json, started on first need; `urgent` when the caller waits for it (it stops yielding to the window). */
  const checking = (urgent: boolean): Promise<void> => {
    if (urgent) hurry();
    if (checkRun === null && pendingCheck !== null) checkRun = pendingCheck();
    return checkRun ?? Promise.resolve();
  };
  const { whenIdle } = options;
  /** Before each batch of the check: wait for the window to be idle, unless the check was hurried. */
  const yieldToWindow = whenIdle === undefined ? undefined : () => Promise.race([whenIdle(), hurried]);

  const summarizedNow = async (id: string) => summarizeFolder(ctx, id, await stampsOf(ctx, id));

  const readIndexFile = async () => {
    try {
      const stat = await unlessMissing('inspect', file, () => ctx.io.fs.stat(file));
      const bytes = stat === undefined ? undefined : await ctx.io.fs.readFile(file);
      return stat === undefined || bytes === undefined ? undefined : { parsed: parseStoreIndexFile(bytes), mtimeMs: stat.mtimeMs };
    } catch (error) {
      return { parsed: { ok: false as const, reason: error instanceof Error ? error.message : String(error) }, mtimeMs: 0 };
    }
  };

  /** Summarizes a folder again when its files changed since `entry` was taken, or were written racily close to index.json. */
  const recheck = async (entries: Map<string, IndexedDocument>, id: string, trustedBefore: number): Promise<boolean> => {
    // A write through this store may replace the entry meanwhile; then its new entry is checked instead.
    for (let attempt = 0; attempt < 3; attempt++) {
      const entry = entries.get(id);
      if (entry === undefined) return false;
      const stamps = await stampsOf(ctx, id);
      if (sameStamps(entry.stamps, stamps) && latestChange(stamps) < trustedBefore) return false;
      const fresh = withKeptMeta(entry, await summarizeFolder(ctx, id, stamps));
      if (entries.get(id) !== entry) continue;
      entries.set(id, fresh);
      // A racy entry summarized again is usually what index.json already says: then nothing needs writing.
      return !sameIndexedDocument(entry, fresh);
    }
    return false;
  };

  /**
   * Checks every entry read from index.json against its files' stamps, `CHECK_BATCH` folders at
   * once, after the list was answered: what changed is summarized again, written to index.json
   * and reported through `onChecked`, so the window shows the corrected list moments later.
   */
  const check = async (entries: Map<string, IndexedDocument>, trustedBefore: number): Promise<void> => {
    let changed = 0;
    await mapInBatches(
      [...entries.keys()],
      CHECK_BATCH,
      async (id) => {
        if (await recheck(entries, id, trustedBefore)) changed += 1;
      },
      yieldToWindow,
    );
    if (changed > 0) {
      schedule();
      options.onChecked?.(changed);
    }
  };

  /**
   * Reads index.json and lists the document folders: entries of folders that are gone are dropped
   * and new folders summarized at once; the entries read are then checked in the background
   * (`checking`). Without a usable index.json every folder is summarized before answering.
   */
  const load = async (): Promise<Map<string, IndexedDocument>> => {
    const read = await readIndexFile();
    if (read?.parsed.ok) revision = read.parsed.revision;
    if (read !== undefined && !read.parsed.ok && read.parsed.outdated !== true) {
      loadNotices = [{ code: 'index-rebuilt', severity: 'warning', file: 'index.json', message: `The store's summary index (index.json) could not be used (${read.parsed.reason}); the document list was rebuilt from the document folders.` }];
    }
    const known = read?.parsed.ok ? read.parsed.documents : new Map<string, IndexedDocument>();
    const ids = await documentIds(ctx);
    const entries = new Map<string, IndexedDocument>();
    const added: string[] = [];
    for (const id of ids) {
      const entry = known.get(id);
      if (entry === undefined) added.push(id);
      else entries.set(id, entry);
    }
    for (const entry of await mapInBatches(added, READ_BATCH, summarizedNow)) entries.set(entry.id, entry);
    if (!read?.parsed.ok || added.length > 0 || entries.size !== known.size) schedule();
    const trustedBefore = (read?.mtimeMs ?? 0) - racyWindowMs;
    // Started by the first listing (or anything that needs it checked), not while the window opens its first document.
    pendingCheck = known.size === 0 ? null : () => check(entries, trustedBefore).catch(() => undefined);
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
      // Entries not yet checked would be written under a newer index.json, and so trusted by the next
      // load even when their files were rewritten racily close to the old one: the check ends first
      // (a delayed write waits for it as it yields; `flush` hurries it).
      await checking(false);
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

  /**
   * Applies a change to the entries once they are loaded, in call order, without making the write
   * that caused it wait for the load (a first save must not wait for ten thousand `stat`s). A
   * change that fails is dropped: its files are on disk, and the next load summarizes them.
   */
  const whenLoaded = (change: (entries: Map<string, IndexedDocument>) => unknown): void => {
    applied = applied
      .then(async () => {
        // A change that reports `false` changed nothing, and index.json need not be written again.
        if ((await change(await loaded())) !== false) schedule();
      })
      .catch(() => undefined);
  };
  const current = async (): Promise<Map<string, IndexedDocument>> => {
    const entries = await loaded();
    await applied;
    return entries;
  };

  return {
    async entries({ unchecked = false } = {}) {
      // Every file is checked once per process, when loading: after that every write goes through this store
      // (it holds the lock), and one document's entry is checked again whenever it is asked for alone. Folders
      // added or removed by anyone else (a file opened through another instance, a sync tool) cost one readdir.
      whenLoaded(async (entries) => {
        const ids = await documentIds(ctx);
        const present = new Set(ids);
        const gone = [...entries.keys()].filter((id) => !present.has(id));
        for (const id of gone) entries.delete(id);
        const added = ids.filter((id) => !entries.has(id));
        for (const entry of await mapInBatches(added, READ_BATCH, summarizedNow)) entries.set(entry.id, entry);
        return gone.length + added.length > 0;
      });
      const entries = await current();
      const check = checking(!unchecked);
      if (!unchecked) await check;
      return { documents: [...entries.values()], notices: loadNotices };
    },
    async checked() {
      await loaded();
      await checking(true);
    },
    preload() {
      void loaded().catch(() => undefined);
    },
    async get(id) {
      const entries = await current();
      const entry = entries.get(id);
      if (entry === undefined) return undefined;
      const stamps = await stampsOf(ctx, id);
      if (sameStamps(entry.stamps, stamps)) return entry;
      const fresh = withKeptMeta(entry, await summarizeFolder(ctx, id, stamps));
      if (entries.get(id) === entry) entries.set(id, fresh);
      schedule();
      return fresh;
    },
    async update(id, wrote, change) {
      // Stamped now, inside the document's queue, so the stamps are those of this write's files.
      const fresh = await stampsOf(ctx, id);
      whenLoaded(async (entries) => {
        const before = entries.get(id);
        const next = change(before, fresh);
        if (next === undefined) return void entries.set(id, withKeptMeta(before, await summarizedNow(id)));
        // Only the files this write touched are stamped anew: a change by anyone else stays noticeable.
        const stamps = { ...(before?.stamps ?? fresh) };
        for (const name of wrote) stamps[name] = fresh[name];
        entries.set(id, { ...next, stamps });
      });
    },
    async refresh(id) {
      const summary = await summarizedNow(id);
      whenLoaded((entries) => void entries.set(id, withKeptMeta(entries.get(id), summary)));
    },
    async remove(id) {
      whenLoaded((entries) => void entries.delete(id));
    },
    async flush() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      await applied;
      if (dirty) void checking(true);
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
