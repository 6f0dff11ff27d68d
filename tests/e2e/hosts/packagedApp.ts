import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

const DIST = path.resolve(import.meta.dirname, '../../../dist');

/**
 * The app that `npm run dist` unpacked for this system (`dist/linux-unpacked`, `dist/win-unpacked`,
 * `dist/mac*\/Tagwerk.app`): the executable to start and the path @electron/fuses reads, or why
 * there is none (no installer build on this machine: it needs the Electron binary).
 */
export function packagedApp(dist = DIST, platform = process.platform): { executable: string; fuseTarget: string } | { missing: string } {
  const missing = { missing: `no packaged app in ${dist} (\`npm run dist\` needs the Electron binary)` };
  if (!existsSync(dist)) return missing;
  if (platform === 'darwin') {
    const folder = readdirSync(dist).find((name) => name.startsWith('mac') && existsSync(path.join(dist, name, 'Tagwerk.app')));
    if (!folder) return missing;
    const bundle = path.join(dist, folder, 'Tagwerk.app');
    return { executable: path.join(bundle, 'Contents/MacOS/Tagwerk'), fuseTarget: bundle };
  }
  const executable = platform === 'win32' ? path.join(dist, 'win-unpacked', 'Tagwerk.exe') : path.join(dist, 'linux-unpacked', 'tagwerk');
  return existsSync(executable) ? { executable, fuseTarget: executable } : missing;
}
