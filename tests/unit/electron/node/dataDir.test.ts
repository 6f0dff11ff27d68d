import { describe, expect, it } from 'vitest';
import { resolveDataDir } from '../../../../electron/node/dataDir';

const base = { argv: [] as string[], env: {} as Record<string, string | undefined>, platform: 'linux' as NodeJS.Platform, homedir: '/home/jonas' };

describe('resolveDataDir', () => {
  it.each([
    ['--data-dir DIR wins', { ...base, argv: ['app', '--data-dir', '/tmp/Grüße😀'], env: { TAGWERK_DATA_DIR: '/env' } }, '/tmp/Grüße😀'],
    ['--data-dir=DIR form', { ...base, argv: ['--data-dir=/tmp/Mu\u0308ller'] }, '/tmp/Mu\u0308ller'],
    ['TAGWERK_DATA_DIR next', { ...base, env: { TAGWERK_DATA_DIR: '/srv/tagwerk' } }, '/srv/tagwerk'],
    ['Linux userData', base, '/home/jonas/.config/Tagwerk'],
    ['Linux with XDG_CONFIG_HOME', { ...base, env: { XDG_CONFIG_HOME: '/xdg' } }, '/xdg/Tagwerk'],
    ['macOS userData', { ...base, platform: 'darwin' as NodeJS.Platform }, '/home/jonas/Library/Application Support/Tagwerk'],
  ])('%s', (_name, inputs, expected) => {
    expect(resolveDataDir(inputs)).toBe(expected);
  });

  it('uses %APPDATA% on Windows', () => {
    expect(resolveDataDir({ ...base, platform: 'win32', env: { APPDATA: 'C:\\Users\\J\\AppData\\Roaming' } })).toBe(
      'C:\\Users\\J\\AppData\\Roaming\\Tagwerk',
    );
  });
});
