import fs from 'node:fs';
import path from 'node:path';
import { SETTINGS_FILE_NAME } from './readSettingsFile';
import { DEFAULT_SETTINGS, salvageSettings, type Settings } from './settingsSchema';

/** Settings as a reading command sees them, and what is wrong with the file (null when nothing). */
export interface PeekedSettings {
  readonly settings: Settings;
  readonly problem: string | null;
}

/**
 * Reads `settings.json` without ever writing: a damaged file is reported, not moved aside or
 * repaired (that is the app's job at start), so commands that read work on a read-only mount
 * and leave the data folder exactly as they found it.
 */
export function peekSettings(dataDir: string, fileSystem: Pick<typeof fs, 'readFileSync'> = fs): PeekedSettings {
  const file = path.join(dataDir, SETTINGS_FILE_NAME);
  let raw: unknown;
  try {
    raw = JSON.parse(fileSystem.readFileSync(file, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { settings: DEFAULT_SETTINGS, problem: null };
    const reason = error instanceof Error ? error.message : String(error);
    return { settings: DEFAULT_SETTINGS, problem: `${file} could not be read (${reason}); it was left as it is and default settings are used (Tagwerk moves it aside at its next start)` };
  }
  const { settings, resetKeys } = salvageSettings(raw);
  if (resetKeys.length === 0) return { settings, problem: null };
  return { settings, problem: `${file} has invalid settings (${resetKeys.join(', ')}); it was left as it is and their defaults are used` };
}
