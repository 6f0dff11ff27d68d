import path from 'node:path';
import type { FileStat } from './fsPort';
import type { AtomicWriteDeps } from './atomicWrite';
import type { StoreNotice } from './storeNotice';

/** What the store's parts share: where the data lives, how to write it, what time it is. */
export interface StoreContext {
  readonly dataDir: string;
  readonly io: AtomicWriteDeps;
  readonly clock: () => Date;
}

/**
 * What this process last knew about a document's annotations.json: its rev and stat after we
 * read or wrote it, so a save can skip re-reading a 2 MB file nobody else touched.
 */
export type KnownFile = { kind: 'ok'; rev: number; stat: FileStat } | { kind: 'future' } | { kind: 'missing' };

/** True when two stats describe the same unchanged file (same inode, size and mtime). */
export function sameStat(a: FileStat, b: FileStat): boolean {
  return a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs;
}

/** A path relative to the data folder, for notices (never leaks the user's home path into the UI). */
export function relativeToData(ctx: StoreContext, file: string): string {
  return path.relative(ctx.dataDir, file).split(path.sep).join('/');
}

/** Builds notices about one document, pre-filled with its id and title. */
export function noticeFor(documentId: string, documentTitle: string | undefined) {
  return (notice: Omit<StoreNotice, 'documentId' | 'documentTitle'>): StoreNotice => ({
    documentId,
    ...(documentTitle === undefined ? {} : { documentTitle }),
    ...notice,
  });
}
