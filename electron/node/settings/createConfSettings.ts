import Conf from 'conf';
import { readSettingsFile } from './readSettingsFile';
import { createSettingsPort, SETTINGS_WRITE_DELAY_MS, type SettingsPort } from './settingsPort';

/** Where the settings live and what time it is (for quarantine names). */
export interface SettingsDeps {
  readonly dataDir: string;
  readonly clock?: () => Date;
  /** How long `record`ed changes wait to be written together (see SettingsPort.record); default SETTINGS_WRITE_DELAY_MS. */
  readonly writeDelayMs?: number;
}

/**
 * Settings on `conf` — the library under electron-store, same `settings.json` in the data
 * folder — for the chromium test host and the CLI, where electron cannot be imported. The
 * file is checked by readSettingsFile first, so conf never meets a damaged file.
 */
export function createConfSettings(deps: SettingsDeps): SettingsPort {
  const loaded = readSettingsFile(deps.dataDir, (deps.clock ?? (() => new Date()))());
  const conf = new Conf<Record<string, unknown>>({ cwd: deps.dataDir, configName: 'settings', clearInvalidConfig: false });
  return createSettingsPort({ writeAll: (value) => (conf.store = value) }, loaded, { writeDelayMs: deps.writeDelayMs ?? SETTINGS_WRITE_DELAY_MS });
}
