import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '@shared/ipc/events';
import type { MenuLabels } from './menuLabels';

/** A recent document as the File menu lists it. */
export interface RecentMenuEntry {
  id: string;
  title: string;
}

/** What the menu shows and does: recent documents, where commands go, and the process it runs in. */
export interface MenuTemplateDeps {
  recent: readonly RecentMenuEntry[];
  send(command: MenuCommand['command'], documentId?: string): void;
  labels: MenuLabels;
  /** The Help menu's actions, which main carries out itself (no window needed). */
  help: HelpActions;
  /** Reload and developer tools appear only in development. */
  isDev: boolean;
  platform: NodeJS.Platform;
}

/** What the Help menu does: the About box, the log file in the file manager, the data folder. */
export interface HelpActions {
  about(): void;
  showLogs(): void;
  openDataFolder(): void;
}

const MAX_TITLE = 60;

function shortTitle(title: string): string {
  const chars = Array.from(title.replace(/\s+/g, ' ').trim());
  const short = chars.length <= MAX_TITLE ? chars.join('') : `${chars.slice(0, MAX_TITLE - 1).join('')}…`;
  // '&' marks a mnemonic in menu labels; a title's own ampersand must stay one.
  return short.replace(/&/g, '&&');
}

/**
 * The application menu as a plain template (pure, so it is unit-tested without Electron). Items
 * whose keys the window handles itself (Ctrl+O, Ctrl+E, Ctrl+Z, Ctrl+F …) show the key but do
 * not register it (`registerAccelerator: false`), so a key works once and typing in a text
 * field keeps its own undo; clicking the item sends the same command to the window.
 */
export function createMenuTemplate(deps: MenuTemplateDeps): MenuItemConstructorOptions[] {
  const { labels: l, send } = deps;
  const command = (label: string, name: MenuCommand['command'], accelerator?: string): MenuItemConstructorOptions => ({
    label,
    click: () => send(name),
    ...(accelerator === undefined ? {} : { accelerator, registerAccelerator: false }),
  });
  const recent: MenuItemConstructorOptions[] =
    deps.recent.length === 0
      ? [{ label: l.noRecent, enabled: false }]
      : deps.recent.map((entry) => ({ label: shortTitle(entry.title), click: () => send('open-document', entry.id) }));
  const mac = deps.platform === 'darwin';

  const file: MenuItemConstructorOptions = {
    label: l.file,
    submenu: [
      command(l.open, 'open', 'CmdOrCtrl+O'),
      { label: l.recent, submenu: recent },
      { type: 'separator' },
      command(l.importTags, 'import'),
      command(l.review, 'review'),
      command(l.export, 'export', 'CmdOrCtrl+E'),
      ...(mac ? [] : [{ type: 'separator' } as const, { label: l.quit, role: 'quit' } as const]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: l.edit,
    submenu: [
      command(l.undo, 'undo', 'CmdOrCtrl+Z'),
      command(l.redo, 'redo', mac ? 'Shift+Cmd+Z' : 'Ctrl+Y'),
      { type: 'separator' },
      command(l.find, 'find', 'CmdOrCtrl+F'),
      { type: 'separator' },
      { label: l.copy, role: 'copy' },
      { label: l.selectAll, role: 'selectAll' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: l.view,
    submenu: [
      ...(deps.isDev
        ? [{ label: l.reload, role: 'reload' } as const, { label: l.devTools, role: 'toggleDevTools' } as const, { type: 'separator' } as const]
        : []),
      { label: l.resetZoom, role: 'resetZoom' },
      { label: l.zoomIn, role: 'zoomIn' },
      { label: l.zoomOut, role: 'zoomOut' },
      { type: 'separator' },
      { label: l.fullScreen, role: 'togglefullscreen' },
    ],
  };
  const help: MenuItemConstructorOptions = {
    label: l.help,
    role: 'help',
    submenu: [
      { label: l.showLogs, click: () => deps.help.showLogs() },
      { label: l.openDataFolder, click: () => deps.help.openDataFolder() },
      { type: 'separator' },
      { label: l.about, click: () => deps.help.about() },
    ],
  };
  return [...(mac ? [{ role: 'appMenu' } as const] : []), file, edit, view, help];
}
