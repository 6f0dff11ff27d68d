import { promises as fsp } from 'node:fs';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import type { NamedFile } from '../../shared/formats/formatAdapter';
import { errorCode } from '../main/store/fsPort';

/** Largest dataset or format file the CLI reads (a whole corpus export), checked before reading. */
export const MAX_DATASET_BYTES = 200 * 1024 * 1024;

/** A read that failed, as one line for stderr (the file as the user typed it, then why). */
export interface FileProblem {
  readonly ok: false;
  readonly line: string;
}

function systemReason(error: unknown): string {
  const code = errorCode(error);
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder, not a file';
  if (code === 'ENOTDIR') return 'is not a folder';
  return error instanceof Error ? error.message : String(error);
}

/** One stderr line for a failed file operation on `shown` (the path as the user typed it). */
export function fileProblemLine(shown: string, error: unknown): string {
  return `${shown}: ${systemReason(error)}`;
}

/** Reads a file's bytes, refusing one larger than `maxBytes` before loading it. */
export async function readInputBytes(cwd: string, file: string, maxBytes: number): Promise<{ ok: true; bytes: Uint8Array } | FileProblem> {
  const full = path.resolve(cwd, file);
  try {
    const stat = await fsp.stat(full);
    if (stat.isDirectory()) return { ok: false, line: `${file}: is a folder, not a file` };
    if (stat.size > maxBytes) return { ok: false, line: `${file}: is ${stat.size} bytes; the limit is ${maxBytes} bytes` };
    return { ok: true, bytes: await fsp.readFile(full) };
  } catch (error) {
    return { ok: false, line: fileProblemLine(file, error) };
  }
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads a JSON/JSONL/format file as UTF-8 text (a BOM is left for the parser to skip); other encodings are refused. */
export async function readInputText(cwd: string, file: string, maxBytes: number = MAX_DATASET_BYTES): Promise<{ ok: true; text: string } | FileProblem> {
  const read = await readInputBytes(cwd, file, maxBytes);
  if (!read.ok) return read;
  try {
    return { ok: true, text: strictUtf8.decode(read.bytes) };
  } catch {
    return { ok: false, line: `${file}: is not UTF-8 text (dataset files are UTF-8)` };
  }
}

/**
 * Reads the files of a folder format (brat): every file with one of `extensions` directly in
 * the folder or in a sub-folder one level down (brat exports one folder per annotator), named
 * by their `/`-separated path inside the folder, sorted; other files and deeper folders are ignored.
 */
export async function readInputFolder(cwd: string, folder: string, extensions: readonly string[]): Promise<{ ok: true; files: NamedFile[] } | FileProblem> {
  const full = path.resolve(cwd, folder);
  const wanted = (name: string): boolean => extensions.some((ext) => name.endsWith(`.${ext}`));
  const names: string[] = [];
  try {
    for (const entry of await fsp.readdir(full, { withFileTypes: true })) {
      if (entry.isFile() && wanted(entry.name)) names.push(entry.name);
      if (!entry.isDirectory()) continue;
      const inner = await fsp.readdir(path.join(full, entry.name), { withFileTypes: true });
      for (const file of inner) if (file.isFile() && wanted(file.name)) names.push(`${entry.name}/${file.name}`);
    }
  } catch (error) {
    return { ok: false, line: fileProblemLine(folder, error) };
  }
  const files: NamedFile[] = [];
  for (const name of names.sort()) {
    const read = await readInputText(cwd, path.join(folder, ...name.split('/')));
    if (!read.ok) return read;
    files.push({ name, content: read.text });
  }
  return { ok: true, files };
}

/** Writes one output file atomically (a failed export never leaves half a file over a good one); returns its size. */
export async function writeOutputFile(cwd: string, file: string, content: string): Promise<number> {
  const bytes = Buffer.from(content, 'utf8');
  await writeFileAtomic(path.resolve(cwd, file), bytes);
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
