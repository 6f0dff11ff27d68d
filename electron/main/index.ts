import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, session, shell } from 'electron';
import { eventChannelOf } from '@shared/ipc/events';
import { createElectronDialogs } from './adapters/electronDialogs';
import { createCloseGuard } from './lifecycle/createCloseGuard';
import { flushOnQuit } from './lifecycle/flushOnQuit';
import { guardStartup, StartFailure } from './adapters/guardStartup';
import { resolveDataDir } from '../node/dataDir';
import { createMainServices, type MainServices } from './createMainServices';
import { createElectronStoreSettings } from './settings/electronStoreSettings';
import { acquireStoreLock, type StoreLock } from '../node/store/storeLock';
import { createIpcRouter } from './ipc/createIpcRouter';
import { registerIpc } from './ipc/registerIpc';
import { registerAppProtocol, registerAppSchemePrivileges } from './protocol/registerAppProtocol';
import { denyPermissions } from './security/denyPermissions';
import { guardAllWebContents } from './security/guardAllWebContents';
import { createExternalLinkOpener } from './security/openExternalSafely';
import { APP_ENTRY_URL, APP_LOCATION, isTrustedUrl, type TrustedLocation } from './security/trustedOrigins';
import { createMainWindow } from './window/createMainWindow';
import { fileArguments } from './handlers/corpus/fileArguments';
import { openFilesFromOs } from './handlers/corpus/openFilesFromOs';
import { importDatasetAt } from './handlers/datasets/importDatasetFile';
import { installApplicationMenu } from './menu/installApplicationMenu';
import { menuLabelsFor } from './menu/menuLabels';
import { recentMenuEntries } from './menu/recentMenuEntries';
import { refreshMenuAfter } from './menu/refreshMenuAfter';
import { createAppLog } from './logging/createAppLog';
import { aboutLabelsFor } from './about/aboutLabels';
import { parseLicenceList } from './about/licenceList';
import { showAboutDialog } from './about/showAboutDialog';
import { createTranslator } from '../node/i18n/createTranslator';
import { languageFor } from '@shared/i18n/mainCatalogs';

// The composition root of the main process: the only place that wires Electron to our modules.
const here = path.dirname(fileURLToPath(import.meta.url));
const dataDir = resolveDataDir({ argv: process.argv, env: process.env, platform: process.platform, homedir: os.homedir() });
app.setPath('userData', dataDir);
// Logs go to <data folder>/logs (rotating); they hold versions, counts, file names and errors, never document text.
const appLog = createAppLog(dataDir);
appLog.info(`Tagwerk ${app.getVersion()} starting (Electron ${process.versions.electron}, ${process.platform} ${process.arch})`);
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
/** main's words in the window's language (the setting, else the OS's), from the shared catalogs. */
const speak = () => createTranslator(languageFor(services?.settings.get().language ?? 'system', app.getLocale()));

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // Files from the OS (launch arguments, a second instance's, macOS open-file) are imported and shown;
  // main shows what was refused, since no window asked for them.
  const pendingFiles = fileArguments(process.argv, { defaultApp: Boolean(process.defaultApp), workingDirectory: process.cwd() });
  const showRefusals = (refusals: string[]) => {
    if (refusals.length === 0) return;
    appLog.warn(`${refusals.length} file(s) from the OS not opened`);
    const options = { type: 'warning' as const, message: speak()('main.dialog.notOpened', { count: refusals.length }), detail: refusals.join('\n\n') };
    void (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options));
  };
  // A .tagwerk.json from the OS (double-click, the installers' file association) is imported as by Import….
  const showImported = (lines: string[]) => {
    if (lines.length === 0) return;
    const options = { type: 'info' as const, message: speak()('main.dialog.imported', { count: lines.length }), detail: lines.join('\n\n') };
    void (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options));
  };
  const osOpenDeps = (live: MainServices, emit?: (event: Parameters<typeof eventChannelOf>[0], payload: unknown) => void) => ({
    store: live.store,
    t: speak(),
    ...(emit ? { emit } : {}),
    importDataset: (file: string) =>
      importDatasetAt(
        {
          store: live.store,
          settings: live.settings,
          shellInfo: () => ({ locale: app.getLocale(), platform: process.platform, version: app.getVersion(), userName: os.userInfo().username }),
          emit: emit ?? (() => undefined),
        },
        file,
      ),
  });
  const openFromOs = async (paths: readonly string[]) => {
    if (!services || paths.length === 0) return;
    const emit = (event: Parameters<typeof eventChannelOf>[0], payload: unknown) => mainWindow?.webContents.send(eventChannelOf(event), payload);
    const outcome = await openFilesFromOs(osOpenDeps(services, emit), paths);
    showRefusals(outcome.refusals);
    showImported(outcome.imported);
  };
  app.on('second-instance', (_event, argv, workingDirectory) => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
    void openFromOs(fileArguments(argv, { defaultApp: Boolean(process.defaultApp), workingDirectory }));
  });
  app.on('open-file', (event, file) => {
    event.preventDefault();
    if (services && mainWindow) void openFromOs([file]);
    else pendingFiles.push(file);
  });

  // Every web contents (ours and any other) refuses webviews, foreign navigation and new windows;
  // a link the user wants to follow is offered to the browser after they confirm.
  const externalLinks = createExternalLinkOpener({
    shell,
    confirm: async (url) => {
      const t = speak();
      const options = {
        type: 'question' as const,
        buttons: [t('main.dialog.cancel'), t('main.dialog.openInBrowser')],
        defaultId: 0,
        cancelId: 0,
        noLink: true,
        message: t('main.dialog.openLink'),
        detail: url,
      };
      const { response } = mainWindow ? await dialog.showMessageBox(mainWindow, options) : await dialog.showMessageBox(options);
      return response === 1;
    },
  });
  guardAllWebContents(app, { trusted, onWindowOpen: (url) => void externalLinks.open(url) });

  // A failure to take the lock, read the settings or open the store is shown with the data folder, and the app quits cleanly.
  const startupGuard = {
    dataDir,
    logFile: appLog.file,
    log: appLog,
    translate: () => createTranslator(languageFor('system', app.getLocale())),
    release: async () => {
      await storeLock?.release();
      storeLock = null;
    },
  };
  void app.whenReady().then(() => guardStartup(startupGuard, async (enter) => {
    enter('lock');
    denyPermissions(session.defaultSession);
    registerAppProtocol(session.defaultSession, path.join(here, '../renderer'));
    // The CLI holds the lock only while it writes: wait for it briefly, then tell the user.
    let lock = await acquireStoreLock(dataDir, { owner: 'app', pid: process.pid });
    for (let attempt = 0; !lock.ok && attempt < 20; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      lock = await acquireStoreLock(dataDir, { owner: 'app', pid: process.pid });
    }
    if (!lock.ok) throw new StartFailure(lock.message);
    storeLock = lock.lock;
    enter('settings');
    const settings = createElectronStoreSettings({ dataDir });
    settings.get(); // read now, so a damaged or unreadable settings file is named as the settings step
    enter('store');
    services = await createMainServices({
      dataDir,
      locale: () => app.getLocale(),
      userName: () => os.userInfo().username,
      platform: process.platform,
      version: app.getVersion(),
      settings,
      dialogs: createElectronDialogs(() => mainWindow),
      emit: (event, payload) => mainWindow?.webContents.send(eventChannelOf(event), payload),
      // Built beside this file from electron/node/reanchor/reanchorWorker.ts (see electron.vite.config.ts).
      reanchorWorker: new URL('./reanchorWorker.js', import.meta.url),
    });
    enter('window');
    // Files given at launch are imported first, so the window starts on the first of them.
    const launched = await openFilesFromOs(osOpenDeps(services), pendingFiles.splice(0));
    if (launched.openDocumentId) services.settings.update({ lastDocumentId: launched.openDocumentId });
    const showAbout = () => {
      let licences: string | null = null;
      try {
        licences = readFileSync(path.join(here, 'licenses.json'), 'utf8');
      } catch {
        licences = null;
      }
      const info = {
        appVersion: app.getVersion(),
        versions: { electron: process.versions.electron, chrome: process.versions.chrome, node: process.versions.node },
        dataDir,
        logFile: appLog.file,
        licences: parseLicenceList(licences),
      };
      return showAboutDialog(mainWindow, info, aboutLabelsFor(app.getLocale(), menuServices.settings.get().language), app.getPath('temp')).catch((error: unknown) => appLog.error('About failed', error));
    };
    const menuServices = services;
    const refreshMenu = installApplicationMenu({
      recent: () => recentMenuEntries(menuServices.settings, menuServices.store),
      send: (command, documentId) => mainWindow?.webContents.send(eventChannelOf('menuCommand'), documentId === undefined ? { command } : { command, documentId }),
      labels: () => menuLabelsFor(app.getLocale(), menuServices.settings.get().language),
      help: {
        about: () => void showAbout(),
        showLogs: () => shell.showItemInFolder(appLog.file),
        openDataFolder: () => void shell.openPath(dataDir),
      },
      isDev: !app.isPackaged,
      platform: process.platform,
    });
    await refreshMenu();
    registerIpc(createIpcRouter(refreshMenuAfter(services.handlers, refreshMenu), { isTrustedUrl: (url) => isTrustedUrl(url, trusted) }));
    const savedBounds = services.settings.get().windowBounds;
    mainWindow = createMainWindow({
      preloadPath: path.join(here, '../preload/index.cjs'),
      entryUrl: devServerUrl ?? APP_ENTRY_URL,
      trusted,
      title: 'Tagwerk',
      ...(savedBounds ? { bounds: { x: savedBounds.x, y: savedBounds.y, width: savedBounds.width, height: savedBounds.height } } : {}),
    });
    if (savedBounds?.maximized) mainWindow.maximize();
    showRefusals(launched.refusals);
    showImported(launched.imported);
    const live = services;
    const mayClose = createCloseGuard({
      saveState: () => live.saveState(),
      requestFlush: () => mainWindow?.webContents.send(eventChannelOf('flushRequest'), null),
      askCloseUnsaved: async (state) => {
        const owner = mainWindow;
        const t = speak();
        const options: Electron.MessageBoxOptions = {
          type: 'warning',
          buttons: [t('main.dialog.keepOpen'), t('main.dialog.closeWithoutSaving')],
          defaultId: 0,
          cancelId: 0,
          message: t('main.dialog.unsaved'),
          detail: state.failed ? t('main.dialog.saveFailed') : t('main.dialog.saveSlow'),
        };
        const { response } = owner ? await dialog.showMessageBox(owner, options) : await dialog.showMessageBox(options);
        return response === 1;
      },
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      now: () => Date.now(),
    });
    let closeApproved = false;
    mainWindow.on('close', (event) => {
      // Remember where the window was, so the next start opens it there.
      if (mainWindow) live.settings.update({ windowBounds: { ...mainWindow.getNormalBounds(), maximized: mainWindow.isMaximized() } });
      if (closeApproved) return;
      event.preventDefault();
      void mayClose().then((ok) => {
        if (!ok) return;
        closeApproved = true;
        mainWindow?.close();
      });
    });
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  }));

  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => appLog.info('Tagwerk quitting'));

  // Quit waits for queued saves (with a timeout), then releases the store lock.
  flushOnQuit(app, () => services?.flush() ?? Promise.resolve(), () => storeLock?.release(), QUIT_FLUSH_TIMEOUT_MS);
}
