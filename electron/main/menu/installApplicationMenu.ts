import { Menu } from 'electron';
import { createMenuTemplate, type MenuTemplateDeps } from './createMenuTemplate';

/** What the menu is built from: the template's deps, with the recent documents and the labels read afresh on each refresh. */
export type ApplicationMenuDeps = Omit<MenuTemplateDeps, 'recent' | 'labels'> & {
  recent(): Promise<MenuTemplateDeps['recent']>;
  /** The labels in the current language setting (read on every refresh, so a changed setting shows at once). */
  labels(): MenuTemplateDeps['labels'];
};

/**
 * The thin Electron adapter: builds the application menu from the pure template and sets it;
 * returns a refresh for when the recent documents or the language change.
 */
export function installApplicationMenu(deps: ApplicationMenuDeps): () => Promise<void> {
  const refresh = async () => {
    const recent = await deps.recent().catch(() => []);
    Menu.setApplicationMenu(Menu.buildFromTemplate(createMenuTemplate({ ...deps, recent, labels: deps.labels() })));
  };
  return refresh;
}
