import { describe, expect, it } from 'vitest';
import { aboutContent, type AboutInfo } from '../../../../../electron/main/about/aboutContent';
import { aboutLabelsFor } from '../../../../../electron/main/about/aboutLabels';

const INFO: AboutInfo = {
  appVersion: '0.1.0',
  versions: { electron: '45.5.0', chrome: '142.0.7444.59', node: '22.20.0' },
  dataDir: '/home/ju\u0308rgen/.config/Tagwerk 🎉',
  logFile: '/home/ju\u0308rgen/.config/Tagwerk 🎉/logs/main.log',
  licences: {
    packages: [
      { name: 'react', version: '19.2.0', license: 'MIT', text: 'MIT License' },
      { name: 'zod', version: '4.1.0', license: 'MIT', text: 'MIT License' },
      { name: 'write-file-atomic', version: '6.0.0', license: 'ISC', text: null },
    ],
  },
};

describe('aboutContent', () => {
  it('states the version, Electron/Chromium/Node versions, data folder, log file, privacy and the bundled licences', () => {
    const content = aboutContent(INFO, aboutLabelsFor('en-US'));
    expect(content.title).toBe('About Tagwerk');
    expect(content.message).toBe('Tagwerk 0.1.0');
    expect(content.detail.split('\n')).toEqual([
      'Version 0.1.0',
      'Electron 45.5.0 · Chromium 142.0.7444.59 · Node.js 22.20.0',
      '',
      'Data folder: /home/ju\u0308rgen/.config/Tagwerk 🎉',
      'Log file: /home/ju\u0308rgen/.config/Tagwerk 🎉/logs/main.log',
      '',
      'Tagwerk works offline: it sends no telemetry and uploads no crash reports.',
      'Built with 3 open-source packages (MIT 2, ISC 1).',
    ]);
  });

  it('speaks German on a German system', () => {
    const content = aboutContent(INFO, aboutLabelsFor('de-CH'));
    expect(content.title).toBe('Über Tagwerk');
    expect(content.detail).toContain('Datenordner: /home/ju\u0308rgen/.config/Tagwerk 🎉');
    expect(content.detail).toContain('Protokolldatei: ');
    expect(content.detail).toContain('Erstellt mit 3 Open-Source-Paketen (MIT 2, ISC 1).');
  });

  it('says so when the build has no licence list', () => {
    expect(aboutContent({ ...INFO, licences: null }, aboutLabelsFor('en')).detail).toContain('The list of bundled packages is missing from this build.');
  });
});

describe('aboutLabelsFor', () => {
  it('has every English label in German too', () => {
    expect(Object.keys(aboutLabelsFor('de')).sort()).toEqual(Object.keys(aboutLabelsFor('en')).sort());
  });
});
