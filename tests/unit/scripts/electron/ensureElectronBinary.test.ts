import { describe, expect, it, vi } from 'vitest';
import { ensureElectronBinary, skipRequested, type CommandOutcome, type EnsureElectronDeps } from '../../../../scripts/electron/ensureElectronBinary';
import type { ElectronBinaryStatus } from '../../../../scripts/electron/electronBinaryStatus';

const BINARY = '/home/ju\u0308rgen/🎉/node_modules/electron/dist/electron';

/** Deps whose binary appears only if the installer run "succeeds" with `installs`. */
function deps(options: { present?: boolean; env?: NodeJS.ProcessEnv; outcome?: CommandOutcome; installs?: boolean }) {
  let present = options.present ?? false;
  const run = vi.fn(async () => {
    if (options.installs) present = true;
    return options.outcome ?? { code: 0, output: '', timedOut: false };
  });
  const d: EnsureElectronDeps = {
    status: (): ElectronBinaryStatus => (present ? { present: true, path: BINARY } : { present: false }),
    env: options.env ?? {},
    run,
    nodePath: '/usr/bin/node',
    installerPath: '/p/node_modules/electron/install.js',
    timeoutMs: 600_000,
  };
  return { d, run };
}

describe('ensureElectronBinary', () => {
  it('does nothing when the binary is already there', async () => {
    const { d, run } = deps({ present: true });
    expect(await ensureElectronBinary(d)).toEqual({ ok: true, path: BINARY, downloaded: false });
    expect(run).not.toHaveBeenCalled();
  });

  it('never downloads when ELECTRON_SKIP_BINARY_DOWNLOAD is set, and says so', async () => {
    const { d, run } = deps({ env: { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } });
    expect(await ensureElectronBinary(d)).toMatchObject({ ok: false, reason: 'skipped' });
    expect(run).not.toHaveBeenCalled();
  });

  it("runs Electron's own installer once, with the caller's environment (so ELECTRON_MIRROR reaches it) and the time limit", async () => {
    const env = { ELECTRON_MIRROR: 'https://mirror.example/electron/' };
    const { d, run } = deps({ env, installs: true });
    expect(await ensureElectronBinary(d)).toEqual({ ok: true, path: BINARY, downloaded: true });
    expect(run).toHaveBeenCalledTimes(1);
    expect(run).toHaveBeenCalledWith('/usr/bin/node', ['/p/node_modules/electron/install.js'], { env, timeoutMs: 600_000 });
  });

  it('reports an unreachable network with the error line, not the stack', async () => {
    const output = 'TypeError: fetch failed\n    at node:internal/deps/undici/undici:14976:13\n    at async FetchDownloader.download (file:///x.js:46:30)\n';
    const { d } = deps({ outcome: { code: 1, output, timedOut: false } });
    expect(await ensureElectronBinary(d)).toEqual({ ok: false, reason: 'offline', detail: 'TypeError: fetch failed' });
  });

  it('reports a download cut off by the time limit as a network problem, with the limit', async () => {
    const { d } = deps({ outcome: { code: null, output: '', timedOut: true } });
    expect(await ensureElectronBinary(d)).toEqual({ ok: false, reason: 'offline', detail: 'no answer within 600 s' });
  });

  it('does not trust an installer that exits 0 but leaves no binary', async () => {
    const { d } = deps({ outcome: { code: 0, output: '', timedOut: false } });
    expect(await ensureElectronBinary(d)).toMatchObject({ ok: false, reason: 'other' });
  });

  it('announces a slow download once and stops the timer when the installer ends', async () => {
    const { d } = deps({ installs: true });
    const clear = vi.fn();
    const setTimer = vi.fn(() => ({ clear }));
    const onSlowDownload = vi.fn();
    await ensureElectronBinary({ ...d, onSlowDownload, setTimer, slowAfterMs: 2000 });
    expect(setTimer).toHaveBeenCalledWith(onSlowDownload, 2000);
    expect(clear).toHaveBeenCalledTimes(1);
  });
});

describe('skipRequested', () => {
  it.each([
    [{}, false],
    [{ ELECTRON_SKIP_BINARY_DOWNLOAD: '' }, false],
    [{ ELECTRON_SKIP_BINARY_DOWNLOAD: '0' }, false],
    [{ ELECTRON_SKIP_BINARY_DOWNLOAD: 'false' }, false],
    [{ ELECTRON_SKIP_BINARY_DOWNLOAD: '1' }, true],
    [{ ELECTRON_SKIP_BINARY_DOWNLOAD: 'true' }, true],
  ])('%o → %s', (env, expected) => {
    expect(skipRequested(env)).toBe(expected);
  });
});
