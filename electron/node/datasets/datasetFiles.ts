import { promises as fsp } from 'node:fs';
import path from 'node:path';
import type { NamedFile } from '@shared/formats/formatAdapter';
import type { ProblemFacts } from '@shared/formats/problemFacts';
import { readRegularFile } from '../files/readRegularFile';
import { writeFileAtomic } from '../store/atomicWrite';
import { createNodeFsPort, errorCode } from '../store/fsPort';
import { StoreError } from '../store/storeError';
import { LIMITS } from '@shared/limits/limits';

/** Largest dataset or format file read (a whole corpus export), checked before reading, so a wrongly chosen huge file is refused at once. */
export const MAX_DATASET_BYTES = LIMITS.datasetBytes;

/**
 * A file operation that failed: the file as the caller named it and why, in English words a user
 * can act on (the CLI prints them) and as a problem code the window words in its language.
 */
export interface FileProblem {
  readonly ok: false;
  readonly file: string;
  readonly reason: string;
  readonly facts: ProblemFacts;
}

function systemCode(error: unknown): string | undefined {
  return error instanceof StoreError ? error.errno : errorCode(error);
}

/** A failed system call as a problem code: a missing file, no permission, a folder, else the English reason. */
function systemFacts(error: unknown): ProblemFacts {
  const code = systemCode(error);
  if (code === 'ENOENT') return { code: 'fileNotFound' };
  if (code === 'EACCES' || code === 'EPERM') return { code: 'permissionDenied' };
  if (code === 'EISDIR' || code === 'ENOTDIR') return { code: 'notRegularFile' };
  return { code: 'readFailed', reason: systemReason(error) };
}

function systemReason(error: unknown): string {
  const code = systemCode(error);
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder, not a file';
  if (code === 'ENOTDIR') return 'is not a folder';
  if (code === 'ENOSPC') return 'the disk is full';
  const cause = error instanceof StoreError && error.cause !== undefined ? error.cause : error;
  return cause instanceof Error ? cause.message : String(cause);
}

/** The problem of a failed read or write of `file` (as the user named it), from the thrown system error. */
export function fileProblem(file: string, error: unknown): FileProblem {
  return { ok: false, file, reason: systemReason(error), facts: systemFacts(error) };
}

/** How an input is read: `noFollow` refuses a symbolic link (files found inside an imported folder). */
export interface InputReadOptions {
  readonly noFollow?: boolean;
}

/** Reads a file's bytes when it is a regular file of at most `maxBytes` (checked on the opened file, before loading it); FIFOs and devices are refused at once. */
export async function readInputBytes(cwd: string, file: string, maxBytes: number, options: InputReadOptions = {}): Promise<{ ok: true; bytes: Uint8Array } | FileProblem> {
  const read = await readRegularFile(path.resolve(cwd, file), { maxBytes, noFollow: options.noFollow ?? false });
  if (read.ok) return read;
  if (read.kind === 'failed') return fileProblem(file, read.error);
  return { ok: false, file, reason: read.reason, facts: read.kind === 'too-large' ? { code: 'fileTooLarge', limit: maxBytes } : { code: 'notRegularFile' } };
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads a dataset or format file as UTF-8 text (a BOM is left for the parser to skip), at most `maxBytes`; other encodings are refused. */
export async function readInputText(cwd: string, file: string, maxBytes: number = MAX_DATASET_BYTES, options: InputReadOptions = {}): Promise<{ ok: true; text: string } | FileProblem> {
  const read = await readInputBytes(cwd, file, maxBytes, options);
  if (!read.ok) return read;
  try {
    return { ok: true, text: strictUtf8.decode(read.bytes) };
  } catch {
    return { ok: false, file, reason: 'is not UTF-8 text (dataset files are UTF-8)', facts: { code: 'notUtf8' } };
  }
}

/**
 * Reads the files of a folder format (brat): every file with one of `extensions` directly in
 * the folder or in a sub-folder one level down (brat exports one folder per annotator), named
 * by their `/`-separated path inside the folder, sorted; other files and deeper folders are ignored,
 * and a symbolic link, FIFO or device with a wanted name is refused (never followed out of the folder, never waited on).
 */
export async function readInputFolder(cwd: string, folder: string, extensions: readonly string[]): Promise<{ ok: true; files: NamedFile[] } | FileProblem> {
  const full = path.resolve(cwd, folder);
  const wanted = (name: string): boolean => extensions.some((ext) => name.endsWith(`.${ext}`));
  const names: string[] = [];
  try {
    for (const entry of await fsp.readdir(full, { withFileTypes: true })) {
      if (!entry.isDirectory() && wanted(entry.name)) names.push(entry.name);
      if (!entry.isDirectory()) continue;
      const inner = await fsp.readdir(path.join(full, entry.name), { withFileTypes: true });
      for (const file of inner) if (!file.isDirectory() && wanted(file.name)) names.push(`${entry.name}/${file.name}`);
    }
  } catch (error) {
    return fileProblem(folder, error);
  }
  const files: NamedFile[] = [];
  for (const name of names.sort()) {
    const read = await readInputText(cwd, path.join(folder, ...name.split('/')), MAX_DATASET_BYTES, { noFollow: true });
    if (!read.ok) return read;
    files.push({ name, content: read.text });
  }
  return { ok: true, files };
}

const nodeFs = createNodeFsPort();

/** Writes one output file with the store's atomic writer (a failed export never leaves half a file over a good one); returns its size. */
export async function writeOutputFile(cwd: string, file: string, content: string): Promise<number> {
  const bytes = Buffer.from(content, 'utf8');
  await writeFileAtomic({ fs: nodeFs }, path.resolve(cwd, file), bytes);
  return bytes.length;
}

/** Writes a folder format's files (`/`-separated names) into a folder and its sub-folders, created if missing; returns the total size. */
export async function writeOutputFolder(cwd: string, folder: string, files: readonly NamedFile[]): Promise<number> {
  const full = path.resolve(cwd, folder);
  let size = 0;
  for (const file of files) {
    const target = path.join(full, ...file.name.split('/'));
    await fsp.mkdir(path.dirname(target), { recursive: true });
    size += await writeOutputFile(full, path.relative(full, target), file.content);
  }
  return size;
}
