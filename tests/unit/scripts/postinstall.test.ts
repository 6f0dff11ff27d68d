import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const REPO = path.resolve(import.meta.dirname, '../../..');
// tsx's own entry through this Node, so the test runs the same on Windows (no .cmd shim).
const TSX_CLI = path.join(REPO, 'node_modules/tsx/dist/cli.mjs');

describe('scripts/postinstall.ts (npm install\'s own postinstall)', () => {
  it('the postinstall never fails the install when the binary is missing', () => {
    const result = spawnSync(process.execPath, [TSX_CLI, 'scripts/postinstall.ts'], {
      cwd: REPO,
      encoding: 'utf8',
      env: { ...process.env, ELECTRON_EXEC_PATH: path.join(REPO, 'no-such-electron'), ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
    });
    expect(result.status).toBe(0);
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^Tagwerk: warning: the Electron binary is not installed/)]);
  });
});
