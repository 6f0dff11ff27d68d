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

/**
 * Takes `<dataDir>/tagwerk.lock` for this process (created exclusively), so the CLI never
 * writes to a store the app has open and two writers never work on one store. A lock whose
 * process is gone (same machine) or whose file is unreadable is stale and taken over; a live
 * holder is returned with a message. Locks from another machine are never assumed stale.
 */
export async function acquireStoreLock(
  dataDir: string,
  who: { owner: 'app' | 'cli'; pid: number },
  deps: StoreLockDeps = {},
): Promise<AcquireStoreLockResult> {
  const fs = deps.fs ?? createNodeFsPort();
  const alive = deps.isPidAlive ?? isPidAlive;
  const host = deps.hostname ?? osHostname();
  const file = path.join(dataDir, LOCK_FILE_NAME);
  const holder: StoreLockHolder = {
    pid: who.pid,
    owner: who.owner,
    startedAt: (deps.clock ?? (() => new Date()))().toISOString(),
    hostname: host,
    token: randomBytes(8).toString('hex'),
  };
  await fs.mkdir(dataDir);
  for (let attempt = 0; attempt < 4; attempt++) {
    try {
      await fs.writeNewFileDurably(file, Buffer.from(`${JSON.stringify(holder, null, 2)}\n`, 'utf8'));
      return { ok: true, lock: { holder, release: () => releaseIfOurs(fs, file, holder.token) } };
    } catch (error) {
      if (errorCode(error) !== 'EEXIST') throw error;
    }
    const current = await readHolder(fs, file);
    if (current === 'missing') continue;
    if (current === 'unreadable' && attempt === 0) {
      // Possibly another process between creating and writing its lock: look again shortly.
      await (deps.sleep ?? defaultSleep)(150);
      continue;
    }
    const stale = current === 'unreadable' || (current.hostname === host && !alive(current.pid));
    if (!stale) return { ok: false, holder: current, message: lockHeldMessage(current, file) };
    try {
      await fs.unlink(file);
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') throw error;
    }
  }
  const current = await readHolder(fs, file);
  if (typeof current === 'object') return { ok: false, holder: current, message: lockHeldMessage(current, file) };
  throw new Error(`Could not take the store lock ${file}`);
}

async function releaseIfOurs(fs: FsPort, file: string, token: string): Promise<void> {
  const current = await readHolder(fs, file);
  if (typeof current !== 'object' || current.token !== token) return;
  try {
    await fs.unlink(file);
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error;
  }
}
