import ElectronStore from 'electron-store';
import { readSettingsFile } from '../../node/settings/readSettingsFile';
import { createSettingsPort, SETTINGS_WRITE_DELAY_MS, type SettingsPort } from '../../node/settings/settingsPort';
import type { SettingsDeps } from '../../node/settings/createConfSettings';

/**
 * Settings on electron-store for the app, on the same `settings.json` in the data folder as
 * the conf adapter (electron-store is conf plus Electron's paths), checked before it opens.
 */
export function createElectronStoreSettings(deps: SettingsDeps): SettingsPort {
  const loaded = readSettingsFile(deps.dataDir, (deps.clock ?? (() => new Date()))());
  const store = new ElectronStore<Record<string, unknown>>({ cwd: deps.dataDir, name: 'settings', clearInvalidConfig: false });
  return createSettingsPort({ writeAll: (value) => (store.store = value) }, loaded, { writeDelayMs: deps.writeDelayMs ?? SETTINGS_WRITE_DELAY_MS });
}
