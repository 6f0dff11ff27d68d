import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  app: { exit: vi.fn(), getPath: vi.fn(() => '/nonexistent/userData'), getVersion: vi.fn(() => '0.1.0') },
  dialog: { showErrorBox: vi.fn() },
  ipcMain: { on: vi.fn() },
  shell: { openPath: vi.fn() },
}));
vi.mock('electron', () => ({ default: electron, ...electron }));

import { guardStartup, StartFailure, type StartStage } from '../../../../../electron/main/adapters/guardStartup';
import { createElectronStoreSettings } from '../../../../../electron/main/settings/electronStoreSettings';
import { createTranslator } from '../../../../../electron/node/i18n/createTranslator';
import { createDocumentStore } from '../../../../../electron/node/store/createDocumentStore';
import { acquireStoreLock, type StoreLock } from '../../../../../electron/node/store/storeLock';

let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'tagwerk-start-Mu\u0308ller-😀-'));
  vi.clearAllMocks();
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

/** The app's start order with the real lock, settings and store, as the composition root runs it. */
async function startApp(language: 'en' | 'de' = 'en'): Promise<{ ok: boolean; lockFile: string }> {
  let lock: StoreLock | null = null;
  const log = { error: vi.fn() };
  const ok = await guardStartup(
    { dataDir, logFile: path.join(dataDir, 'logs', 'main.log'), log, translate: () => createTranslator(language), release: async () => lock?.release() },
    async (enter: (stage: StartStage) => void) => {
      enter('lock');
      const taken = await acquireStoreLock(dataDir, { owner: 'app', pid: process.pid });
      if (!taken.ok) throw new StartFailure(taken.message);
      lock = taken.lock;
      enter('settings');
      createElectronStoreSettings({ dataDir }).get();
      enter('store');
      await createDocumentStore({ dataDir }).init();
    },
  );
  return { ok, lockFile: path.join(dataDir, 'tagwerk.lock') };
}

function shown(): { title: string; detail: string } {
  const [title, detail] = electron.dialog.showErrorBox.mock.calls[0] ?? [];
  return { title: String(title), detail: String(detail) };
}

describe('guardStartup', () => {
  it('starts without a word when nothing fails', async () => {
    expect((await startApp()).ok).toBe(true);
    expect(electron.dialog.showErrorBox).not.toHaveBeenCalled();
    expect(electron.app.exit).not.toHaveBeenCalled();
  });

  it.each([
    ['the lock is held by another process', 'lock', async () => void (await acquireStoreLock(dataDir, { owner: 'cli', pid: process.pid })), 'Tagwerk could not take its data folder'],
    ['settings.json is a folder', 'settings', () => mkdirSync(path.join(dataDir, 'settings.json')), 'could not read or write its settings file'],
    ['documents is a file', 'store', () => writeFileSync(path.join(dataDir, 'documents'), 'x'), 'could not open its document store'],
  ])('when %s: one native message naming the %s step and the data folder, the lock released, exit 1', async (_name, _stage, breakIt, sentence) => {
    await breakIt();
    const heldBefore = existsSync(path.join(dataDir, 'tagwerk.lock'));
    const { ok, lockFile } = await startApp();
    expect(ok).toBe(false);
    expect(shown().title).toBe('Tagwerk could not start');
    expect(shown().detail).toContain(sentence);
    expect(shown().detail).toContain(`Data folder: ${dataDir}`);
    expect(electron.app.exit).toHaveBeenCalledWith(1);
    // Our lock is gone; another process's lock is left to it.
    expect(existsSync(lockFile)).toBe(heldBefore);
  });

  it('speaks German with "Sie"', async () => {
    writeFileSync(path.join(dataDir, 'documents'), 'x');
    await startApp('de');
    expect(shown().title).toBe('Tagwerk konnte nicht starten');
    expect(shown().detail).toContain(`Datenordner: ${dataDir}`);
    expect(shown().detail).toContain('starten Sie Tagwerk dann erneut');
  });
});
