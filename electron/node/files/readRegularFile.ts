import { constants, promises as fsp, type Stats } from 'node:fs';
import { errorCode } from '../store/fsPort';

/** Why a file was not read: not a regular file, larger than the cap, or a system error (with its code). */
export type ReadRefusal =
  | { readonly ok: false; readonly kind: 'not-regular'; readonly reason: string }
  | { readonly ok: false; readonly kind: 'too-large'; readonly size: number; readonly reason: string }
  | { readonly ok: false; readonly kind: 'failed'; readonly code: string | undefined; readonly reason: string; readonly error: unknown };

export interface ReadRegularFileOptions {
  /** Largest file read, in bytes; checked on the opened file and again while reading (a file may grow or report size 0). */
  readonly maxBytes: number;
  /** Refuse a symbolic link instead of following it (a file inside an imported folder must not lead out of it). */
  readonly noFollow?: boolean;
}

const CHUNK_BYTES = 1024 * 1024;

/** What a file that is not a regular file is, in words a user can act on. */
function notRegularReason(stat: Stats): string {
  if (stat.isDirectory()) return 'is a folder, not a file';
  if (stat.isFIFO()) return 'is a named pipe (FIFO), not a regular file; only regular files are read';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'is a device, not a regular file; only regular files are read';
  if (stat.isSocket()) return 'is a socket, not a regular file; only regular files are read';
  return 'is not a regular file; only regular files are read';
}

/** Reads from the handle until its end, failing once more than `maxBytes` arrive. */
async function readCapped(handle: fsp.FileHandle, maxBytes: number): Promise<Uint8Array | null> {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const buffer = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, maxBytes + 1 - total));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
    if (bytesRead === 0) return Buffer.concat(chunks, total);
    chunks.push(buffer.subarray(0, bytesRead));
    total += bytesRead;
    if (total > maxBytes) return null;
  }
}

/**
 * Reads a file only when it is a regular file within the size cap, checked on the opened handle
 * (never by name, which another process could swap): it is opened non-blocking, so a FIFO or
 * device is refused at once instead of hanging or streaming forever, and with `noFollow` a
 * symbolic link is refused rather than followed.
 */
export async function readRegularFile(file: string, options: ReadRegularFileOptions): Promise<{ ok: true; bytes: Uint8Array } | ReadRefusal> {
  const flags = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (options.noFollow ? (constants.O_NOFOLLOW ?? 0) : 0);
  let handle: fsp.FileHandle;
  try {
    handle = await fsp.open(file, flags);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ELOOP' && options.noFollow) return { ok: false, kind: 'not-regular', reason: 'is a symbolic link; links inside an imported folder are not followed' };
    if (code === 'ENXIO') return { ok: false, kind: 'not-regular', reason: 'is a socket or a device without a reader, not a regular file; only regular files are read' };
    return { ok: false, kind: 'failed', code, reason: error instanceof Error ? error.message : String(error), error };
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) return { ok: false, kind: 'not-regular', reason: notRegularReason(stat) };
    if (stat.size > options.maxBytes) return { ok: false, kind: 'too-large', size: stat.size, reason: `is ${stat.size} bytes; the limit is ${options.maxBytes} bytes` };
    const bytes = await readCapped(handle, options.maxBytes);
    if (bytes === null) return { ok: false, kind: 'too-large', size: options.maxBytes + 1, reason: `grew past the limit of ${options.maxBytes} bytes while being read` };
    return { ok: true, bytes };
  } catch (error) {
    return { ok: false, kind: 'failed', code: errorCode(error), reason: error instanceof Error ? error.message : String(error), error };
  } finally {
    await handle.close();
  }
}
