import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';

// The template is pure; electron is mocked so an accidental runtime import fails loudly here.
vi.mock('electron', () => {
  throw new Error('createMenuTemplate must not need electron at run time');
});

const { createMenuTemplate } = await import('../../../../../electron/main/menu/createMenuTemplate');
const { menuLabelsFor } = await import('../../../../../electron/main/menu/menuLabels');

type Item = MenuItemConstructorOptions;
const submenu = (item: Item | undefined): Item[] => (Array.isArray(item?.submenu) ? (item.submenu as Item[]) : []);
const byLabel = (items: Item[], label: string): Item => {
  const found = items.find((i) => i.label === label);
  if (!found) throw new Error(`no menu item ${label} in ${items.map((i) => i.label).join(', ')}`);
  return found;
};
const click = (item: Item) => (item.click as unknown as () => void)();

function template(over: Partial<Parameters<typeof createMenuTemplate>[0]> = {}) {
  const sent: Array<[string, string | undefined]> = [];
  const helped: string[] = [];
  const labels = over.labels ?? menuLabelsFor('en-US');
  const menu = createMenuTemplate({
    recent: [],
    send: (command, documentId) => void sent.push([command, documentId]),
    labels,
    help: { about: () => void helped.push('about'), showLogs: () => void helped.push('showLogs'), openDataFolder: () => void helped.push('openDataFolder') },
    isDev: false,
    platform: 'linux',
    ...over,
  });
  return {
    menu,
    sent,
    helped,
    file: submenu(byLabel(menu, labels.file)),
    edit: submenu(byLabel(menu, labels.edit)),
    view: submenu(byLabel(menu, labels.view)),
    help: submenu(byLabel(menu, labels.help)),
  };
}

describe('createMenuTemplate', () => {
  it('has File, Edit, View and Help, in that order', () => {
    expect(template().menu.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
  });

  it.each([
    ['&File', '&Open…', 'open', 'CmdOrCtrl+O'],
    ['&File', '&Import dataset…', 'import', undefined],
    ['&File', '&Review colleague’s tags…', 'review', undefined],
    ['&File', '&Export…', 'export', 'CmdOrCtrl+E'],
    ['&Edit', '&Undo', 'undo', 'CmdOrCtrl+Z'],
    ['&Edit', '&Redo', 'redo', 'Ctrl+Y'],
    ['&Edit', '&Find…', 'find', 'CmdOrCtrl+F'],
  ])('%s › %s sends %s to the window; its key %s is shown but left to the window', (menu, label, command, accelerator) => {
    const t = template();
    const item = byLabel(menu === '&File' ? t.file : t.edit, label);
    click(item);
    expect(t.sent).toEqual([[command, undefined]]);
    expect(item.accelerator).toBe(accelerator);
    if (accelerator !== undefined) expect(item.registerAccelerator).toBe(false);
  });

  it('lists recent documents by title; choosing one opens it by id', () => {
    const recent = [
      { id: 'sha256:' + 'a'.repeat(64), title: 'Gipfel in Brüssel: „Wir stehen geschlossen“' },
      { id: 'sha256:' + 'b'.repeat(64), title: `Mu\u0308ller & Söhne ${'😀'.repeat(80)}` },
    ];
    const t = template({ recent });
    const items = submenu(byLabel(t.file, 'Open &Recent'));
    expect(items.map((i) => i.label)).toEqual(['Gipfel in Brüssel: „Wir stehen geschlossen“', `Mu\u0308ller && Söhne ${'😀'.repeat(59 - 'Mu\u0308ller & Söhne '.length)}…`]);
    click(items[1] as Item);
    expect(t.sent).toEqual([['open-document', recent[1]?.id]]);
  });

  it('shows a disabled line when there are no recent documents', () => {
    expect(submenu(byLabel(template().file, 'Open &Recent'))).toEqual([{ label: 'No recent documents', enabled: false }]);
  });

  it('uses roles for quit, copy and select all', () => {
    const t = template();
    expect(byLabel(t.file, '&Quit').role).toBe('quit');
    expect(byLabel(t.edit, '&Copy').role).toBe('copy');
    expect(byLabel(t.edit, 'Select &All').role).toBe('selectAll');
  });

  it('offers reload and developer tools only in development', () => {
    const roles = (view: Item[]) => view.map((i) => i.role).filter(Boolean);
    expect(roles(template().view)).not.toEqual(expect.arrayContaining(['reload']));
    expect(roles(template().view)).not.toContain('toggleDevTools');
    expect(roles(template().view)).not.toContain('forceReload');
    expect(roles(template({ isDev: true }).view)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('on macOS starts with the app menu (which has Quit) and uses Shift+Cmd+Z for redo', () => {
    const t = template({ platform: 'darwin' });
    expect(t.menu[0]).toEqual({ role: 'appMenu' });
    expect(t.file.some((i) => i.role === 'quit')).toBe(false);
    expect(byLabel(t.edit, '&Redo').accelerator).toBe('Shift+Cmd+Z');
  });

  it('speaks German on a German system', () => {
    const t = template({ labels: menuLabelsFor('de-AT') });
    expect(t.menu.map((m) => m.label)).toEqual(['&Datei', '&Bearbeiten', '&Ansicht', '&Hilfe']);
    click(byLabel(t.file, '&Öffnen…'));
    expect(t.sent).toEqual([['open', undefined]]);
    expect(t.help.map((i) => i.label)).toEqual(['&Protokolle anzeigen', '&Datenordner öffnen', undefined, '&Über Tagwerk']);
  });

  it.each([
    ['Show &Logs', 'showLogs'],
    ['Open &Data Folder', 'openDataFolder'],
    ['&About Tagwerk', 'about'],
  ])('Help › %s is carried out by main (%s), without the window', (label, action) => {
    const t = template();
    click(byLabel(t.help, label));
    expect(t.helped).toEqual([action]);
    expect(t.sent).toEqual([]);
  });

  it('has the same words in English and German for every item (no label left untranslated or empty)', () => {
    const en = menuLabelsFor('en');
    const de = menuLabelsFor('de-DE');
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as Array<keyof typeof en>) {
      expect(de[key].length, key).toBeGreaterThan(0);
      if (!['reload'].includes(key) && en[key] === de[key]) expect.soft(key).toBe('translated');
    }
  });
});
