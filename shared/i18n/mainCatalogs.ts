import deMain from './locales/de/main.json' with { type: 'json' };
import deProblems from './locales/de/problems.json' with { type: 'json' };
import enMain from './locales/en/main.json' with { type: 'json' };
import enProblems from './locales/en/problems.json' with { type: 'json' };

/** The languages Tagwerk speaks, in the window and in main's menus and dialogs. */
export const LANGUAGES = ['en', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * The main process's strings (menu, About, native dialogs) and the sentences of import problems
 * by language, as i18next catalogs: the window merges them into its own catalogs, so both
 * processes speak from one set of files.
 */
export const MAIN_CATALOGS: Record<Language, Record<string, unknown>> = { en: { ...enMain, ...enProblems }, de: { ...deMain, ...deProblems } };

/** Our language for a setting ('system', 'en', 'de') and an OS locale such as 'de-AT': German for any German locale, else English. */
export function languageFor(setting: string, locale: string): Language {
  if (setting === 'en' || setting === 'de') return setting;
  return locale.toLowerCase().startsWith('de') ? 'de' : 'en';
}
