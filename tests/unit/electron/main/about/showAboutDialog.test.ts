import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const shown: unknown[] = [];
const opened: string[] = [];
let response = 0;
vi.mock('electron', () => ({
  dialog: { showMessageBox: async (...args: unknown[]) => (shown.push(args.at(-1)), { response }) },
  shell: { openPath: async (file: string) => (opened.push(file), '') },
}));

const { showAboutDialog } = await import('../../../../../electron/main/about/showAboutDialog');
const { aboutLabelsFor } = await import('../../../../../electron/main/about/aboutLabels');

const INFO = {
  appVersion: '0.1.0',
  versions: { electron: '45.5.0', chrome: '142.0', node: '22.20.0' },
  dataDir: '/data',
  logFile: '/data/logs/main.log',
  licences: { packages: [{ name: 'zod', version: '4.1.0', license: 'MIT', text: 'MIT License ü🎉' }] },
};

beforeEach(() => {
  shown.length = 0;
  opened.length = 0;
});

describe('showAboutDialog', () => {
  it('shows the About box and, on "Licences…", writes the full licence texts to a file and opens it', async () => {
    const temp = mkdtempSync(path.join(os.tmpdir(), 'tagwerk-about-'));
    response = 1;
    await showAboutDialog(null, INFO, aboutLabelsFor('en'), temp);
    expect(shown).toEqual([expect.objectContaining({ type: 'info', title: 'About Tagwerk', message: 'Tagwerk 0.1.0', buttons: ['OK', 'Licences…'] })]);
    expect(opened).toEqual([path.join(temp, 'Tagwerk-licences.txt')]);
    expect(readFileSync(opened[0] as string, 'utf8')).toContain('zod 4.1.0 — MIT\n===============\n\nMIT License ü🎉');
  });

  it('opens nothing on OK, and offers no licence button when the build has no list', async () => {
    response = 0;
    await showAboutDialog(null, { ...INFO, licences: null }, aboutLabelsFor('de'), os.tmpdir());
    expect(shown).toEqual([expect.objectContaining({ title: 'Über Tagwerk', buttons: ['OK'] })]);
    expect(opened).toEqual([]);
  });
});
