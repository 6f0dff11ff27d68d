import { configuredMirror, type DownloadFailureReason } from './downloadFailureReason';

/** Where the words go: the install's one warning line, or the paragraph `npm start` ends with. */
export type MessageMode = 'install' | 'start';

const EXAMPLE_MIRROR = 'https://npmmirror.com/mirrors/electron/';

/** Why the binary is missing, in a few words a newcomer understands. */
function cause(reason: DownloadFailureReason, detail: string, mirror: string | null): string {
  const from = mirror ? `the mirror ${mirror}` : 'GitHub';
  switch (reason) {
    case 'skipped':
      return 'it was not downloaded because ELECTRON_SKIP_BINARY_DOWNLOAD is set';
    case 'offline':
      return `it could not be downloaded from ${from}: no network connection (${detail})`;
    case 'mirror':
      return `${from} refused the download (${detail}): ${mirror ? 'check the mirror or use another one' : 'a mirror is needed'}`;
    case 'other':
      return `the download from ${from} failed (${detail})`;
  }
}

/** The command that fixes it, for this reason. */
function fix(reason: DownloadFailureReason, mirror: string | null): string {
  if (reason === 'skipped') return '`npx install-electron`';
  const viaMirror = `\`ELECTRON_MIRROR=${EXAMPLE_MIRROR} npx install-electron\``;
  if (reason === 'mirror' || mirror) return `${viaMirror} (or your own mirror)`;
  return `\`npx install-electron\` when you are online (behind a firewall: ${viaMirror})`;
}

/**
 * What the user reads when the Electron binary is missing: one warning line at install (which
 * still succeeds), or at `npm start` one short paragraph with the cause and the exact fix.
 */
export function missingElectronMessage(reason: DownloadFailureReason, detail: string, options: { mode: MessageMode; env: NodeJS.ProcessEnv }): string {
  const mirror = configuredMirror(options.env);
  if (options.mode === 'install') {
    const next = reason === 'skipped' ? `run ${fix(reason, mirror)} to get it` : `run ${fix(reason, mirror)} or just \`npm start\`, which tries again`;
    return `Tagwerk: warning: the Electron binary is not installed: ${cause(reason, detail, mirror)}. The install succeeded; ${next}.`;
  }
  return (
    `Tagwerk cannot start: the Electron binary (the desktop runtime, about 100 MB) is missing, and ${cause(reason, detail, mirror)}. ` +
    `To fix it, run ${fix(reason, mirror)}, then \`npm start\` again.`
  );
}
