import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readRegularFile } from '../../../../../electron/node/files/readRegularFile';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'tagwerk-regular-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Hostile inputs made by the test: each is refused quickly with words naming what it is. */
const REFUSED: ReadonlyArray<readonly [string, () => string, boolean, RegExp]> = [
  ['/dev/zero (endless device)', () => '/dev/zero', false, /is a device, not a regular file/],
  ['/dev/null (empty device)', () => '/dev/null', false, /is a device/],
  ['a FIFO nobody writes to', () => (execFileSync('mkfifo', [path.join(dir, 'pipe.txt')]), path.join(dir, 'pipe.txt')), false, /named pipe \(FIFO\)/],
  ['a symlink to /dev/zero', () => (symlinkSync('/dev/zero', path.join(dir, 'zero.txt')), path.join(dir, 'zero.txt')), false, /is a device/],
  ['a symlink when links are refused', () => (writeFileSync(path.join(dir, 'real.txt'), 'x'), symlinkSync(path.join(dir, 'real.txt'), path.join(dir, 'link.txt')), path.join(dir, 'link.txt')), true, /symbolic link/],
  ['a folder', () => (mkdirSync(path.join(dir, 'sub.txt')), path.join(dir, 'sub.txt')), false, /is a folder/],
  ['a file over the cap', () => (writeFileSync(path.join(dir, 'big.txt'), Buffer.alloc(101)), path.join(dir, 'big.txt')), false, /is 101 bytes; the limit is 100 bytes/],
];

describe('readRegularFile', () => {
  it.each(REFUSED)('refuses %s at once', async (_name, make, noFollow, reason) => {
    const started = performance.now();
    const read = await readRegularFile(make(), { maxBytes: 100, noFollow });
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.reason).toMatch(reason);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it.each([
    ['an emoji and an NFD umlaut', 'Mu\u0308ller 😀'],
    ['an empty file', ''],
  ])('reads a regular file with %s exactly', async (_name, text) => {
    writeFileSync(path.join(dir, 'a.txt'), text);
    expect(await readRegularFile(path.join(dir, 'a.txt'), { maxBytes: 100 })).toEqual({ ok: true, bytes: Buffer.from(text) });
  });

  it('follows a link the user named (outside a folder import) to a regular file', async () => {
    writeFileSync(path.join(dir, 'real.txt'), 'Äpfel');
    symlinkSync(path.join(dir, 'real.txt'), path.join(dir, 'link.txt'));
    expect(await readRegularFile(path.join(dir, 'link.txt'), { maxBytes: 100 })).toEqual({ ok: true, bytes: Buffer.from('Äpfel') });
  });

  it('reads a file that reports size 0 but has content, up to the cap', async () => {
    const read = await readRegularFile('/proc/self/status', { maxBytes: 1_000_000 });
    expect(read.ok && Buffer.from(read.bytes).toString('utf8')).toMatch(/^Name:/);
    expect((await readRegularFile('/proc/self/status', { maxBytes: 10 })).ok).toBe(false);
  });

  it('names a missing file as a failure with its code', async () => {
    expect(await readRegularFile(path.join(dir, 'nope.txt'), { maxBytes: 10 })).toMatchObject({ ok: false, kind: 'failed', code: 'ENOENT' });
  });
});
