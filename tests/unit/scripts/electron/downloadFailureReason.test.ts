import { describe, expect, it } from 'vitest';
import { configuredMirror, downloadFailureReason } from '../../../../scripts/electron/downloadFailureReason';

describe('downloadFailureReason', () => {
  it.each([
    { output: 'TypeError: fetch failed\n    at node:internal/deps/undici/undici:14976:13', reason: 'offline' },
    { output: 'Error: getaddrinfo ENOTFOUND github.com', reason: 'offline' },
    { output: 'Error: connect ECONNREFUSED 10.0.0.1:443', reason: 'offline' },
    { output: 'ConnectTimeoutError: Connect Timeout Error (UND_ERR_CONNECT_TIMEOUT)', reason: 'offline' },
    { output: 'HTTPError: Response code 404 (Not Found) for https://mirror.example/🎉/v45.5.0/electron.zip', reason: 'mirror' },
    { output: 'HTTPError: Response code 403 (Forbidden) for https://github.com/electron/electron/releases/download/v45.5.0/electron-v45.5.0-linux-x64.zip', reason: 'mirror' },
    { output: 'Error: Generated checksum for "electron-v45.5.0-linux-x64.zip" did not match expected checksum.', reason: 'mirror' },
    { output: 'Error: EACCES: permission denied, mkdir \'/home/ju\u0308rgen/.cache/electron\'', reason: 'other' },
  ])('$output → $reason', ({ output, reason }) => {
    expect(downloadFailureReason(output, { timedOut: false })).toBe(reason);
  });

  it('calls a download cut off by the time limit a network problem, whatever was printed', () => {
    expect(downloadFailureReason('', { timedOut: true })).toBe('offline');
  });
});

describe('configuredMirror', () => {
  it('reads the npm config (.npmrc electron_mirror) before ELECTRON_MIRROR, as @electron/get does', () => {
    expect(configuredMirror({})).toBeNull();
    expect(configuredMirror({ ELECTRON_MIRROR: 'https://env.example/' })).toBe('https://env.example/');
    expect(configuredMirror({ ELECTRON_MIRROR: 'https://env.example/', npm_config_electron_mirror: 'https://npmrc.example/' })).toBe('https://npmrc.example/');
  });
});
