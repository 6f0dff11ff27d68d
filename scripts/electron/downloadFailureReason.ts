/** Why Electron's installer could not fetch the binary, as far as its output tells. */
export type DownloadFailureReason = 'skipped' | 'offline' | 'mirror' | 'other';

/** Error codes and words that mean the download server could not be reached at all. */
const OFFLINE =
  /fetch failed|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|UND_ERR_CONNECT_TIMEOUT|UND_ERR_SOCKET|getaddrinfo|socket hang up|timed out/i;
/** An answer that came back but was not the file: a blocked host or a wrong mirror path. */
const HTTP_REFUSAL = /HTTPError|Response code (4\d\d|5\d\d)|status code (4\d\d|5\d\d)|checksum/i;

/** The Electron mirror configured in the environment (npm config or ELECTRON_MIRROR), as @electron/get reads it. */
export function configuredMirror(env: NodeJS.ProcessEnv): string | null {
  return env.npm_config_electron_mirror || env.NPM_CONFIG_ELECTRON_MIRROR || env.ELECTRON_MIRROR || null;
}

/**
 * Classifies a failed download from the installer's output, so the user is told the one thing
 * that fixes it: unreachable network, a mirror that is needed or wrong, or something else.
 */
export function downloadFailureReason(output: string, options: { timedOut: boolean }): Exclude<DownloadFailureReason, 'skipped'> {
  if (options.timedOut || OFFLINE.test(output)) return 'offline';
  if (HTTP_REFUSAL.test(output)) return 'mirror';
  return 'other';
}
