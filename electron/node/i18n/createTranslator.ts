import i18next from 'i18next';
import { MAIN_CATALOGS, type Language } from '@shared/i18n/mainCatalogs';

/** Looks up a catalog key with interpolation values (`{{count}}` picks the plural form). */
export type Translate = (key: string, values?: Record<string, unknown>) => string;

/**
 * A synchronous translator over main's catalogs for one language (English as the fallback), so
 * menus and native dialogs speak the window's language from the same catalog files.
 */
export function createTranslator(language: Language): Translate {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: 'en',
    resources: Object.fromEntries(Object.entries(MAIN_CATALOGS).map(([lng, catalog]) => [lng, { translation: catalog }])),
    interpolation: { escapeValue: false },
    initAsync: false,
    showSupportNotice: false,
  });
  return (key, values) => instance.t(key, values ?? {});
}
