import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../../../electron/node/i18n/createTranslator';
import { aboutLabelsFor } from '../../../../../electron/main/about/aboutLabels';
import { menuLabelsFor } from '../../../../../electron/main/menu/menuLabels';
import { languageFor } from '@shared/i18n/mainCatalogs';

describe("main's translator", () => {
  it.each([
    ['system', 'de-AT', 'de'],
    ['system', 'en-GB', 'en'],
    ['system', 'fr-FR', 'en'],
    ['en', 'de-DE', 'en'],
    ['de', 'en-US', 'de'],
  ] as const)('setting %s on an OS in %s speaks %s', (setting, locale, language) => {
    expect(languageFor(setting, locale)).toBe(language);
  });

  it('reads main.* keys from the shared catalogs with plurals and values, synchronously', () => {
    const de = createTranslator('de');
    expect(de('main.dialog.notOpened', { count: 1 })).toBe('Eine Datei wurde nicht geöffnet.');
    expect(de('main.dialog.notOpened', { count: 3 })).toBe('3 Dateien wurden nicht geöffnet.');
    expect(createTranslator('en')('main.about.licences', { count: 2, summary: 'MIT 2' })).toBe('Built with 2 open-source packages (MIT 2).');
  });

  it('gives the menu and the About box in the language of the setting, else of the OS', () => {
    expect(menuLabelsFor('de-DE').file).toBe('&Datei');
    expect(menuLabelsFor('de-DE', 'en').file).toBe('&File');
    expect(menuLabelsFor('en-US', 'de').review).toBe('Markierungen von Kolleginnen und Kollegen &vergleichen…');
    expect(aboutLabelsFor('de-CH').licences(3, 'MIT 3')).toBe('Erstellt mit 3 Open-Source-Paketen (MIT 3).');
  });
});
