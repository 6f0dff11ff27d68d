import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { dialog, shell, type BrowserWindow } from 'electron';
import { aboutContent, type AboutInfo } from './aboutContent';
import type { AboutLabels } from './aboutLabels';
import { licencesText } from './licenceList';

/**
 * The thin Electron adapter: shows the About box; its "Licences…" button writes the full licence
 * texts to a file in `tempDir` (the build's copy may sit inside app.asar, which no viewer opens)
 * and opens it in the system's text viewer.
 */
export async function showAboutDialog(owner: BrowserWindow | null, info: AboutInfo, labels: AboutLabels, tempDir: string): Promise<void> {
  const content = aboutContent(info, labels);
  const options: Electron.MessageBoxOptions = {
    type: 'info',
    title: content.title,
    message: content.message,
    detail: content.detail,
    buttons: info.licences ? [labels.ok, labels.showLicences] : [labels.ok],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  };
  const { response } = owner ? await dialog.showMessageBox(owner, options) : await dialog.showMessageBox(options);
  if (response !== 1 || !info.licences) return;
  const file = path.join(tempDir, 'Tagwerk-licences.txt');
  await writeFile(file, licencesText(info.licences, labels.licencesHeading), 'utf8');
  await shell.openPath(file);
}
