import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronBinaryStatus } from './electronBinaryStatus';
import { ensureElectronBinary, type EnsureElectronResult } from './ensureElectronBinary';
import { missingElectronMessage, type MessageMode } from './missingElectronMessage';
import { spawnCommand } from './spawnCommand';

/** A real download of ~100 MB may take minutes on a slow line; a stalled one is cut off here. */
const DOWNLOAD_TIMEOUT_MS = 10 * 60 * 1000;

const ELECTRON_PACKAGE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../node_modules/electron');

/**
 * Wires the check to the real machine (node:fs, this process's env, spawn) and prints the
 * outcome for `mode`; resolves to the result so the entry point picks the exit code.
 */
export async function electronBinaryCheck(mode: MessageMode): Promise<EnsureElectronResult> {
  const env = process.env;
  const result = await ensureElectronBinary({
    status: () => electronBinaryStatus({ fs, env, packageDir: ELECTRON_PACKAGE }),
    env,
    run: spawnCommand,
    nodePath: process.execPath,
    installerPath: path.join(ELECTRON_PACKAGE, 'install.js'),
    timeoutMs: DOWNLOAD_TIMEOUT_MS,
    onSlowDownload: () => console.log('Tagwerk: downloading the Electron binary (about 100 MB)…'),
    setTimer: (run, ms) => {
      const timer = setTimeout(run, ms);
      return { clear: () => clearTimeout(timer) };
    },
  });
  if (result.ok && result.downloaded) console.log(`Tagwerk: Electron binary installed (${result.path}).`);
  if (!result.ok) console.error(missingElectronMessage(result.reason, result.detail, { mode, env }));
  return result;
}
