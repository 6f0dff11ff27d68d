import type { SaveState } from '@shared/ipc/contract';
import type { EventName } from '@shared/ipc/events';
import { createHandlers } from './handlers/createHandlers';
import { createIdleGate } from './lifecycle/createIdleGate';
import type { DialogPort } from './handlers/handlerDeps';
import type { Handlers } from './ipc/createIpcRouter';
import type { SettingsPort } from '../node/settings/settingsPort';
import { createWorkerReanchorer } from '../node/reanchor/createWorkerReanchorer';
import { createAssistMemory } from '../node/assist/createAssistMemory';
import { observeSaves } from '../node/assist/observeSaves';
import { createDocumentStore, type DocumentStore } from '../node/store/createDocumentStore';
import { warmSetCheck } from '../node/store/warmSetCheck';

/** What the process around main's services provides: Electron in the app, the test process in e2e. */
export interface MainServicesOptions {
  dataDir: string;
  locale(): string;
  userName(): string;
  platform: string;
  version: string;
  /** electron-store in the app, conf in the chromium host and the CLI. */
  settings: SettingsPort;
  /** Native dialogs in the app, scripted ones in tests. */
  dialogs: DialogPort;
  /** Sends an event to the window. */
  emit(event: EventName, payload: unknown): void;
  clock?: () => Date;
  /** The re-anchoring worker's entry (built `reanchorWorker.js` in the app, the `.ts` source in tests); without it re-anchoring runs on this thread. */
  reanchorWorker?: URL;
}

/** The Electron-free core of the main process: handlers and their stores, with a flushing close. */
export interface MainServices {
  handlers: Handlers;
  store: DocumentStore;
  settings: SettingsPort;
  /** The window's last reported save state (dirty: edits not yet saved; failed: the last save failed). */
  saveState(): SaveState;
  /** Writes recorded settings and waits for every queued write; the quit path calls it (with a timeout). */
  flush(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Wires every main-process service from explicit options; the Electron composition root and the
 * chromium test host both call this, so e2e tests drive the real handlers and stores.
 */
export async function createMainServices(options: MainServicesOptions): Promise<MainServices> {
  const clock = options.clock ?? (() => new Date());
  const assist = createAssistMemory({ dataDir: options.dataDir, clock });
  let closing = false;
  // Background reads of every document folder (the summary index's check, the temp-file sweep) go on only while
  // the window asks for nothing, so a switch never waits behind them; on close they stop waiting (the sweep stops).
  const gate = createIdleGate({ now: () => performance.now(), sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)) });
  const whenIdle = async () => (closing ? false : (await gate.whenIdle(), !closing));
  // Every save of my set (window or import) updates the assist's learned strings.
  const store = observeSaves(createDocumentStore({ dataDir: options.dataDir, clock }, { onIndexCorrected: () => options.emit('documentsChanged', {}), whenIdle }), (id, annotations) => assist.noteSaved(id, annotations));
  // The document folders' temp-file sweep runs after the first document is shown (afterStart).
  const startupNotices = await store.init({ sweep: 'later' });
  let sweeping: Promise<unknown> = Promise.resolve();
  let saveState: SaveState = { dirty: false, failed: false };
  const handlers = gate.track(createHandlers({
    shellInfo: () => ({ locale: options.locale(), platform: options.platform, version: options.version, userName: options.userName() }),
    store,
    settings: options.settings,
    dialogs: options.dialogs,
    clock,
    startupNotices,
    afterStart: () => {
      // Once closing, the lock may be gone, and another process's temp files are not stale.
      if (closing) return Promise.resolve([]);
      const sweep = store.sweepStaleTemps({ whenIdle });
      sweeping = sweep.catch(() => undefined);
      // While the window is idle, the set check is compiled and tiered up on a synthetic set, so the first big open does not pay for it.
      void warmSetCheck(whenIdle).catch(() => undefined);
      return sweep;
    },
    emit: options.emit,
    onSaveState: (state) => {
      saveState = state;
    },
    ...(options.reanchorWorker !== undefined && { reanchor: createWorkerReanchorer({ entry: options.reanchorWorker }) }),
    assist,
  }));
  return {
    handlers,
    store,
    settings: options.settings,
    saveState: () => saveState,
    flush: async () => {
      options.settings.flush();
      await Promise.all([sweeping, store.flush(), assist.flush()]);
    },
    close: async () => {
      closing = true;
      options.settings.flush();
      await Promise.all([sweeping, store.flush(), assist.flush()]);
    },
  };
}
