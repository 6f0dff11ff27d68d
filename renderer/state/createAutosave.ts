/** Where the autosave stands, as the status line shows it. */
export type SaveStatus = 'saved' | 'saving' | 'unsaved' | 'failed' | 'conflict' | 'read-only';

/**
 * Timing of autosave: quiet period after the last edit, longest wait under continuous edits, retry delays,
 * and how long a save may run before the status line says 'saving' (a fast save goes straight to 'saved').
 */
export interface AutosaveOptions {
  debounceMs: number;
  maxWaitMs: number;
  retryDelaysMs: readonly number[];
  savingShownAfterMs: number;
}

export const DEFAULT_AUTOSAVE: AutosaveOptions = { debounceMs: 1000, maxWaitMs: 5000, retryDelaysMs: [1000, 2000, 5000, 10000], savingShownAfterMs: 300 };

/** What autosave drives: the save call (resolves or rejects) and a status sink. */
export interface AutosaveDeps {
  save(): Promise<void>;
  onStatus(status: SaveStatus, error?: unknown): void;
  isConflict(error: unknown): boolean;
  timers?: AutosaveTimers;
}

/** The clock and timers autosave runs on; tests pass fake ones. */
export interface AutosaveTimers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  now(): number;
}

const REAL_TIMERS: AutosaveTimers = {
  setTimeout: (run, ms) => globalThis.setTimeout(run, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
  now: () => Date.now(),
};

/** The autosave scheduler: `changed()` after each edit, `flush()` to save now (Ctrl+S, blur, close). */
export interface Autosave {
  changed(): void;
  flush(): Promise<void>;
  readonly dirty: boolean;
  dispose(): void;
}

/**
 * Saves within `debounceMs` of the last edit and at most `maxWaitMs` apart while edits continue;
 * never blocks the caller, keeps the document marked unsaved on failure and retries with backoff.
 */
export function createAutosave(deps: AutosaveDeps, options: AutosaveOptions = DEFAULT_AUTOSAVE): Autosave {
  const timers = deps.timers ?? REAL_TIMERS;
  let dirty = false;
  let firstDirtyAt: number | null = null;
  let timer: unknown = null;
  let savingTimer: unknown = null;
  let inFlight: Promise<void> | null = null;
  let failures = 0;
  let stopped = false;

  const clear = () => {
    if (timer !== null) timers.clearTimeout(timer);
    timer = null;
  };

  const clearSaving = () => {
    if (savingTimer !== null) timers.clearTimeout(savingTimer);
    savingTimer = null;
  };

  const schedule = (delay: number) => {
    clear();
    timer = timers.setTimeout(() => {
      timer = null;
      void run();
    }, delay);
  };

  const run = async (): Promise<void> => {
    if (inFlight) {
      await inFlight;
      if (dirty && !stopped) return run();
      return;
    }
    if (!dirty || stopped) return;
    clear();
    dirty = false;
    firstDirtyAt = null;
    // The status keeps saying what it said ('unsaved', 'failed') until the save answers; only a slow one shows 'saving'.
    savingTimer = timers.setTimeout(() => {
      savingTimer = null;
      deps.onStatus('saving');
    }, options.savingShownAfterMs);
    inFlight = deps.save().then(
      () => {
        clearSaving();
        failures = 0;
        if (!dirty) deps.onStatus('saved');
      },
      (error: unknown) => {
        clearSaving();
        dirty = true;
        firstDirtyAt ??= timers.now();
        if (deps.isConflict(error)) {
          stopped = true;
          deps.onStatus('conflict', error);
          return;
        }
        deps.onStatus('failed', error);
        const delay = options.retryDelaysMs[Math.min(failures, options.retryDelaysMs.length - 1)] ?? 5000;
        failures += 1;
        schedule(delay);
      },
    );
    try {
      await inFlight;
    } finally {
      inFlight = null;
    }
    if (dirty && !stopped && failures === 0) schedule(options.debounceMs);
  };

  return {
    changed() {
      if (stopped) return;
      dirty = true;
      const now = timers.now();
      firstDirtyAt ??= now;
      if (!inFlight) deps.onStatus(failures > 0 ? 'failed' : 'unsaved');
      if (failures > 0) return;
      const waited = now - firstDirtyAt;
      schedule(Math.max(0, Math.min(options.debounceMs, options.maxWaitMs - waited)));
    },
    flush: () => run(),
    get dirty() {
      return dirty || inFlight !== null;
    },
    dispose() {
      clear();
      clearSaving();
      stopped = true;
    },
  };
}
