/** Exposes `window.api`: one function per contract call, each a plain `ipcRenderer.invoke`. */
import { contextBridge, ipcRenderer } from 'electron';
import { apiNames, channelFor } from '../../core/api/contract.ts';

const api = Object.fromEntries(apiNames.map((name) => [name, (...args: unknown[]) => ipcRenderer.invoke(channelFor(name), ...args)]));
contextBridge.exposeInMainWorld('api', api);
