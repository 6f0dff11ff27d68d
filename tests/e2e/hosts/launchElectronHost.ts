import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { _electron as electron } from '@playwright/test';
import { createConfSettings } from '../../../electron/node/settings/createConfSettings';
import { eventChannelOf } from '@shared/ipc/events';
import { scriptElectronDialogs } from './scriptElectronDialogs';
import type { LaunchedApp, ScriptedDialogs } from './types';

const MAIN_ENTRY = path.resolve(import.meta.dirname, '../../../out/main/index.js');

/** The Electron binary's path, or why there is none (it cannot be downloaded on these machines). */
export function electronBinary(): { path: string } | { missing: string } {
  // Checked first: requiring the package without its binary makes Electron 45 try to download it.
  const packageDir = path.resolve(import.meta.dirname, '../../../node_modules/electron');
  if (!existsSync(path.join(packageDir, 'path.txt')) || !existsSync(path.join(packageDir, 'dist'))) {
    return { missing: 'no Electron binary: the electron package was installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1' };
  }
  try {
    const binary = createRequire(import.meta.url)('electron') as unknown;
    if (typeof binary === 'string' && existsSync(binary)) return { path: binary };
    return { missing: 'the electron package has no binary (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1)' };
  } catch (error) {
    return { missing: `no Electron binary: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` };
  }
}

/** Launches the real app with Playwright's Electron support on the given data folder and locale, its file dialogs scripted. */
export async function launchElectronHost(options: { dataDir: string; locale: string; annotator: string | null; dialogs?: ScriptedDialogs }): Promise<LaunchedApp> {
  const binary = electronBinary();
  if ('missing' in binary) throw new Error(binary.missing);
  if (options.annotator !== null) {
    // Preset the annotator through the same settings file the app reads (conf = electron-store's format).
    const settings = createConfSettings({ dataDir: options.dataDir });
    if (settings.get().annotator === '') settings.update({ annotator: options.annotator });
  }
  const app = await electron.launch({
    executablePath: binary.path,
    args: [MAIN_ENTRY, `--data-dir=${options.dataDir}`, `--lang=${options.locale}`],
    env: { ...process.env, TAGWERK_DATA_DIR: options.dataDir },
  });
  // Native dialogs are answered by the test's script, as in the chromium host.
  const stopDialogs = await scriptElectronDialogs(app, options.dialogs ?? {});
  const page = await app.firstWindow();
  let closed = false;
  return {
    page,
    dataDir: options.dataDir,
    emit: (event, payload) =>
      app.evaluate(({ BrowserWindow }, [channel, value]) => {
        for (const window of BrowserWindow.getAllWindows()) window.webContents.send(channel, value);
      }, [eventChannelOf(event), payload] as const),
    async close() {
      if (closed) return;
      closed = true;
      stopDialogs();
      await app.close();
    },
  };
}
