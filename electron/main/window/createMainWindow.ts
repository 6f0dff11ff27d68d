import { BrowserWindow } from 'electron';
import { guardWebContents } from './guardWebContents';
import type { TrustedLocation } from '../security/trustedOrigins';

/** Where the window comes from: the preload bundle, the UI entry URL and its trusted locations. */
export interface MainWindowOptions {
  preloadPath: string;
  entryUrl: string;
  trusted: readonly TrustedLocation[];
  bounds?: { x?: number; y?: number; width: number; height: number };
  title: string;
}

/**
 * Creates the one workbench window with Electron's secure defaults written out in full, so
 * reviewers and scanners see every webPreference in one literal.
 */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    ...(options.bounds ?? { width: 1280, height: 860 }),
    minWidth: 720,
    minHeight: 480,
    title: options.title,
    show: false,
    backgroundColor: '#fbfaf7',
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      enableBlinkFeatures: undefined,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
    },
  });
  guardWebContents(window.webContents, options.trusted);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(options.entryUrl);
  return window;
}
