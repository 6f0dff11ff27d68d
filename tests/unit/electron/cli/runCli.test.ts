import { describe, expect, it } from 'vitest';
import { runCli } from '../../../../electron/cli/runCli';
import { JONAS, run } from './cliTestKit';

describe('tagwerk (dispatch)', () => {
  it('prints the overview for --help, -h and help (exit 0)', async () => {
    for (const args of [['--help'], ['-h'], ['help']]) {
      const result = await run(runCli, args);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/^Usage: tagwerk COMMAND/);
      for (const command of ['import', 'export', 'validate', 'convert', 'agreement']) expect(result.stdout).toContain(`  ${command} `);
    }
  });

  it('"help COMMAND" and "COMMAND --help" print that command’s help', async () => {
    for (const command of ['import', 'export', 'validate', 'convert', 'agreement']) {
      const viaHelp = await run(runCli, ['help', command]);
      const viaFlag = await run(runCli, [command, '--help']);
      expect(viaHelp.code).toBe(0);
      expect(viaHelp.stdout).toBe(viaFlag.stdout);
      expect(viaHelp.stdout).toMatch(new RegExp(`^Usage: tagwerk ${command}`));
      expect(viaHelp.stdout).toContain('Example');
    }
  });

  it('exits 2 for a missing or unknown command', async () => {
    const none = await run(runCli, []);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^tagwerk: missing COMMAND/);
    const unknown = await run(runCli, ['exprot', '--format', 'tagwerk']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^tagwerk: unknown command "exprot"/);
  });

  it('passes the rest of the arguments to the command', async () => {
    expect((await run(runCli, ['validate', JONAS])).code).toBe(0);
  });
});
