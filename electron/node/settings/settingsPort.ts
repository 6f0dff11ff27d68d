import type { LoadedSettings } from './readSettingsFile';
import { SettingsPatchSchema, SettingsSchema, tidySettings, type Settings } from './settingsSchema';
import type { SettingsNotice } from './settingsNotice';

/**
 * The app's settings behind one small port: electron-store in the app, conf in the chromium
 * test host and the CLI, a fake in tests. Reads are from memory; `update` validates, writes
 * through and returns the new settings; `record` writes a little later.
 */
export interface SettingsPort {
  get(): Settings;
  /** Applies a validated patch (throws a ZodError for an invalid one) and persists it at once: the user's own choices. */
  update(patch: unknown): Settings;
  /**
   * Applies a validated patch in memory at once and writes it with the next write, at most
   * `writeDelayMs` later (coalesced): state that changes on every switch or scroll (last
   * document, recents, scroll offsets), so opening a document never waits for an fsync.
   */
  record(patch: unknown): Settings;
  /** Writes what `record` left pending now (quit, close); a no-op when nothing is pending. */
  flush(): void;
  /** Returns the notices not yet shown (start-up recovery, failed writes) and forgets them. */
  takeNotices(): SettingsNotice[];
  /** Calls `listener` for each later notice; returns an unsubscribe function. */
  onNotice(listener: (notice: SettingsNotice) => void): () => void;
}

/** Where settings are written: conf's or electron-store's whole-store setter (an atomic write). */
export interface SettingsBackend {
  writeAll(value: Record<string, unknown>): void;
}

/** How long the app's `record`ed changes wait (a switch, a scroll): several in a row become one write. */
export const SETTINGS_WRITE_DELAY_MS = 1000;

/** When `record`ed changes are written; without `writeDelayMs` they are written through like `update`. */
export interface SettingsPortOptions {
  readonly writeDelayMs?: number;
  readonly timer?: { set(run: () => void, ms: number): unknown; clear(handle: unknown): void };
}

const realTimer = {
  set: (run: () => void, ms: number) => setTimeout(run, ms),
  clear: (handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Builds the port over a backend and what `readSettingsFile` found. A failed write (full
 * disk, no permission) keeps the new values in memory, reports a notice and is retried by
 * the next write, since settings must never stop the user from working.
 */
export function createSettingsPort(backend: SettingsBackend, loaded: LoadedSettings, options: SettingsPortOptions = {}): SettingsPort {
  let current: Settings = structuredClone(loaded.settings);
  const extra = loaded.extra;
  const pending: SettingsNotice[] = [...loaded.notices];
  const listeners = new Set<(notice: SettingsNotice) => void>();
  const timer = options.timer ?? realTimer;
  let writeFailed = false;
  let scheduled: unknown = null;

  const persist = () => {
    if (scheduled !== null) timer.clear(scheduled);
    scheduled = null;
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
  const apply = (patch: unknown) => {
    const parsed = SettingsPatchSchema.parse(patch);
    current = SettingsSchema.parse(tidySettings({ ...current, ...parsed }));
  };
  if (loaded.needsRewrite) persist();

  return {
    get: () => structuredClone(current),
    update(patch) {
      apply(patch);
      persist();
      return structuredClone(current);
    },
    record(patch) {
      apply(patch);
      if (options.writeDelayMs === undefined) persist();
      else if (scheduled === null) scheduled = timer.set(persist, options.writeDelayMs);
      return structuredClone(current);
    },
    flush() {
      if (scheduled !== null) persist();
    },
    takeNotices: () => pending.splice(0),
    onNotice(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
