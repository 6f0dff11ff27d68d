import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_GLOBAL, createBridge } from '../../shared/ipc/bridge';
import { channelOf } from '../../shared/ipc/contract';

// Exposes exactly the contract's named methods; never ipcRenderer itself or a generic invoke.
contextBridge.exposeInMainWorld(
  BRIDGE_GLOBAL,
  createBridge((method, request) => ipcRenderer.invoke(channelOf(method), request)),
);
