import { promises as fsp, readdirSync, readFileSync, statSync } from 'node:fs';

/** What the store needs to know about a file to notice that someone else replaced it. */
export interface FileStat {
  readonly ino: number;
  readonly size: number;
  readonly mtimeMs: number;
}

/**
 * The few file operations the document store uses, as a port so tests can inject faults
 * (ENOSPC, EPERM on rename, …) exactly where they would happen on a real disk.
 */
export interface FsPort {
  readFile(path: string): Promise<Uint8Array>;
  /** Creates `path` (failing if it exists), writes all of `data`, fsyncs and closes it. */
  writeNewFileDurably(path: string, data: Uint8Array): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  link(existing: string, newPath: string): Promise<void>;
  copyFile(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  mkdir(path: string): Promise<void>;
  readdir(path: string): Promise<string[]>;
  stat(path: string): Promise<FileStat>;
  /** Flushes a directory entry change (a rename) to disk where the platform allows it. */
  fsyncDir(path: string): Promise<void>;
}

/** Error codes of a directory fsync that mean "not supported here" (Windows, some file systems). */
const FSYNC_DIR_UNSUPPORTED = new Set(['EISDIR', 'EPERM', 'EACCES', 'EINVAL', 'ENOTSUP', 'EBADF']);

/** The node:fs/promises implementation of the port, used everywhere except fault-injecting tests. */
export function createNodeFsPort(): FsPort {
  return {
    readFile: async (path) => fsp.readFile(path),
    async writeNewFileDurably(path, data) {
      const handle = await fsp.open(path, 'wx');
      try {
        await handle.writeFile(data);
        await handle.sync();
      } finally {
        await handle.close();
      }
    },
    rename: (from, to) => fsp.rename(from, to),
    link: (existing, newPath) => fsp.link(existing, newPath),
    copyFile: (from, to) => fsp.copyFile(from, to),
    unlink: (path) => fsp.unlink(path),
    mkdir: async (path) => {
      await fsp.mkdir(path, { recursive: true });
    },
    readdir: (path) => fsp.readdir(path),
    stat: async (path) => {
      const s = await fsp.stat(path);
      return { ino: s.ino, size: s.size, mtimeMs: s.mtimeMs };
    },
    async fsyncDir(path) {
      let handle: fsp.FileHandle | undefined;
      try {
        handle = await fsp.open(path, 'r');
        await handle.sync();
      } catch (error) {
        if (!FSYNC_DIR_UNSUPPORTED.has(errorCode(error) ?? '')) throw error;
      } finally {
        await handle?.close();
      }
    },
  };
}

/**
 * The node:fs port with blocking reads, for a command-line process that only reads (an export):
 * nothing waits on its event loop, and `readFileSync` costs a fraction of fs/promises' four
 * thread-pool round trips per file (open, stat, read, close), which were half an export of
 * 10,000 documents. Errors carry the same codes; writes stay those of `createNodeFsPort`.
 */
export function createBlockingReadFsPort(): FsPort {
  return {
    ...createNodeFsPort(),
    readFile: async (path) => readFileSync(path),
    readdir: async (path) => readdirSync(path),
    stat: async (path) => {
      const s = statSync(path);
      return { ino: s.ino, size: s.size, mtimeMs: s.mtimeMs };
    },
  };
}

/** The `code` of a Node system error (`ENOENT`, `ENOSPC`, …), or undefined for other values. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}
