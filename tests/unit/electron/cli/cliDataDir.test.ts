import { describe, expect, it } from 'vitest';
import { cliDataDir } from '../../../../electron/cli/cliDataDir';
import { invocationFolder } from '../../../../electron/cli/cliDeps';

const base = { cwd: '/work/here', platform: 'linux' as const, homedir: '/home/ana' };

describe('cliDataDir', () => {
  it('uses --data-dir, relative to the command’s folder', () => {
    expect(cliDataDir('data', { ...base, env: { TAGWERK_DATA_DIR: '/elsewhere' } })).toBe('/work/here/data');
    expect(cliDataDir('/abs/d', { ...base, env: {} })).toBe('/abs/d');
  });

  it('else TAGWERK_DATA_DIR, else the app’s userData folder', () => {
    expect(cliDataDir(undefined, { ...base, env: { TAGWERK_DATA_DIR: 'rel' } })).toBe('/work/here/rel');
    expect(cliDataDir(undefined, { ...base, env: { TAGWERK_DATA_DIR: '' } })).toBe('/home/ana/.config/Tagwerk');
    expect(cliDataDir(undefined, { ...base, env: { XDG_CONFIG_HOME: '/x' } })).toBe('/x/Tagwerk');
  });
});

describe('invocationFolder', () => {
  it('takes INIT_CWD only when npm runs the tagwerk script', () => {
    expect(invocationFolder({ npm_lifecycle_event: 'tagwerk', INIT_CWD: '/user/dir' }, '/repo')).toBe('/user/dir');
    expect(invocationFolder({ npm_lifecycle_event: 'test', INIT_CWD: '/user/dir' }, '/repo')).toBe('/repo');
    expect(invocationFolder({}, '/repo')).toBe('/repo');
  });
});
