import { createHandlers } from './handlers/createHandlers';
import type { Handlers } from './ipc/createIpcRouter';

/** What the process around main's services provides: Electron in the app, the test process in e2e. */
export interface MainServicesOptions {
  dataDir: string;
  locale(): string;
  platform: string;
  version: string;
}

/** The Electron-free core of the main process: handlers and their stores, with a flushing close. */
export interface MainServices {
  handlers: Handlers;
  close(): Promise<void>;
}

/**
 * Wires every main-process service from explicit options; the Electron composition root and the
 * chromium test host both call this, so e2e tests drive the real handlers and stores.
 */
export async function createMainServices(options: MainServicesOptions): Promise<MainServices> {
  const handlers = createHandlers({
    shellInfo: () => ({ locale: options.locale(), platform: options.platform, version: options.version }),
  });
  return {
    handlers,
    async close() {
      // Stores are flushed here once they exist (storage issue).
    },
  };
}
