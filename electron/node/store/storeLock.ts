import { randomBytes } from 'node:crypto';
import { hostname as osHostname } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { createNodeFsPort, errorCode, type FsPort } from './fsPort';

/** The lock file's name inside the data folder. */
export const LOCK_FILE_NAME = 'tagwerk.lock';

const LockHolderSchema = z.object({
  pid: z.number().int().positive(),
  owner: z.enum(['app', 'cli']),
  startedAt: z.string(),
  hostname: z.string(),
  token: z.string(),
});

/** Who holds the store: which process, which kind, since when, on which machine. */
export type StoreLockHolder = z.infer<typeof LockHolderSchema>;

/** A held lock; `release` removes the file only if it is still ours (idempotent). */
export interface StoreLock {
  readonly holder: StoreLockHolder;
  release(): Promise<void>;
}

export type AcquireStoreLockResult = { ok: true; lock: StoreLock } | { ok: false; holder: StoreLockHolder; message: string };

export interface StoreLockDeps {
  fs?: FsPort;
  clock?: () => Date;
  hostname?: string;
  /** True when a process with this pid exists (default: `process.kill(pid, 0)`). */
  isPidAlive?: (pid: number) => boolean;
  sleep?: (ms: number) => Promise<void>;
}

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Whether a local process exists; EPERM means it exists but belongs to another user. */
export function isPidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === 'EPERM';
  }
}

/** The sentence the CLI prints (and the app logs) when the store is held by someone else. */
export function lockHeldMessage(holder: StoreLockHolder, lockFile: string): string {
  const who = holder.owner === 'app' ? 'Tagwerk is open' : 'A tagwerk command is running';
  const advice = holder.owner === 'app' ? 'Close the app and try again' : 'Wait for it to finish and try again';
  return `${who} on this data folder (pid ${holder.pid} on ${holder.hostname}, since ${holder.startedAt}). ${advice}; nothing was changed. If no such process exists, delete ${lockFile}.`;
}

async function readHolder(fs: FsPort, file: string): Promise<StoreLockHolder | 'missing' | 'unreadable'> {
  try {
    const raw = JSON.parse(Buffer.from(await fs.readFile(file)).toString('utf8')) as unknown;
    const parsed = LockHolderSchema.safeParse(raw);
    return parsed.success ? parsed.data : 'unreadable';
  } catch (error) {
    return errorCode(error) === 'ENOENT' ? 'missing' : 'unreadable';
  }
}

/** Error codes of `link` meaning the file system has no hard links (then exclusive create is used). */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV']);

/** What identifies one lock file for a takeover: its token, or (unreadable) its inode, time and size. */
type LockIdentity = { key: string } | 'missing';

async function identify(fs: FsPort, file: string, read: StoreLockHolder | 'missing' | 'unreadable'): Promise<LockIdentity> {
  if (read === 'missing') return 'missing';
  if (read !== 'unreadable') return { key: `t${read.token}` };
  try {
    const s = await fs.stat(file);
    return { key: `i${s.ino}-${Math.round(s.mtimeMs)}-${s.size}` };
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return 'missing';
    throw error;
  }
}

async function unlinkIfPresent(fs: FsPort, file: string): Promise<void> {
  try {
    await fs.unlink(file);
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error;
  }
}

/**
 * Publishes the complete lock file under `file` only if none exists: written under a unique
 * temporary name, then hard-linked into place (atomic and exclusive, so no reader ever sees a
 * half-written lock); falls back to exclusive create where hard links are unsupported.
 */
async function publishLock(fs: FsPort, file: string, data: Uint8Array, token: string): Promise<boolean> {
  const temp = `${file}.${token}.tmp`;
  await unlinkIfPresent(fs, temp);
  await fs.writeNewFileDurably(temp, data);
  try {
    await fs.link(temp, file);
    return true;
  } catch (error) {
    const code = errorCode(error);
    if (code === 'EEXIST') return false;
    if (!NO_HARD_LINKS.has(code ?? '')) throw error;
  } finally {
    await unlinkIfPresent(fs, temp);
  }
  try {
    await fs.writeNewFileDurably(file, data);
    return true;
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
    throw error;
  }
}

/**
 * Removes the stale lock identified by `stale`, in a way only one process can win: the right to
 * remove it is an exclusively created marker named after that lock's identity, and the winner
 * checks the lock is still that one before unlinking it (only the marker's holder may remove it).
 */
async function removeStaleLock(fs: FsPort, file: string, stale: { key: string }, token: string): Promise<void> {
  const marker = `${file}.takeover-${stale.key}`;
  const won = await publishLock(fs, marker, Buffer.from(`${token}\n`, 'utf8'), token);
  if (!won) return;
  try {
    const now = await identify(fs, file, await readHolder(fs, file));
    if (now !== 'missing' && now.key === stale.key) await unlinkIfPresent(fs, file);
  } finally {
    await unlinkIfPresent(fs, marker);
  }
}

/**
 * Takes `<dataDir>/tagwerk.lock` for this process (published atomically and exclusively), so the
 * CLI never writes to a store the app has open and two writers never work on one store, even when
 * many processes race. A lock whose process is gone (same machine) or whose file is unreadable is
 * stale and taken over by exactly one of the racing processes; a live holder is returned with a
 * message. Locks from another machine are never assumed stale.
 */
export async function acquireStoreLock(
  dataDir: string,
  who: { owner: 'app' | 'cli'; pid: number },
  deps: StoreLockDeps = {},
): Promise<AcquireStoreLockResult> {
  const fs = deps.fs ?? createNodeFsPort();
  const alive = deps.isPidAlive ?? isPidAlive;
  const host = deps.hostname ?? osHostname();
  const sleep = deps.sleep ?? defaultSleep;
  const file = path.join(dataDir, LOCK_FILE_NAME);
  const holder: StoreLockHolder = {
    pid: who.pid,
    owner: who.owner,
    startedAt: (deps.clock ?? (() => new Date()))().toISOString(),
    hostname: host,
    token: randomBytes(8).toString('hex'),
  };
  const data = Buffer.from(`${JSON.stringify(holder, null, 2)}\n`, 'utf8');
  await fs.mkdir(dataDir);
  for (let attempt = 0; attempt < 20; attempt++) {
    if (await publishLock(fs, file, data, holder.token)) {
      return { ok: true, lock: { holder, release: () => releaseIfOurs(fs, file, holder.token) } };
    }
    const current = await readHolder(fs, file);
    if (current === 'missing') continue;
    const stale = current === 'unreadable' || (current.hostname === host && !alive(current.pid));
    if (!stale) return { ok: false, holder: current, message: lockHeldMessage(current, file) };
    const identity = await identify(fs, file, current);
    if (identity !== 'missing') await removeStaleLock(fs, file, identity, holder.token);
    if (attempt > 2) await sleep(5 * attempt);
  }
  const current = await readHolder(fs, file);
  if (typeof current === 'object') return { ok: false, holder: current, message: lockHeldMessage(current, file) };
  throw new Error(`Could not take the store lock ${file}`);
}

async function releaseIfOurs(fs: FsPort, file: string, token: string): Promise<void> {
  const current = await readHolder(fs, file);
  if (typeof current !== 'object' || current.token !== token) return;
  await unlinkIfPresent(fs, file);
}
