import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createBlockingReadFsPort, createNodeFsPort, errorCode } from '../../../../../electron/node/store/fsPort';

const dir = mkdtempSync(path.join(tmpdir(), 'tagwerk-fsport-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(path.join(dir, 'Grüße 😀.json'), '{"a":"Mu\u0308ller"}');
writeFileSync(path.join(dir, 'Mu\u0308ller.txt'), 'NFD');
mkdirSync(path.join(dir, 'folder'));

/** What a port answers for one operation: the value, or the error's code. */
async function outcome<T>(run: () => Promise<T>): Promise<{ value: T } | { code: string | undefined }> {
  try {
    return { value: await run() };
  } catch (error) {
    return { code: errorCode(error) };
  }
}

const node = createNodeFsPort();
const blocking = createBlockingReadFsPort();

describe('createBlockingReadFsPort', () => {
  it.each([
    ['an emoji file name', 'Grüße 😀.json'],
    ['an NFD file name', 'Mu\u0308ller.txt'],
    ['a missing file', 'fehlt.json'],
    ['a folder where a file should be', 'folder'],
    ['a path through a file', 'Mu\u0308ller.txt/x'],
  ])('reads, stats and lists %s exactly as the fs/promises port does (same bytes, same error codes)', async (_case, name) => {
    const file = path.join(dir, name);
    expect(await outcome(() => blocking.readFile(file))).toEqual(await outcome(() => node.readFile(file)));
    expect(await outcome(() => blocking.stat(file))).toEqual(await outcome(() => node.stat(file)));
    expect(await outcome(() => blocking.readdir(file))).toEqual(await outcome(() => node.readdir(file)));
  });

  it('lists a folder with the same names, the emoji and NFD ones included', async () => {
    expect((await blocking.readdir(dir)).sort()).toEqual((await node.readdir(dir)).sort());
    expect(await blocking.readdir(dir)).toContain('Mu\u0308ller.txt');
  });
});
