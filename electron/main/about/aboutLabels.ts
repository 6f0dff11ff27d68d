import { createTranslator } from '../../node/i18n/createTranslator';
import { languageFor } from '@shared/i18n/mainCatalogs';

/** The About dialog's words in one UI language. */
export interface AboutLabels {
  title: string;
  version: string;
  dataFolder: string;
  logFile: string;
  privacy: string;
  licences(count: number, summary: string): string;
  noLicences: string;
  ok: string;
  showLicences: string;
  licencesHeading: string;
}

/** The About labels for a language setting and OS locale, from the catalogs the window uses too (`main.about.*`). */
export function aboutLabelsFor(locale: string, setting = 'system'): AboutLabels {
  const t = createTranslator(languageFor(setting, locale));
  return {
    title: t('main.about.title'),
    version: t('main.about.version'),
    dataFolder: t('main.about.dataFolder'),
    logFile: t('main.about.logFile'),
    privacy: t('main.about.privacy'),
    licences: (count, summary) => t('main.about.licences', { count, summary }),
    noLicences: t('main.about.noLicences'),
    ok: t('main.about.ok'),
    showLicences: t('main.about.showLicences'),
    licencesHeading: t('main.about.licencesHeading'),
  };
}
