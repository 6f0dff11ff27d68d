import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_GLOBAL, createBridge } from '@shared/ipc/bridge';
import { channelOf } from '@shared/ipc/contract';
import { eventChannelOf } from '@shared/ipc/events';

// Exposes exactly the contract's named methods and event subscriptions; never ipcRenderer itself,
// a generic invoke, or the IPC event object (which would leak `sender`).
contextBridge.exposeInMainWorld(
  BRIDGE_GLOBAL,
  createBridge(
    (method, request) => ipcRenderer.invoke(channelOf(method), request),
    (event, listener) => {
      const channel = eventChannelOf(event);
      const handler = (_event: unknown, payload: unknown) => listener(payload);
      ipcRenderer.on(channel, handler);
      return () => {
        ipcRenderer.removeListener(channel, handler);
      };
    },
  ),
);
