import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, session } from 'electron';
import { resolveDataDir } from './dataDir';
import { createMainServices } from './createMainServices';
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
    const services = await createMainServices({
      dataDir,
      locale: () => app.getLocale(),
      platform: process.platform,
      version: app.getVersion(),
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
}
