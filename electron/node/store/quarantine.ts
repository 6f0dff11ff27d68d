import path from 'node:path';
import { errorCode, type FsPort } from './fsPort';
import { ioError, renameWithRetry, type AtomicWriteDeps } from './atomicWrite';

/** A timestamp usable in file names on every platform (no `:`), e.g. `2026-11-20T10-00-00-000Z`. */
export function fileTimestamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

/**
 * The name a damaged file is moved to: `annotations.json` -> `annotations.corrupt-<ts>.json`,
 * `annotations.json.bak` -> `annotations.bak.corrupt-<ts>.json`; `attempt` > 1 adds `-<n>`.
 */
export function corruptNameFor(name: string, date: Date, attempt = 1): string {
  const stem = name.replace(/\.json/, '');
  const counter = attempt > 1 ? `-${attempt}` : '';
  return `${stem}.corrupt-${fileTimestamp(date)}${counter}.json`;
}

async function exists(fs: FsPort, file: string): Promise<boolean> {
  try {
    await fs.stat(file);
    return true;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return false;
    throw error;
  }
}

/**
 * Moves a file that failed to parse or validate aside (never deletes it, never overwrites an
 * earlier quarantined file) and returns its new path, so the user's data stays recoverable.
 */
export async function quarantineFile(deps: AtomicWriteDeps, file: string, now: Date): Promise<string> {
  const dir = path.dirname(file);
  try {
    for (let attempt = 1; ; attempt++) {
      const target = path.join(dir, corruptNameFor(path.basename(file), now, attempt));
      if (await exists(deps.fs, target)) continue;
      await renameWithRetry(deps, file, target);
      await deps.fs.fsyncDir(dir);
      return target;
    }
  } catch (error) {
    throw ioError('move aside', file, error);
  }
}
