import { downloadFailureReason, type DownloadFailureReason } from './downloadFailureReason';
import type { ElectronBinaryStatus } from './electronBinaryStatus';

/** What running a command gave: its exit code (null when killed), its output, and whether it ran out of time. */
export interface CommandOutcome {
  code: number | null;
  output: string;
  timedOut: boolean;
}

/** Runs a command to the end or until the timeout, capturing its output (spawn in production, a fake in tests). */
export type RunCommand = (command: string, args: readonly string[], options: { env: NodeJS.ProcessEnv; timeoutMs: number }) => Promise<CommandOutcome>;

/** Everything the check touches, injected so that it is tested without a network or a binary. */
export interface EnsureElectronDeps {
  status(): ElectronBinaryStatus;
  env: NodeJS.ProcessEnv;
  run: RunCommand;
  /** The Node executable and Electron's own installer script (`node_modules/electron/install.js`). */
  nodePath: string;
  installerPath: string;
  timeoutMs: number;
  /** Called once if the download is still running after a moment, so a real download is not mistaken for a hang. */
  onSlowDownload?: () => void;
  slowAfterMs?: number;
  setTimer?: (run: () => void, ms: number) => { clear(): void };
}

/** The binary is there (perhaps just downloaded), or it is missing and why. */
export type EnsureElectronResult =
  | { ok: true; path: string; downloaded: boolean }
  | { ok: false; reason: DownloadFailureReason; detail: string };

/** True when the user asked not to download the binary (`ELECTRON_SKIP_BINARY_DOWNLOAD=1`, as Electron's installer always honoured). */
export function skipRequested(env: NodeJS.ProcessEnv): boolean {
  const value = env.ELECTRON_SKIP_BINARY_DOWNLOAD?.trim().toLowerCase();
  return value !== undefined && value !== '' && value !== '0' && value !== 'false';
}

/** The installer's most telling line (its error message, not the stack), for the user and the reason. */
function errorLine(output: string): string {
  const lines = output.split(/\r?\n/).map((line) => line.trim()).filter((line) => line.length > 0 && !line.startsWith('at '));
  return lines.find((line) => /error|failed|code/i.test(line)) ?? lines[0] ?? 'no output';
}

/**
 * Makes sure the Electron binary is installed: present → done; skip requested → missing
 * ('skipped'); else runs Electron's own installer once (which honours ELECTRON_MIRROR and the
 * npm `electron_mirror` config) with a time limit and checks again, classifying a failure.
 */
export async function ensureElectronBinary(deps: EnsureElectronDeps): Promise<EnsureElectronResult> {
  const before = deps.status();
  if (before.present) return { ok: true, path: before.path, downloaded: false };
  if (skipRequested(deps.env)) return { ok: false, reason: 'skipped', detail: 'ELECTRON_SKIP_BINARY_DOWNLOAD is set' };
  const timer = deps.onSlowDownload && deps.setTimer ? deps.setTimer(deps.onSlowDownload, deps.slowAfterMs ?? 2000) : null;
  const outcome = await deps.run(deps.nodePath, [deps.installerPath], { env: deps.env, timeoutMs: deps.timeoutMs }).finally(() => timer?.clear());
  const after = deps.status();
  if (outcome.code === 0 && after.present) return { ok: true, path: after.path, downloaded: true };
  const detail = outcome.timedOut ? `no answer within ${Math.round(deps.timeoutMs / 1000)} s` : errorLine(outcome.output);
  return { ok: false, reason: downloadFailureReason(outcome.output, { timedOut: outcome.timedOut }), detail };
}
