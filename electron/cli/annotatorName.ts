import { existsSync } from 'node:fs';
import path from 'node:path';
import { createConfSettings } from '../node/settings/createConfSettings';
import { SETTINGS_FILE_NAME } from '../node/settings/readSettingsFile';
import type { CliDeps } from './cliDeps';

/**
 * Who "I" am for a command: `--annotator NAME` if given, else the annotator name in the data
 * folder's settings (what the app writes into my annotations), else the OS user name. A data
 * folder without a settings file is not touched (conf would create the folder).
 */
export function annotatorName(option: string | undefined, dataDir: string, deps: Pick<CliDeps, 'userName' | 'clock'>): string {
  if (option !== undefined && option.trim() !== '') return option.trim();
  if (existsSync(path.join(dataDir, SETTINGS_FILE_NAME))) {
    const fromSettings = createConfSettings({ dataDir, clock: deps.clock }).get().annotator.trim();
    if (fromSettings !== '') return fromSettings;
  }
  const user = deps.userName().trim();
  return user === '' ? 'unknown' : user;
}
