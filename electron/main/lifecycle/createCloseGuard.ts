import type { SaveState } from '@shared/ipc/contract';

/** What the close guard needs: the window's save state, a way to ask it to save, and a question to the user. */
export interface CloseGuardDeps {
  saveState(): SaveState;
  requestFlush(): void;
  /** Asks whether to close although changes are not saved; resolves true to close. */
  askCloseUnsaved(state: SaveState): Promise<boolean>;
  sleep(ms: number): Promise<void>;
  now(): number;
}

/** How long closing waits for the window's final save, and how often it looks. */
export interface CloseGuardOptions {
  flushTimeoutMs: number;
  pollMs: number;
}

/**
 * Decides whether the window may close: it asks the window to save now, waits (bounded) until
 * nothing is unsaved, and only if changes remain unsaved (a failed save, a full disk) asks the
 * user, so work is never dropped silently and a healthy close never shows a dialog.
 */
export function createCloseGuard(deps: CloseGuardDeps, options: CloseGuardOptions = { flushTimeoutMs: 3000, pollMs: 50 }) {
  return async function mayClose(): Promise<boolean> {
    if (!deps.saveState().dirty) return true;
    deps.requestFlush();
    const deadline = deps.now() + options.flushTimeoutMs;
    while (deps.now() < deadline) {
      const state = deps.saveState();
      if (!state.dirty) return true;
      if (state.failed) break;
      await deps.sleep(options.pollMs);
    }
    const state = deps.saveState();
    return state.dirty ? deps.askCloseUnsaved(state) : true;
  };
}
