import path from 'node:path';

/** The application name: the folder Electron's userData uses, so the CLI finds the app's store. */
export const APP_NAME = 'Tagwerk';

/** Inputs of data-folder resolution, injected so tests and the CLI need no Electron. */
export interface DataDirInputs {
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  platform: NodeJS.Platform;
  homedir: string;
}

/** Reads `--data-dir DIR` or `--data-dir=DIR` from an argument list. */
export function dataDirArgument(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--data-dir') return argv[i + 1];
    if (arg.startsWith('--data-dir=')) return arg.slice('--data-dir='.length);
  }
  return undefined;
}

/** Electron's userData folder for our app name, computed without importing electron. */
export function defaultUserDataDir({ env, platform, homedir }: Omit<DataDirInputs, 'argv'>): string {
  if (platform === 'win32') return path.win32.join(env.APPDATA ?? path.win32.join(homedir, 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return path.posix.join(homedir, 'Library', 'Application Support', APP_NAME);
  return path.posix.join(env.XDG_CONFIG_HOME || path.posix.join(homedir, '.config'), APP_NAME);
}

/** Resolves the data folder: `--data-dir`, else TAGWERK_DATA_DIR, else Electron's userData location. */
export function resolveDataDir(inputs: DataDirInputs): string {
  const explicit = dataDirArgument(inputs.argv) ?? inputs.env.TAGWERK_DATA_DIR;
  if (explicit) return path.resolve(explicit);
  return defaultUserDataDir(inputs);
}
