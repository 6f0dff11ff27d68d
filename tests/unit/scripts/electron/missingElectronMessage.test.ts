import { describe, expect, it } from 'vitest';
import { missingElectronMessage } from '../../../../scripts/electron/missingElectronMessage';

describe('missingElectronMessage', () => {
  it('at install is one warning line that says the install succeeded', () => {
    const line = missingElectronMessage('offline', 'TypeError: fetch failed', { mode: 'install', env: {} });
    expect(line).not.toContain('\n');
    expect(line).toMatch(/^Tagwerk: warning: the Electron binary is not installed/);
    expect(line).toContain('no network connection (TypeError: fetch failed)');
    expect(line).toContain('The install succeeded');
    expect(line).toContain('`npx install-electron`');
  });

  it('at start is one paragraph: what is missing, why, and the exact commands', () => {
    const text = missingElectronMessage('offline', 'TypeError: fetch failed', { mode: 'start', env: {} });
    expect(text).not.toContain('\n');
    expect(text).toMatch(/^Tagwerk cannot start: the Electron binary .* is missing/);
    expect(text).toContain('could not be downloaded from GitHub: no network connection');
    expect(text).toContain('`npx install-electron` when you are online');
    expect(text).toContain('`ELECTRON_MIRROR=https://npmmirror.com/mirrors/electron/ npx install-electron`');
    expect(text).toContain('then `npm start` again');
  });

  it('names the mirror in use when it is the mirror that failed', () => {
    const env = { ELECTRON_MIRROR: 'https://mirror.example/ü🎉/' };
    const text = missingElectronMessage('mirror', 'HTTPError: Response code 404 (Not Found)', { mode: 'start', env });
    expect(text).toContain('the mirror https://mirror.example/ü🎉/ refused the download (HTTPError: Response code 404 (Not Found))');
    expect(text).toContain('check the mirror or use another one');
  });

  it('says a mirror is needed when GitHub itself refuses', () => {
    expect(missingElectronMessage('mirror', 'HTTPError: Response code 403 (Forbidden)', { mode: 'start', env: {} })).toContain('GitHub refused the download (HTTPError: Response code 403 (Forbidden)): a mirror is needed');
  });

  it('names ELECTRON_SKIP_BINARY_DOWNLOAD when that is why, and the installer command that ignores it', () => {
    const text = missingElectronMessage('skipped', 'ELECTRON_SKIP_BINARY_DOWNLOAD is set', { mode: 'start', env: { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } });
    expect(text).toContain('not downloaded because ELECTRON_SKIP_BINARY_DOWNLOAD is set');
    expect(text).toContain('run `npx install-electron`, then `npm start` again');
    expect(missingElectronMessage('skipped', '', { mode: 'install', env: {} })).toContain('run `npx install-electron` to get it');
  });
});
