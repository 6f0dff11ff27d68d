import path from 'node:path';
import { resolveDataDir } from '../node/dataDir';
import type { CliDeps } from './cliDeps';

/**
 * The data folder a command works on: `--data-dir`, else TAGWERK_DATA_DIR, else the app's
 * userData folder (the same rule as the app, so the CLI finds the app's store); a relative
 * folder is taken from the command's working folder, not the process's.
 */
export function cliDataDir(option: string | undefined, deps: Pick<CliDeps, 'env' | 'cwd' | 'platform' | 'homedir'>): string {
  const fromEnv = deps.env.TAGWERK_DATA_DIR;
  const explicit = option ?? (fromEnv === undefined || fromEnv === '' ? undefined : fromEnv);
  return resolveDataDir({
    argv: explicit === undefined ? [] : ['--data-dir', path.resolve(deps.cwd, explicit)],
    env: deps.env,
    platform: deps.platform,
    homedir: deps.homedir,
  });
}
