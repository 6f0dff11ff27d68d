import { peekSettings } from '../node/settings/peekSettings';
import type { CliDeps } from './cliDeps';
import { canonicalAnnotator } from '@shared/text/canonicalAnnotator';

/**
 * Who "I" am for a command: `--annotator NAME` if given, else the annotator name in the data
 * folder's settings (what the app writes into my annotations), else the OS user name. The
 * name is canonical (canonicalAnnotator: NFC, trimmed), as in the app. The
 * settings are only read, never written: a damaged file is reported on stderr when `stderr` is given.
 */
export function annotatorName(option: string | undefined, dataDir: string, deps: Pick<CliDeps, 'userName' | 'clock'> & Partial<Pick<CliDeps, 'stderr'>>): string {
  if (option !== undefined && option.trim() !== '') return canonicalAnnotator(option);
  const peeked = peekSettings(dataDir);
  if (peeked.problem !== null) deps.stderr?.(`note: ${peeked.problem}\n`);
  const fromSettings = peeked.settings.annotator.trim();
  if (fromSettings !== '') return canonicalAnnotator(fromSettings);
  const user = deps.userName().trim();
  return user === '' ? 'unknown' : canonicalAnnotator(user);
}
