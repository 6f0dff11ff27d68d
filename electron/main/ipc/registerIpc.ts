import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { channelOf, METHOD_NAMES } from '@shared/ipc/contract';
import type { IpcRouter, SenderInfo } from './createIpcRouter';

/** Describes the sending frame of an invoke: its URL and whether it is the top frame of its page. */
export function senderOf(event: IpcMainInvokeEvent): SenderInfo {
  const frame = event.senderFrame;
  return { url: frame?.url ?? '', isMainFrame: frame !== null && frame === event.sender.mainFrame };
}

/** Registers one ipcMain handler per contract method, each going through the router's checks. */
export function registerIpc(router: IpcRouter): () => void {
  for (const method of METHOD_NAMES) {
    ipcMain.handle(channelOf(method), (event, payload: unknown) => router.dispatch(method, senderOf(event), payload));
  }
  return () => {
    for (const method of METHOD_NAMES) ipcMain.removeHandler(channelOf(method));
  };
}
