import { createTranslator } from '../../node/i18n/createTranslator';
import { languageFor } from '@shared/i18n/mainCatalogs';

/** The application menu's words in one UI language. */
export interface MenuLabels {
  file: string;
  open: string;
  importTags: string;
  review: string;
  export: string;
  recent: string;
  noRecent: string;
  quit: string;
  edit: string;
  undo: string;
  redo: string;
  find: string;
  copy: string;
  selectAll: string;
  view: string;
  reload: string;
  devTools: string;
  resetZoom: string;
  zoomIn: string;
  zoomOut: string;
  fullScreen: string;
  help: string;
  showLogs: string;
  openDataFolder: string;
  about: string;
}

const KEYS: readonly (keyof MenuLabels)[] = [
  'file', 'open', 'importTags', 'review', 'export', 'recent', 'noRecent', 'quit', 'edit', 'undo', 'redo', 'find', 'copy', 'selectAll',
  'view', 'reload', 'devTools', 'resetZoom', 'zoomIn', 'zoomOut', 'fullScreen', 'help', 'showLogs', 'openDataFolder', 'about',
];

/** The menu labels for a language setting and OS locale, from the catalogs the window uses too (`main.menu.*`). */
export function menuLabelsFor(locale: string, setting = 'system'): MenuLabels {
  const t = createTranslator(languageFor(setting, locale));
  return Object.fromEntries(KEYS.map((key) => [key, t(`main.menu.${key}`)])) as unknown as MenuLabels;
}
