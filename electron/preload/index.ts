/** Exposes `window.api`: one function per contract call, each a plain `ipcRenderer.invoke`; and `window.shell`, main's one request to the page. */
import { contextBridge, ipcRenderer } from 'electron';
import { apiNames, channelFor } from '../../core/api/contract.ts';
import { flushAnswerChannel, flushRequestChannel, type DesktopShell } from '../../core/api/shell-flush.ts';

const api = Object.fromEntries(apiNames.map((name) => [name, (...args: unknown[]) => ipcRenderer.invoke(channelFor(name), ...args)]));
contextBridge.exposeInMainWorld('api', api);

const shell: DesktopShell = {
  onFlushRequest(save) {
    const listener = (_event: unknown, id: unknown) => {
      void save()
        .catch(() => false)
        .then((saved) => ipcRenderer.send(flushAnswerChannel, id, saved));
    };
    ipcRenderer.on(flushRequestChannel, listener);
    return () => void ipcRenderer.removeListener(flushRequestChannel, listener);
  },
};
contextBridge.exposeInMainWorld('shell', shell);
