import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const REPO = path.resolve(import.meta.dirname, '../../..');
// tsx's own entry through this Node, so the test runs the same on Windows (no .cmd shim).
const TSX_CLI = path.join(REPO, 'node_modules/tsx/dist/cli.mjs');

describe('scripts/ensureElectron.ts (what `npm start` runs first)', () => {
  it('without a binary prints the one paragraph and exits 1 within seconds, before anything is built', () => {
    const started = Date.now();
    const result = spawnSync(process.execPath, [TSX_CLI, 'scripts/ensureElectron.ts'], {
      cwd: REPO,
      encoding: 'utf8',
      // A binary that is certainly missing, and no download attempt (no network in tests).
      env: { ...process.env, ELECTRON_EXEC_PATH: path.join(REPO, 'no-such-electron'), ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('Tagwerk cannot start: the Electron binary');
    expect(result.stderr).toContain('`npx install-electron`');
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
