/** Desktop shell: one hardened window showing the renderer, the API served over IPC. */
import { app, BrowserWindow, ipcMain, session, shell } from 'electron';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { contentSecurityPolicy } from '../../core/app/content-security-policy.ts';
import { createDispatch } from '../../host/api/dispatch.ts';
import { createHandlers } from '../../host/create-handlers.ts';
import { appDataRoot, defaultExportDir, userDataFolderName } from '../../host/files/user-data-dir.ts';
import { registerIpcApi, trustedSender } from './ipc-api.ts';
import { isAllowedExternalUrl, isAppUrl } from './url-policy.ts';
import { hardenedWindowOptions } from './window-options.ts';

declare const MAIN_WINDOW_VITE_DEV_SERVER_URL: string | undefined;
declare const MAIN_WINDOW_VITE_NAME: string;

app.setPath('userData', process.env.GONGWEN_WORKSPACE ?? path.join(appDataRoot(), userDataFolderName));

const appEntryUrl = MAIN_WINDOW_VITE_DEV_SERVER_URL
  ? new URL('index.html', MAIN_WINDOW_VITE_DEV_SERVER_URL).href
  : pathToFileURL(path.join(__dirname, `../renderer/${MAIN_WINDOW_VITE_NAME}/index.html`)).href;

function lockDownSession(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [contentSecurityPolicy] } });
  });
}

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, appEntryUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, appEntryUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
});

function createWindow(): void {
  const window = new BrowserWindow(hardenedWindowOptions(path.join(__dirname, 'preload.cjs')));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(appEntryUrl);
}

app.whenReady().then(() => {
  lockDownSession();
  const handlers = createHandlers({
    version: app.getVersion(),
    mode: 'desktop',
    workspaceDir: app.getPath('userData'),
    exportDir: process.env.GONGWEN_EXPORT_DIR ?? defaultExportDir(app.getPath('documents')),
    revealFile: (file) => shell.showItemInFolder(file),
  });
  registerIpcApi(ipcMain, createDispatch(handlers), trustedSender(appEntryUrl));
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
