import path from 'node:path';
import type { FileStat, FsPort } from '../../../../electron/node/store/fsPort';
import { systemError } from '../../electron/node/store/faultyFs';

/** One file's content; hard links share the node, writes replace it (bytes are never changed in place). */
interface FileNode {
  readonly ino: number;
  readonly data: Uint8Array;
  mtimeMs: number;
}

/** Every file (path -> bytes) and folder of a memory fs at one moment, to compare before and after. */
export interface FsSnapshot {
  readonly files: ReadonlyMap<string, Uint8Array>;
  readonly dirs: readonly string[];
}

/** The store's fs port over memory, with snapshots and cheap clones (one base store, a fresh copy per fuzz case). */
export interface MemoryFs {
  readonly fs: FsPort;
  snapshot(): FsSnapshot;
  clone(): MemoryFs;
}

/** True when two byte arrays hold the same bytes. */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a === b || (a.length === b.length && Buffer.compare(a, b) === 0);
}

/** Why two snapshots differ (first difference, for the failure message), or undefined when equal. */
export function snapshotDifference(before: FsSnapshot, after: FsSnapshot): string | undefined {
  const dirsBefore = before.dirs.join('\n');
  const dirsAfter = after.dirs.join('\n');
  if (dirsBefore !== dirsAfter) return `folders changed: [${before.dirs.join(', ')}] -> [${after.dirs.join(', ')}]`;
  for (const [file, bytes] of after.files) {
    const old = before.files.get(file);
    if (old === undefined) return `file added: ${file}`;
    if (!sameBytes(old, bytes)) return `file changed: ${file}`;
  }
  for (const file of before.files.keys()) if (!after.files.has(file)) return `file removed: ${file}`;
  return undefined;
}

/**
 * An in-memory `FsPort` with POSIX semantics where the store relies on them: exclusive create
 * (EEXIST), rename over an existing file, hard links sharing an inode, ENOENT for a missing
 * parent folder, ENOTDIR/EISDIR mix-ups; `stat` sizes and mtimes change on every write.
 */
export function createMemoryFs(seed?: { files: Map<string, FileNode>; dirs: Set<string>; nextIno: number; clock: number }): MemoryFs {
  const files = seed?.files ?? new Map<string, FileNode>();
  const dirs = seed?.dirs ?? new Set<string>(['/']);
  let nextIno = seed?.nextIno ?? 1;
  let clock = seed?.clock ?? 1_000;

  const parentMustExist = (file: string) => {
    const parent = path.dirname(file);
    if (!dirs.has(parent)) throw systemError(files.has(parent) ? 'ENOTDIR' : 'ENOENT', file);
  };
  const fileAt = (file: string): FileNode => {
    const node = files.get(file);
    if (node !== undefined) return node;
    throw systemError(dirs.has(file) ? 'EISDIR' : 'ENOENT', file);
  };
  const newNode = (data: Uint8Array): FileNode => ({ ino: nextIno++, data: Uint8Array.from(data), mtimeMs: (clock += 1) });

  const fs: FsPort = {
    async readFile(file) {
      return Uint8Array.from(fileAt(file).data);
    },
    async writeNewFileDurably(file, data) {
      parentMustExist(file);
      if (files.has(file) || dirs.has(file)) throw systemError('EEXIST', file);
      files.set(file, newNode(data));
    },
    async rename(from, to) {
      const node = fileAt(from);
      parentMustExist(to);
      if (dirs.has(to)) throw systemError('EISDIR', to);
      if (from === to) return;
      files.delete(from);
      files.set(to, node);
    },
    async link(existing, newPath) {
      const node = fileAt(existing);
      parentMustExist(newPath);
      if (files.has(newPath) || dirs.has(newPath)) throw systemError('EEXIST', newPath);
      files.set(newPath, node);
    },
    async copyFile(from, to) {
      const node = fileAt(from);
      parentMustExist(to);
      if (dirs.has(to)) throw systemError('EISDIR', to);
      files.set(to, newNode(node.data));
    },
    async unlink(file) {
      fileAt(file);
      files.delete(file);
    },
    async mkdir(dir) {
      const missing: string[] = [];
      for (let at = dir; !dirs.has(at); at = path.dirname(at)) {
        if (files.has(at)) throw systemError('EEXIST', at);
        missing.push(at);
      }
      for (const made of missing) dirs.add(made);
    },
    async readdir(dir) {
      if (!dirs.has(dir)) throw systemError(files.has(dir) ? 'ENOTDIR' : 'ENOENT', dir);
      const names = new Set<string>();
      for (const entry of [...files.keys(), ...dirs]) if (entry !== dir && path.dirname(entry) === dir) names.add(path.basename(entry));
      return [...names].sort();
    },
    async stat(file): Promise<FileStat> {
      const node = files.get(file);
      if (node !== undefined) return { ino: node.ino, size: node.data.length, mtimeMs: node.mtimeMs };
      if (dirs.has(file)) return { ino: 0, size: 0, mtimeMs: 0 };
      throw systemError('ENOENT', file);
    },
    async fsyncDir(dir) {
      if (!dirs.has(dir)) throw systemError('ENOENT', dir);
    },
  };

  return {
    fs,
    snapshot: () => ({ files: new Map([...files].map(([file, node]) => [file, node.data])), dirs: [...dirs].sort() }),
    clone() {
      // Nodes are copied once each, so links stay links in the copy; byte arrays are shared (never mutated).
      const copies = new Map<FileNode, FileNode>();
      const copyOf = (node: FileNode) => copies.get(node) ?? copies.set(node, { ...node }).get(node)!;
      return createMemoryFs({ files: new Map([...files].map(([file, node]) => [file, copyOf(node)])), dirs: new Set(dirs), nextIno, clock });
    },
  };
}
