import { describe, expect, it, vi } from 'vitest';
import { MAX_OPENED_FILE_BYTES } from '@shared/ipc/methods/corpusMethods';
import { DEFAULT_MAX_TEXT_BYTES } from '../../../../../electron/node/files/refuseIfTooLarge';
import { baseNameOf, readDroppedFiles } from '../../../../../renderer/features/corpus/readDroppedFiles';

/** A File-like object whose reads are counted (a real 30 MB File is not needed to test the cap). */
function fakeFile(name: string, size: number, bytes = new Uint8Array(0)) {
  const arrayBuffer = vi.fn(async () => bytes.buffer);
  return { file: { name, size, arrayBuffer } as unknown as File, arrayBuffer };
}

describe('readDroppedFiles', () => {
  it('uses the same cap as main', () => {
    expect(MAX_OPENED_FILE_BYTES).toBe(DEFAULT_MAX_TEXT_BYTES);
  });

  it('reads files up to the cap and never reads a larger one, sending its size instead', async () => {
    const small = fakeFile('Mu\u0308ller 😀.txt', 4, new Uint8Array([0x84, 0x93, 0x80, 0x96]));
    const huge = fakeFile('riesig.txt', MAX_OPENED_FILE_BYTES + 1);
    const read = await readDroppedFiles([small.file, huge.file]);
    expect(read).toEqual([
      { name: 'Mu\u0308ller 😀.txt', size: 4, bytes: new Uint8Array([0x84, 0x93, 0x80, 0x96]) },
      { name: 'riesig.txt', size: MAX_OPENED_FILE_BYTES + 1, bytes: null },
    ]);
    expect(huge.arrayBuffer).not.toHaveBeenCalled();
  });

  it('sends no bytes for a file that cannot be read (main says so)', async () => {
    const broken = fakeFile('weg.txt', 10);
    broken.arrayBuffer.mockRejectedValueOnce(new Error('NotReadableError'));
    expect(await readDroppedFiles([broken.file])).toEqual([{ name: 'weg.txt', size: 10, bytes: null }]);
  });

  it.each([
    ['a.txt', 'a.txt'],
    ['C:\\Users\\jonas\\a.txt', 'a.txt'],
    ['/home/jonas/b.md', 'b.md'],
    ['..', 'file'],
    ['', 'file'],
  ])('keeps only the base name of %j', (name, expected) => {
    expect(baseNameOf(name)).toBe(expected);
  });
});
