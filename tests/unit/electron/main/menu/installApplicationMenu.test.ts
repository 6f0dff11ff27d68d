import { describe, expect, it, vi } from 'vitest';

const built: unknown[] = [];
const set: unknown[] = [];
vi.mock('electron', () => ({
  Menu: {
    buildFromTemplate: (template: unknown) => (built.push(template), { template }),
    setApplicationMenu: (menu: unknown) => void set.push(menu),
  },
}));

const { installApplicationMenu } = await import('../../../../../electron/main/menu/installApplicationMenu');
const { menuLabelsFor } = await import('../../../../../electron/main/menu/menuLabels');

describe('installApplicationMenu', () => {
  it('builds the menu from the template with the current recent documents on every refresh', async () => {
    let recent = [{ id: 'sha256:' + 'a'.repeat(64), title: 'Erstes' }];
    const refresh = installApplicationMenu({ recent: async () => recent, send: () => undefined, help: { about: () => undefined, showLogs: () => undefined, openDataFolder: () => undefined }, labels: () => menuLabelsFor('en'), isDev: false, platform: 'linux' });
    await refresh();
    recent = [{ id: 'sha256:' + 'b'.repeat(64), title: 'Zweites' }, ...recent];
    await refresh();
    expect(set).toHaveLength(2);
    const labels = (template: unknown) => JSON.stringify(template).match(/Erstes|Zweites/g);
    expect(labels(built[0])).toEqual(['Erstes']);
    expect(labels(built[1])).toEqual(['Zweites', 'Erstes']);
  });

  it('speaks the language setting of the moment: switching to German rebuilds the menu in German, without a restart', async () => {
    const settings = { language: 'en' };
    const refresh = installApplicationMenu({ recent: async () => [], send: () => undefined, help: { about: () => undefined, showLogs: () => undefined, openDataFolder: () => undefined }, labels: () => menuLabelsFor('en-US', settings.language), isDev: false, platform: 'linux' });
    await refresh();
    expect(JSON.stringify(built.at(-1))).toContain('&File');
    settings.language = 'de';
    await refresh();
    const german = JSON.stringify(built.at(-1));
    expect(german).toContain('&Datei');
    expect(german).not.toContain('&File');
    expect(set.at(-1)).toEqual({ template: built.at(-1) });
  });

  it('still sets a menu when the recent documents cannot be read', async () => {
    const refresh = installApplicationMenu({ recent: () => Promise.reject(new Error('disk')), send: () => undefined, help: { about: () => undefined, showLogs: () => undefined, openDataFolder: () => undefined }, labels: () => menuLabelsFor('en'), isDev: false, platform: 'linux' });
    await refresh();
    expect(JSON.stringify(built.at(-1))).toContain('No recent documents');
  });
});
