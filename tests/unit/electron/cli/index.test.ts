import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, tempDir } from './cliTestKit';

/** Runs the real entry the way users do: `npm run --silent tagwerk -- ARGS`, through tsx. */
function npmTagwerk(args: readonly string[], cwd: string) {
  return spawnSync('npm', ['run', '--silent', 'tagwerk', '--', ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
}

describe('the tagwerk entry point (spawned through npm and tsx)', () => {
  it('prints the help and exits 0', () => {
    const result = npmTagwerk(['--help'], REPO);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Usage: tagwerk COMMAND/);
  });

  it('imports a real file given relative to the folder npm was run in, and sets the exit code', () => {
    const dataDir = tempDir();
    const folder = path.join(REPO, 'tests/fixtures/corpus');
    const result = npmTagwerk(['import', 'emoji-astral.txt', '--data-dir', dataDir], folder);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('sha256:74b6fc5dc4187783627d00c83fadf964da6c58e1bc6e8579ff1c5302c534e26e  utf-8  222 characters  added  emoji-astral.txt\n');
    const usage = npmTagwerk(['export', '--data-dir', dataDir], folder);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('--format FORMAT is required');
  });
});
