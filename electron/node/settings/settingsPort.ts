import type { LoadedSettings } from './readSettingsFile';
import { SettingsPatchSchema, SettingsSchema, tidySettings, type Settings } from './settingsSchema';
import type { SettingsNotice } from './settingsNotice';

/**
 * The app's settings behind one small port: electron-store in the app, conf in the chromium
 * test host and the CLI, a fake in tests. Reads are from memory; `update` validates, writes
 * through and returns the new settings.
 */
export interface SettingsPort {
  get(): Settings;
  /** Applies a validated patch (throws a ZodError for an invalid one) and persists it. */
  update(patch: unknown): Settings;
  /** Returns the notices not yet shown (start-up recovery, failed writes) and forgets them. */
  takeNotices(): SettingsNotice[];
  /** Calls `listener` for each later notice; returns an unsubscribe function. */
  onNotice(listener: (notice: SettingsNotice) => void): () => void;
}

/** Where settings are written: conf's or electron-store's whole-store setter. */
export interface SettingsBackend {
  writeAll(value: Record<string, unknown>): void;
}

/**
 * Builds the port over a backend and what `readSettingsFile` found. A failed write (full
 * disk, no permission) keeps the new values in memory, reports a notice and is retried by
 * the next update, since settings must never stop the user from working.
 */
export function createSettingsPort(backend: SettingsBackend, loaded: LoadedSettings): SettingsPort {
  let current: Settings = structuredClone(loaded.settings);
  const extra = loaded.extra;
  const pending: SettingsNotice[] = [...loaded.notices];
  const listeners = new Set<(notice: SettingsNotice) => void>();
  let writeFailed = false;

  const persist = () => {
    try {
      backend.writeAll({ ...extra, ...current });
      writeFailed = false;
    } catch (error) {
      if (writeFailed) return;
      writeFailed = true;
      const reason = error instanceof Error ? error.message : String(error);
      const notice: SettingsNotice = { code: 'settings-save-failed', severity: 'warning', message: `Settings could not be saved (${reason}); they stay in effect until Tagwerk closes and saving is retried.` };
      pending.push(notice);
      for (const listener of listeners) listener(notice);
    }
  };
  if (loaded.needsRewrite) persist();

  return {
    get: () => structuredClone(current),
    update(patch) {
      const parsed = SettingsPatchSchema.parse(patch);
      current = SettingsSchema.parse(tidySettings({ ...current, ...parsed }));
      persist();
      return structuredClone(current);
    },
    takeNotices: () => pending.splice(0),
    onNotice(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
