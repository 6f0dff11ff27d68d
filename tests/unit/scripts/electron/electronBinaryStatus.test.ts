import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronBinaryStatus, type BinaryFs } from '../../../../scripts/electron/electronBinaryStatus';

/** A file system holding exactly the given files and contents. */
function fakeFs(files: Record<string, string>): BinaryFs {
  return {
    existsSync: (file) => file in files,
    readFileSync: (file) => {
      const content = files[file];
      if (content === undefined) throw new Error(`ENOENT: ${file}`);
      return content;
    },
  };
}

describe('electronBinaryStatus', () => {
  const cases = [
    { name: 'plain folder', dir: '/work/tagwerk/node_modules/electron' },
    { name: 'emoji in the path', dir: '/home/ana/🎉 projekte/tagwerk/node_modules/electron' },
    { name: 'NFD umlaut in the path', dir: '/home/ju\u0308rgen/tagwerk/node_modules/electron' },
  ];
  it.each(cases)('finds the binary named by path.txt inside dist/ ($name)', ({ dir }) => {
    const binary = path.join(dir, 'dist', 'electron');
    const status = electronBinaryStatus({ fs: fakeFs({ [path.join(dir, 'path.txt')]: 'electron', [binary]: '' }), env: {}, packageDir: dir });
    expect(status).toEqual({ present: true, path: binary });
  });

  it.each(cases)('is missing without path.txt, as after an install that skipped the download ($name)', ({ dir }) => {
    expect(electronBinaryStatus({ fs: fakeFs({}), env: {}, packageDir: dir })).toEqual({ present: false });
  });

  it('is missing when path.txt names an executable that is not there (an interrupted extract)', () => {
    const dir = '/p/node_modules/electron';
    const fs = fakeFs({ [path.join(dir, 'path.txt')]: 'Electron.app/Contents/MacOS/Electron' });
    expect(electronBinaryStatus({ fs, env: {}, packageDir: dir })).toEqual({ present: false });
  });

  it('takes ELECTRON_EXEC_PATH first, as electron-vite does, and only when that file exists', () => {
    const fs = fakeFs({ '/opt/electron/electron': '' });
    expect(electronBinaryStatus({ fs, env: { ELECTRON_EXEC_PATH: '/opt/electron/electron' }, packageDir: '/p' })).toEqual({ present: true, path: '/opt/electron/electron' });
    expect(electronBinaryStatus({ fs, env: { ELECTRON_EXEC_PATH: '/nowhere/electron' }, packageDir: '/p' })).toEqual({ present: false });
  });
});
