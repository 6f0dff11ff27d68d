import { MAIN_CATALOGS } from '@shared/i18n/mainCatalogs';

/** Every catalog file, `locales/<language>/<feature>.json`, bundled at build time. */
const files = import.meta.glob<Record<string, unknown>>('./locales/*/*.json', { eager: true, import: 'default' });

/**
 * The translation catalogs by language: each feature keeps its strings in its own file (under
 * its own top-level keys), merged here with main's catalog so features can add strings without touching each other.
 */
export function loadCatalogs(): Record<string, Record<string, unknown>> {
  // main's strings (menus, native dialogs) are one more feature file, shared with the main process.
  const catalogs: Record<string, Record<string, unknown>> = { ...MAIN_CATALOGS };
  for (const [file, content] of Object.entries(files)) {
    const language = file.split('/')[2] ?? 'en';
    catalogs[language] = { ...catalogs[language], ...content };
  }
  return catalogs;
}
