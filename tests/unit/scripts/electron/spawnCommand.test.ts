import { describe, expect, it } from 'vitest';
import { spawnCommand } from '../../../../scripts/electron/spawnCommand';

describe('spawnCommand', () => {
  it('captures both output streams and the exit code', async () => {
    const outcome = await spawnCommand(process.execPath, ['-e', 'console.log("out ü🎉"); console.error("err"); process.exit(3)'], { env: process.env, timeoutMs: 20_000 });
    expect(outcome).toMatchObject({ code: 3, timedOut: false });
    expect(outcome.output).toContain('out ü🎉');
    expect(outcome.output).toContain('err');
  });

  it('kills a command that outlives the time limit, so a stalled download cannot hang the install', async () => {
    const started = Date.now();
    const outcome = await spawnCommand(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)'], { env: process.env, timeoutMs: 300 });
    expect(outcome).toMatchObject({ code: null, timedOut: true });
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('reports a command that cannot be started instead of throwing', async () => {
    const outcome = await spawnCommand('/no/such/program', [], { env: process.env, timeoutMs: 5000 });
    expect(outcome.code).toBeNull();
    expect(outcome.output).toContain('ENOENT');
  });
});
