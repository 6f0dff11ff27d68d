import { Menu } from 'electron';
import { createMenuTemplate, type MenuTemplateDeps } from './createMenuTemplate';

/**
 * The thin Electron adapter: builds the application menu from the pure template and sets it;
 * returns a refresh for when the recent documents change.
 */
export function installApplicationMenu(deps: Omit<MenuTemplateDeps, 'recent'> & { recent(): Promise<MenuTemplateDeps['recent']> }): () => Promise<void> {
  const refresh = async () => {
    const recent = await deps.recent().catch(() => []);
    Menu.setApplicationMenu(Menu.buildFromTemplate(createMenuTemplate({ ...deps, recent })));
  };
  return refresh;
}
