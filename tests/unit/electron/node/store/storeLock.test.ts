import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireStoreLock, isPidAlive, LOCK_FILE_NAME } from '../../../../../electron/node/store/storeLock';
import { tempDataDir } from './storeTestKit';

let dataDir: string;
let cleanup: () => void;
beforeEach(() => ({ dataDir, cleanup } = tempDataDir()));
afterEach(() => cleanup());

const deps = (alive: (pid: number) => boolean) => ({ isPidAlive: alive, hostname: 'host-a', sleep: async () => {}, clock: () => new Date('2026-11-20T10:00:00.000Z') });
const lockFile = () => path.join(dataDir, LOCK_FILE_NAME);

describe('acquireStoreLock', () => {
  it('writes the lock with pid, owner and start time, and removes it on release', async () => {
    const result = await acquireStoreLock(dataDir, { owner: 'app', pid: 4242 }, deps(() => true));
    expect(result.ok).toBe(true);
    expect(JSON.parse(readFileSync(lockFile(), 'utf8'))).toMatchObject({ pid: 4242, owner: 'app', startedAt: '2026-11-20T10:00:00.000Z', hostname: 'host-a' });
    if (result.ok) await result.lock.release();
    expect(existsSync(lockFile())).toBe(false);
  });

  it('makes the CLI refuse while the app holds the store, with a clear message', async () => {
    await acquireStoreLock(dataDir, { owner: 'app', pid: 4242 }, deps(() => true));
    const cli = await acquireStoreLock(dataDir, { owner: 'cli', pid: 777 }, deps(() => true));
    expect(cli).toMatchObject({ ok: false, holder: { owner: 'app', pid: 4242 } });
    expect(!cli.ok && cli.message).toMatch(/^Tagwerk is open on this data folder \(pid 4242.*Close the app and try again; nothing was changed/);
  });

  it('takes over a lock whose process is gone', async () => {
    await acquireStoreLock(dataDir, { owner: 'app', pid: 4242 }, deps(() => true));
    const next = await acquireStoreLock(dataDir, { owner: 'cli', pid: 777 }, deps((pid) => pid !== 4242));
    expect(next.ok).toBe(true);
    expect(JSON.parse(readFileSync(lockFile(), 'utf8'))).toMatchObject({ pid: 777, owner: 'cli' });
  });

  it('takes over an unreadable (e.g. empty) lock file, but never one from another machine', async () => {
    writeFileSync(lockFile(), '');
    expect((await acquireStoreLock(dataDir, { owner: 'app', pid: 1 }, deps(() => false))).ok).toBe(true);
    const foreign = JSON.parse(readFileSync(lockFile(), 'utf8')) as Record<string, unknown>;
    writeFileSync(lockFile(), JSON.stringify({ ...foreign, hostname: 'host-b', pid: 99 }));
    expect(await acquireStoreLock(dataDir, { owner: 'cli', pid: 2 }, deps(() => false))).toMatchObject({ ok: false, holder: { hostname: 'host-b' } });
  });

  it('does not delete a lock another process took after ours was taken over', async () => {
    const first = await acquireStoreLock(dataDir, { owner: 'app', pid: 4242 }, deps(() => true));
    const second = await acquireStoreLock(dataDir, { owner: 'app', pid: 5353 }, deps((pid) => pid !== 4242));
    expect(second.ok).toBe(true);
    if (first.ok) await first.lock.release();
    expect(JSON.parse(readFileSync(lockFile(), 'utf8'))).toMatchObject({ pid: 5353 });
  });

  it('uses the real process table by default', () => {
    expect(isPidAlive(process.pid)).toBe(true);
    expect(isPidAlive(2 ** 22 + 12345)).toBe(false);
  });
});
