/** The part of Electron's `app` that quitting needs (passed in, so tests use a fake). */
export interface QuitApp {
  on(event: 'before-quit', listener: (event: { preventDefault(): void }) => void): unknown;
  quit(): void;
}

/**
 * Holds the quit until queued saves are written (bounded by `timeoutMs`, so a stuck disk cannot
 * keep the app alive), then runs `afterFlush` (release the store lock) and quits for real.
 */
export function flushOnQuit(app: QuitApp, flush: () => Promise<void>, afterFlush: () => Promise<void> | void, timeoutMs = 5000): void {
  let done = false;
  let running = false;
  app.on('before-quit', (event) => {
    if (done) return;
    event.preventDefault();
    if (running) return;
    running = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, timeoutMs);
    });
    void Promise.race([flush().catch(() => undefined), timeout])
      .then(() => afterFlush())
      .catch(() => undefined)
      .finally(() => {
        clearTimeout(timer);
        done = true;
        app.quit();
      });
  });
}
