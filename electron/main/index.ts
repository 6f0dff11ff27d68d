import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, session } from 'electron';
import { resolveDataDir } from './dataDir';
import { createMainServices, type MainServices } from './createMainServices';
import { createElectronStoreSettings } from './settings/electronStoreSettings';
import { acquireStoreLock, type StoreLock } from './store/storeLock';
import { createIpcRouter } from './ipc/createIpcRouter';
import { registerIpc } from './ipc/registerIpc';
import { registerAppProtocol, registerAppSchemePrivileges } from './protocol/registerAppProtocol';
import { denyPermissions } from './security/denyPermissions';
import { APP_ENTRY_URL, APP_LOCATION, isTrustedUrl, type TrustedLocation } from './security/trustedOrigins';
import { createMainWindow } from './window/createMainWindow';

// The composition root of the main process: the only place that wires Electron to our modules.
const here = path.dirname(fileURLToPath(import.meta.url));
const dataDir = resolveDataDir({ argv: process.argv, env: process.env, platform: process.platform, homedir: os.homedir() });
app.setPath('userData', dataDir);
app.enableSandbox();
registerAppSchemePrivileges();

const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
const trusted: TrustedLocation[] = [APP_LOCATION];
if (devServerUrl) {
  const url = new URL(devServerUrl);
  trusted.push({ protocol: url.protocol, host: url.host });
}

let mainWindow: BrowserWindow | null = null;
let services: MainServices | null = null;
let storeLock: StoreLock | null = null;
const QUIT_FLUSH_TIMEOUT_MS = 5000;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });

  void app.whenReady().then(async () => {
    denyPermissions(session.defaultSession);
    registerAppProtocol(session.defaultSession, path.join(here, '../renderer'));
    const lock = await acquireStoreLock(dataDir, { owner: 'app', pid: process.pid });
    if (lock.ok) storeLock = lock.lock;
    else console.warn(lock.message);
    services = await createMainServices({
      dataDir,
      locale: () => app.getLocale(),
      userName: () => os.userInfo().username,
      platform: process.platform,
      version: app.getVersion(),
      settings: createElectronStoreSettings({ dataDir }),
    });
    registerIpc(createIpcRouter(services.handlers, { isTrustedUrl: (url) => isTrustedUrl(url, trusted) }));
    mainWindow = createMainWindow({
      preloadPath: path.join(here, '../preload/index.cjs'),
      entryUrl: devServerUrl ?? APP_ENTRY_URL,
      trusted,
      title: 'Tagwerk',
    });
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  });

  app.on('window-all-closed', () => app.quit());

  // Quit waits for queued saves (with a timeout), then releases the store lock.
  let flushed = false;
  app.on('before-quit', (event) => {
    if (flushed || !services) return;
    event.preventDefault();
    const timeout = new Promise<void>((resolve) => setTimeout(resolve, QUIT_FLUSH_TIMEOUT_MS));
    void Promise.race([services.flush(), timeout])
      .then(() => storeLock?.release())
      .finally(() => {
        flushed = true;
        app.quit();
      });
  });
}
