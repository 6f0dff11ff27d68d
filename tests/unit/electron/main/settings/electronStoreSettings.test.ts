import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  app: { getPath: vi.fn(() => '/nonexistent/userData'), getVersion: vi.fn(() => '0.1.0') },
  ipcMain: { on: vi.fn() },
  shell: { openPath: vi.fn() },
}));
vi.mock('electron', () => ({ default: electron, ...electron }));

import { createElectronStoreSettings } from '../../../../../electron/main/settings/electronStoreSettings';
import { createConfSettings } from '../../../../../electron/node/settings/createConfSettings';
import { DEFAULT_SETTINGS } from '../../../../../electron/node/settings/settingsSchema';

let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'tagwerk-estore-'));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

const clock = () => new Date('2026-11-20T10:00:00.000Z');

describe('createElectronStoreSettings', () => {
  it('uses settings.json in the data folder, not Electron\'s default userData', () => {
    createElectronStoreSettings({ dataDir, clock }).update({ annotator: 'jonas' });
    expect(JSON.parse(readFileSync(path.join(dataDir, 'settings.json'), 'utf8'))).toMatchObject({ annotator: 'jonas' });
  });

  it('shares its file with the conf adapter (CLI, chromium host) in both directions', () => {
    createElectronStoreSettings({ dataDir, clock }).update({ annotator: 'app', snapToWords: false });
    expect(createConfSettings({ dataDir, clock }).get()).toMatchObject({ annotator: 'app', snapToWords: false });
    createConfSettings({ dataDir, clock }).update({ language: 'en' });
    expect(createElectronStoreSettings({ dataDir, clock }).get()).toMatchObject({ annotator: 'app', language: 'en' });
  });

  it('moves a damaged file aside with a notice instead of letting electron-store throw or wipe it', () => {
    writeFileSync(path.join(dataDir, 'settings.json'), '{"annotator":');
    const settings = createElectronStoreSettings({ dataDir, clock });
    expect(settings.get()).toEqual(DEFAULT_SETTINGS);
    expect(settings.takeNotices()).toMatchObject([{ code: 'settings-quarantined' }]);
    expect(readdirSync(dataDir).sort()).toEqual(['settings.corrupt-2026-11-20T10-00-00-000Z.json', 'settings.json']);
  });
});
