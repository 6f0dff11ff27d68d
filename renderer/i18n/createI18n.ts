import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { loadCatalogs } from './catalogs';

/** The UI languages we ship catalogs for. */
export const UI_LANGUAGES = ['en', 'de'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** Picks our UI language for an OS locale such as 'de-AT' (German for any German locale, else English). */
export function uiLanguageFor(locale: string): UiLanguage {
  return locale.toLowerCase().startsWith('de') ? 'de' : 'en';
}

/** Creates the i18next instance every UI string goes through, in the OS language. */
export async function createI18n(locale: string): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    lng: uiLanguageFor(locale),
    fallbackLng: 'en',
    resources: Object.fromEntries(Object.entries(loadCatalogs()).map(([language, catalog]) => [language, { translation: catalog }])),
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
  });
  return instance;
}
