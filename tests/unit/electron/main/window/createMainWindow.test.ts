import { beforeEach, describe, expect, it, vi } from 'vitest';

const created: Array<{ options: Record<string, unknown>; contents: FakeContents; loadURL: ReturnType<typeof vi.fn> }> = [];

class FakeContents {
  listeners = new Map<string, (...args: unknown[]) => void>();
  openHandler: (() => unknown) | null = null;
  on(event: string, listener: (...args: unknown[]) => void) {
    this.listeners.set(event, listener);
    return this;
  }
  setWindowOpenHandler(handler: () => unknown) {
    this.openHandler = handler;
  }
}

vi.mock('electron', () => ({
  BrowserWindow: class {
    webContents = new FakeContents();
    loadURL = vi.fn(async () => undefined);
    constructor(options: Record<string, unknown>) {
      created.push({ options, contents: this.webContents, loadURL: this.loadURL });
    }
    once() {}
    show() {}
  },
}));

const { createMainWindow } = await import('../../../../../electron/main/window/createMainWindow');
const { APP_ENTRY_URL, APP_LOCATION } = await import('../../../../../electron/main/security/trustedOrigins');

describe('createMainWindow', () => {
  beforeEach(() => {
    created.length = 0;
  });

  it('creates the window with secure webPreferences and loads the app:// entry', () => {
    createMainWindow({ preloadPath: '/app/out/preload/index.cjs', entryUrl: APP_ENTRY_URL, trusted: [APP_LOCATION], title: 'Tagwerk' });
    const [window] = created;
    expect(window).toBeDefined();
    expect(window?.options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
    });
    expect((window?.options.webPreferences as Record<string, unknown>).enableBlinkFeatures).toBeUndefined();
    expect(window?.loadURL).toHaveBeenCalledWith('app://workbench/index.html');
  });

  it('wires the navigation, redirect, webview and window-open guards', () => {
    createMainWindow({ preloadPath: 'p', entryUrl: APP_ENTRY_URL, trusted: [APP_LOCATION], title: 'Tagwerk' });
    const contents = created[0]?.contents;
    expect([...(contents?.listeners.keys() ?? [])].sort()).toEqual(['will-attach-webview', 'will-navigate', 'will-redirect']);
    expect(contents?.openHandler?.()).toEqual({ action: 'deny' });
  });
});
