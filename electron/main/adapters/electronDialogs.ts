import { dialog, type BrowserWindow } from 'electron';
import type { DialogPort } from '../handlers/handlerDeps';

/** The dialog port on Electron's native dialogs, attached to the workbench window when there is one. */
export function createElectronDialogs(window: () => BrowserWindow | null): DialogPort {
  return {
    async showOpen(request) {
      const options: Electron.OpenDialogOptions = {
        title: request.title,
        filters: request.filters,
        properties: request.multiple ? ['openFile', 'multiSelections'] : ['openFile'],
      };
      const owner = window();
      const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : result.filePaths;
    },
    async showSave(request) {
      const options: Electron.SaveDialogOptions = { title: request.title, defaultPath: request.defaultName, filters: request.filters };
      const owner = window();
      const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
  };
}
