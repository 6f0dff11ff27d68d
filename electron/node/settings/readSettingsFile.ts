import fs from 'node:fs';
import path from 'node:path';
import { corruptNameFor } from '../store/quarantine';
import { DEFAULT_SETTINGS, salvageSettings, type Settings } from './settingsSchema';
import type { SettingsNotice } from './settingsNotice';

/** The settings file's name in the data folder (shared by conf and electron-store). */
export const SETTINGS_FILE_NAME = 'settings.json';

/** Settings as read at start-up, plus what the user must be told and whether the file needs rewriting. */
export interface LoadedSettings {
  settings: Settings;
  extra: Record<string, unknown>;
  notices: SettingsNotice[];
  needsRewrite: boolean;
}

/** Sync file operations used here, injectable for tests. */
export type SettingsFs = Pick<typeof fs, 'readFileSync' | 'renameSync' | 'copyFileSync' | 'existsSync'>;

function freeName(dir: string, now: Date, fileSystem: SettingsFs): string {
  for (let attempt = 1; ; attempt++) {
    const name = corruptNameFor(SETTINGS_FILE_NAME, now, attempt);
    if (!fileSystem.existsSync(path.join(dir, name))) return name;
  }
}

/**
 * Reads and checks `settings.json` before conf/electron-store see it, because their
 * `clearInvalidConfig` would wipe a damaged file silently and without it they throw. A file
 * that is not JSON is moved aside (`settings.corrupt-<ts>.json`) and defaults are used; a file
 * with some invalid fields is copied aside and only those fields fall back. Either way a notice
 * says so.
 */
export function readSettingsFile(dataDir: string, now: Date, fileSystem: SettingsFs = fs): LoadedSettings {
  const file = path.join(dataDir, SETTINGS_FILE_NAME);
  let text: string;
  try {
    text = fileSystem.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { settings: DEFAULT_SETTINGS, extra: {}, notices: [], needsRewrite: false };
    throw error;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const movedTo = freeName(dataDir, now, fileSystem);
    fileSystem.renameSync(file, path.join(dataDir, movedTo));
    const reason = error instanceof Error ? error.message : String(error);
    return {
      settings: DEFAULT_SETTINGS,
      extra: {},
      needsRewrite: true,
      notices: [{ code: 'settings-quarantined', severity: 'warning', movedTo, message: `The settings file could not be read (${reason}). It was moved to ${movedTo} and default settings are used; your annotations are not affected.` }],
    };
  }
  const { settings, extra, resetKeys } = salvageSettings(raw);
  if (resetKeys.length === 0) return { settings, extra, notices: [], needsRewrite: false };
  const movedTo = freeName(dataDir, now, fileSystem);
  fileSystem.copyFileSync(file, path.join(dataDir, movedTo));
  return {
    settings,
    extra,
    needsRewrite: true,
    notices: [{ code: 'settings-fields-reset', severity: 'warning', movedTo, fields: resetKeys, message: `Some settings were invalid and were reset to their defaults: ${resetKeys.join(', ')}. The original file was kept as ${movedTo}.` }],
  };
}
