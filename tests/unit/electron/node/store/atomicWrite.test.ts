import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isTempFileName, replaceBackup, writeFileAtomic } from '../../../../../electron/node/store/atomicWrite';
import { isStoreError } from '../../../../../electron/node/store/storeError';
import { createFaultyFs } from './faultyFs';
import { tempDataDir } from './storeTestKit';

let dir: string;
let cleanup: () => void;
let target: string;
beforeEach(() => {
  ({ dataDir: dir, cleanup } = tempDataDir());
  target = path.join(dir, 'annotations.json');
  writeFileSync(target, 'old content');
});
afterEach(() => cleanup());

function deps(faulty: ReturnType<typeof createFaultyFs>, sleeps: number[] = []) {
  return { fs: faulty.fs, sleep: async (ms: number) => void sleeps.push(ms), newTempSuffix: () => 'abcdef012345' };
}

const leftovers = () => readdirSync(dir).filter(isTempFileName);

describe('writeFileAtomic', () => {
  it('replaces the file and leaves no temp file', async () => {
    const faulty = createFaultyFs();
    await writeFileAtomic(deps(faulty), target, 'new content 👍🏽');
    expect(readFileSync(target, 'utf8')).toBe('new content 👍🏽');
    expect(leftovers()).toEqual([]);
    expect(faulty.calls.map((c) => c.op)).toEqual(['writeNewFileDurably', 'rename', 'fsyncDir']);
  });

  it.each(['EPERM', 'EBUSY', 'EACCES'])('retries a rename failing with %s, with growing delays', async (code) => {
    const faulty = createFaultyFs();
    faulty.fail('rename', code, { times: 3 });
    const sleeps: number[] = [];
    await writeFileAtomic(deps(faulty, sleeps), target, 'new');
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(sleeps).toEqual([20, 40, 80]);
    expect(leftovers()).toEqual([]);
  });

  it('gives up after the retries with an IO error, keeping the old file and removing the temp', async () => {
    const faulty = createFaultyFs();
    faulty.fail('rename', 'EPERM', { times: 100 });
    const error = await writeFileAtomic(deps(faulty), target, 'new').catch((e: unknown) => e);
    expect(isStoreError(error, 'IO') && error.errno).toBe('EPERM');
    expect(readFileSync(target, 'utf8')).toBe('old content');
    expect(leftovers()).toEqual([]);
    expect(faulty.calls.filter((c) => c.op === 'rename')).toHaveLength(6);
  });

  it('does not retry errors that are not transient (EXDEV)', async () => {
    const faulty = createFaultyFs();
    faulty.fail('rename', 'EXDEV');
    const sleeps: number[] = [];
    await expect(writeFileAtomic(deps(faulty, sleeps), target, 'new')).rejects.toMatchObject({ code: 'IO', errno: 'EXDEV' });
    expect(sleeps).toEqual([]);
  });

  it('leaves the old file intact and reports ENOSPC when the disk is full', async () => {
    const faulty = createFaultyFs();
    faulty.fail('writeNewFileDurably', 'ENOSPC');
    await expect(writeFileAtomic(deps(faulty), target, 'new')).rejects.toMatchObject({ name: 'StoreError', code: 'IO', errno: 'ENOSPC' });
    expect(readFileSync(target, 'utf8')).toBe('old content');
    expect(leftovers()).toEqual([]);
  });
});

describe('replaceBackup', () => {
  it('makes the backup a copy of the current file', async () => {
    const faulty = createFaultyFs();
    await replaceBackup(deps(faulty), target, `${target}.bak`);
    expect(readFileSync(`${target}.bak`, 'utf8')).toBe('old content');
    expect(leftovers()).toEqual([]);
  });

  it('copies when hard links are not supported', async () => {
    const faulty = createFaultyFs();
    faulty.fail('link', 'EPERM');
    await replaceBackup(deps(faulty), target, `${target}.bak`);
    expect(readFileSync(`${target}.bak`, 'utf8')).toBe('old content');
    expect(faulty.calls.map((c) => c.op)).toContain('copyFile');
  });

  it('does nothing when there is no current file', async () => {
    const faulty = createFaultyFs();
    await replaceBackup(deps(faulty), path.join(dir, 'missing.json'), path.join(dir, 'missing.json.bak'));
    expect(existsSync(path.join(dir, 'missing.json.bak'))).toBe(false);
  });
});

describe('isTempFileName', () => {
  it.each([
    ['annotations.json.0123456789ab.tmp', true],
    ['annotations.json.bak.0123456789ab.tmp', true],
    ['annotations.json', false],
    ['annotations.json.bak', false],
    ['annotations.corrupt-2026-11-20T10-00-00-000Z.json', false],
    ['notes.tmp', false],
  ])('%s -> %s', (name, expected) => {
    expect(isTempFileName(name)).toBe(expected);
  });
});

describe('replaceBackup after an interrupted save', () => {
  it('leaves no temp link when the backup already is the current file (found by the crash test)', async () => {
    const faulty = createFaultyFs();
    await replaceBackup(deps(faulty), target, `${target}.bak`);
    // Killed here last time: the backup and the main file are links to one inode.
    await replaceBackup(deps(faulty), target, `${target}.bak`);
    expect(readFileSync(`${target}.bak`, 'utf8')).toBe('old content');
    expect(leftovers()).toEqual([]);
  });
});
