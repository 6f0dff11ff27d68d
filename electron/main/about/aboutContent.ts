import type { AboutLabels } from './aboutLabels';
import { licenceSummary, type LicenceList } from './licenceList';

/** What the About dialog reports: versions of the app and its runtime, where data and logs are, and the bundled licences. */
export interface AboutInfo {
  appVersion: string;
  versions: { electron: string; chrome: string; node: string };
  dataDir: string;
  logFile: string;
  licences: LicenceList | null;
}

/** The About dialog's text (pure, so it is unit-tested without Electron): a title line and a detail block. */
export function aboutContent(info: AboutInfo, labels: AboutLabels): { title: string; message: string; detail: string } {
  const licences = info.licences ? labels.licences(info.licences.packages.length, licenceSummary(info.licences)) : labels.noLicences;
  return {
    title: labels.title,
    message: `Tagwerk ${info.appVersion}`,
    detail: [
      `${labels.version} ${info.appVersion}`,
      `Electron ${info.versions.electron} · Chromium ${info.versions.chrome} · Node.js ${info.versions.node}`,
      '',
      `${labels.dataFolder}: ${info.dataDir}`,
      `${labels.logFile}: ${info.logFile}`,
      '',
      labels.privacy,
      licences,
    ].join('\n'),
  };
}
