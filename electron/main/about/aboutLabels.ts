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

const EN: AboutLabels = {
  title: 'About Tagwerk',
  version: 'Version',
  dataFolder: 'Data folder',
  logFile: 'Log file',
  privacy: 'Tagwerk works offline: it sends no telemetry and uploads no crash reports.',
  licences: (count, summary) => `Built with ${count} open-source packages (${summary}).`,
  noLicences: 'The list of bundled packages is missing from this build.',
  ok: 'OK',
  showLicences: 'Licences…',
  licencesHeading: 'Tagwerk bundles these open-source packages, each under its own licence.',
};

const DE: AboutLabels = {
  title: 'Über Tagwerk',
  version: 'Version',
  dataFolder: 'Datenordner',
  logFile: 'Protokolldatei',
  privacy: 'Tagwerk arbeitet offline: Es sendet keine Telemetrie und lädt keine Absturzberichte hoch.',
  licences: (count, summary) => `Erstellt mit ${count} Open-Source-Paketen (${summary}).`,
  noLicences: 'Die Liste der mitgelieferten Pakete fehlt in diesem Build.',
  ok: 'OK',
  showLicences: 'Lizenzen…',
  licencesHeading: 'Tagwerk enthält diese Open-Source-Pakete, jedes unter seiner eigenen Lizenz.',
};

/** The About labels for an OS locale: German for any German locale, else English (as the menu does). */
export function aboutLabelsFor(locale: string): AboutLabels {
  return locale.toLowerCase().startsWith('de') ? DE : EN;
}
