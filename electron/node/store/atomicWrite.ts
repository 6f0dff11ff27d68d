import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { errorCode, type FsPort } from './fsPort';
import { StoreError } from './storeError';

const TEMP_FILE_PATTERN = /\.[0-9a-f]{8,32}\.tmp$/;

/** Rename errors that are usually transient on Windows (virus scanners, indexers, sync tools). */
const RETRYABLE_RENAME = new Set(['EPERM', 'EBUSY', 'EACCES']);

/** How atomic writes get unique temp names, wait between retries and how often they retry. */
export interface AtomicWriteDeps {
  fs: FsPort;
  newTempSuffix?: () => string;
  sleep?: (ms: number) => Promise<void>;
  /** Delays before each rename retry; the default waits 20, 40, 80, 160, 320 ms. */
  renameRetryDelaysMs?: readonly number[];
}

/** A fresh random hex suffix for a temp file name. */
export function randomTempSuffix(): string {
  return randomBytes(6).toString('hex');
}

/** The temp file name used while `target` is being written: `<target>.<hex>.tmp` beside it. */
export function tempPathFor(target: string, suffix: string): string {
  return `${target}.${suffix}.tmp`;
}

/** True for names our atomic writes create as temp files, so start-up can remove leftovers. */
export function isTempFileName(name: string): boolean {
  return TEMP_FILE_PATTERN.test(name);
}

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Turns a system error into a StoreError('IO') that keeps the errno, so the UI can say "disk full". */
export function ioError(action: string, file: string, error: unknown): StoreError {
  const errno = errorCode(error) ?? 'UNKNOWN';
  const reason = error instanceof Error ? error.message : String(error);
  return new StoreError('IO', `Could not ${action} ${path.basename(file)}: ${reason}`, { errno, cause: error });
}

/** Runs a file operation: a missing file (ENOENT) gives undefined, any other error a StoreError('IO'). */
export async function unlessMissing<T>(action: string, file: string, op: () => Promise<T>): Promise<T | undefined> {
  try {
    return await op();
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return undefined;
    throw ioError(action, file, error);
  }
}

/**
 * Renames `from` over `to`, retrying transient EPERM/EBUSY/EACCES with backoff, because on
 * Windows another process briefly holding the target is normal and must not fail a save.
 */
export async function renameWithRetry(deps: AtomicWriteDeps, from: string, to: string): Promise<void> {
  const delays = deps.renameRetryDelaysMs ?? [20, 40, 80, 160, 320];
  const sleep = deps.sleep ?? defaultSleep;
  for (let attempt = 0; ; attempt++) {
    try {
      await deps.fs.rename(from, to);
      return;
    } catch (error) {
      const delay = delays[attempt];
      if (delay === undefined || !RETRYABLE_RENAME.has(errorCode(error) ?? '')) throw error;
      await sleep(delay);
    }
  }
}

/** Removes a file, ignoring "already gone" and any other error (used only for cleanup). */
export async function removeQuietly(fs: FsPort, file: string): Promise<void> {
  try {
    await fs.unlink(file);
  } catch {
    // Cleanup is best effort; start-up removes any leftover temp file.
  }
}

/**
 * Replaces `target` with `data` atomically: write a temp file beside it, fsync, rename over the
 * target, fsync the directory. A reader (or a process killed at any moment) sees either the old
 * or the new content, never a mix; on failure the old file is untouched and the temp is removed.
 */
export async function writeFileAtomic(deps: AtomicWriteDeps, target: string, data: Uint8Array | string): Promise<void> {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const temp = tempPathFor(target, (deps.newTempSuffix ?? randomTempSuffix)());
  try {
    await deps.fs.writeNewFileDurably(temp, bytes);
  } catch (error) {
    await removeQuietly(deps.fs, temp);
    throw ioError('write', target, error);
  }
  try {
    await renameWithRetry(deps, temp, target);
  } catch (error) {
    await removeQuietly(deps.fs, temp);
    throw ioError('replace', target, error);
  }
  try {
    await deps.fs.fsyncDir(path.dirname(target));
  } catch (error) {
    throw ioError('flush the folder of', target, error);
  }
}

/** True when both paths exist and are links to one file (same folder, so same device). */
async function sameFile(fs: FsPort, a: string, b: string): Promise<boolean> {
  try {
    const [statA, statB] = await Promise.all([fs.stat(a), fs.stat(b)]);
    return statA.ino === statB.ino && statA.ino !== 0;
  } catch {
    return false;
  }
}

/**
 * Makes `backup` a copy of `source` (a hard link where possible, else a file copy), swapped in
 * atomically, so a backup is always a whole earlier file. Does nothing when `source` is missing.
 */
export async function replaceBackup(deps: AtomicWriteDeps, source: string, backup: string): Promise<void> {
  // Already the same file (a save was interrupted after its backup step): rename() between two
  // links of one inode does nothing and would leave the temp link behind, so stop here.
  if (await sameFile(deps.fs, source, backup)) return;
  const temp = tempPathFor(backup, (deps.newTempSuffix ?? randomTempSuffix)());
  try {
    try {
      await deps.fs.link(source, temp);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return;
      await deps.fs.copyFile(source, temp);
    }
    await renameWithRetry(deps, temp, backup);
  } catch (error) {
    await removeQuietly(deps.fs, temp);
    throw ioError('back up', source, error);
  }
}
