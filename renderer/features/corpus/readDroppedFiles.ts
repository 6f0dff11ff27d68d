import { LIMITS } from '@shared/limits/limits';

/** A dropped file as main receives it: base name, size, and bytes unless it is over the cap. */
export interface DroppedFile {
  name: string;
  size: number;
  bytes: Uint8Array<ArrayBuffer> | null;
}

/** The base name of a file name (a File's name has no folder, but never trust that). */
export function baseNameOf(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  return base === '' || base === '.' || base === '..' ? 'file' : base.replace(/\0/g, '').slice(0, 255);
}

/**
 * Reads dropped files for main: the size is checked before reading, so a file over the cap is
 * never loaded into the window (main refuses it by its size); paths are never sent, only base names.
 */
export async function readDroppedFiles(files: readonly File[]): Promise<DroppedFile[]> {
  const result: DroppedFile[] = [];
  for (const file of files.slice(0, LIMITS.openedFiles)) {
    const name = baseNameOf(file.name);
    if (file.size > LIMITS.textBytes) {
      result.push({ name, size: file.size, bytes: null });
      continue;
    }
    try {
      result.push({ name, size: file.size, bytes: new Uint8Array(await file.arrayBuffer()) });
    } catch {
      result.push({ name, size: file.size, bytes: null });
    }
  }
  return result;
}
