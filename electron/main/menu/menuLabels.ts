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

const EN: MenuLabels = {
  file: '&File',
  open: '&Open…',
  importTags: '&Import dataset…',
  review: '&Review colleague’s tags…',
  export: '&Export…',
  recent: 'Open &Recent',
  noRecent: 'No recent documents',
  quit: '&Quit',
  edit: '&Edit',
  undo: '&Undo',
  redo: '&Redo',
  find: '&Find…',
  copy: '&Copy',
  selectAll: 'Select &All',
  view: '&View',
  reload: 'Reload',
  devTools: 'Toggle Developer Tools',
  resetZoom: 'Actual Size',
  zoomIn: 'Zoom In',
  zoomOut: 'Zoom Out',
  fullScreen: 'Full Screen',
  help: '&Help',
  showLogs: 'Show &Logs',
  openDataFolder: 'Open &Data Folder',
  about: '&About Tagwerk',
};

const DE: MenuLabels = {
  file: '&Datei',
  open: '&Öffnen…',
  importTags: 'Datensatz &importieren…',
  review: 'Tags von Kolleg:innen &vergleichen…',
  export: '&Exportieren…',
  recent: '&Zuletzt geöffnet',
  noRecent: 'Keine zuletzt geöffneten Dokumente',
  quit: '&Beenden',
  edit: '&Bearbeiten',
  undo: '&Rückgängig',
  redo: '&Wiederholen',
  find: '&Suchen…',
  copy: '&Kopieren',
  selectAll: '&Alles auswählen',
  view: '&Ansicht',
  reload: 'Neu laden',
  devTools: 'Entwicklerwerkzeuge',
  resetZoom: 'Originalgröße',
  zoomIn: 'Vergrößern',
  zoomOut: 'Verkleinern',
  fullScreen: 'Vollbild',
  help: '&Hilfe',
  showLogs: '&Protokolle anzeigen',
  openDataFolder: '&Datenordner öffnen',
  about: '&Über Tagwerk',
};

/** The menu labels for an OS locale: German for any German locale, else English (as the window does). */
export function menuLabelsFor(locale: string): MenuLabels {
  return locale.toLowerCase().startsWith('de') ? DE : EN;
}
