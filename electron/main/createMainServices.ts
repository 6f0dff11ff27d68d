import { createHandlers } from './handlers/createHandlers';
import type { Handlers } from './ipc/createIpcRouter';
import type { SettingsPort } from './settings/settingsPort';
import { createDocumentStore, type DocumentStore } from './store/createDocumentStore';

/** What the process around main's services provides: Electron in the app, the test process in e2e. */
export interface MainServicesOptions {
  dataDir: string;
  locale(): string;
  userName(): string;
  platform: string;
  version: string;
  /** electron-store in the app, conf in the chromium host and the CLI. */
  settings: SettingsPort;
  clock?: () => Date;
}

/** The Electron-free core of the main process: handlers and their stores, with a flushing close. */
export interface MainServices {
  handlers: Handlers;
  store: DocumentStore;
  settings: SettingsPort;
  /** Waits for every queued write; the quit path calls it (with a timeout). */
  flush(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Wires every main-process service from explicit options; the Electron composition root and the
 * chromium test host both call this, so e2e tests drive the real handlers and stores.
 */
export async function createMainServices(options: MainServicesOptions): Promise<MainServices> {
  const store = createDocumentStore({ dataDir: options.dataDir, ...(options.clock ? { clock: options.clock } : {}) });
  const startupNotices = await store.init();
  const handlers = createHandlers({
    shellInfo: () => ({ locale: options.locale(), platform: options.platform, version: options.version, userName: options.userName() }),
    store,
    settings: options.settings,
    startupNotices,
  });
  return {
    handlers,
    store,
    settings: options.settings,
    flush: () => store.flush(),
    close: () => store.flush(),
  };
}
