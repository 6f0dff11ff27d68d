import path from 'node:path';

/** The file-system reads the binary check needs (node:fs in production, a fake in tests). */
export interface BinaryFs {
  existsSync(file: string): boolean;
  readFileSync(file: string, encoding: 'utf8'): string;
}

/** Whether the Electron binary is installed, and where (what electron-vite and Playwright will run). */
export type ElectronBinaryStatus = { present: true; path: string } | { present: false };

/**
 * Finds the Electron binary as electron-vite does: `ELECTRON_EXEC_PATH` if set, else the
 * executable named by `node_modules/electron/path.txt` inside its `dist/` (both written by
 * Electron's installer), so a check that passes here means `electron-vite preview` will start.
 */
export function electronBinaryStatus(deps: { fs: BinaryFs; env: NodeJS.ProcessEnv; packageDir: string }): ElectronBinaryStatus {
  const { fs, env, packageDir } = deps;
  const override = env.ELECTRON_EXEC_PATH;
  if (override) return fs.existsSync(override) ? { present: true, path: override } : { present: false };
  const pathFile = path.join(packageDir, 'path.txt');
  if (!fs.existsSync(pathFile)) return { present: false };
  const executable = path.join(packageDir, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(executable) ? { present: true, path: executable } : { present: false };
}
