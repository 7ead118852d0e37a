/** Desktop shell: one hardened window showing the renderer, the API served over IPC. */
import { app, BrowserWindow, dialog, ipcMain, session, shell } from 'electron';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createDispatch } from '../../host/api/dispatch.ts';
import { createHandlers } from '../../host/create-handlers.ts';
import { appDataRoot, defaultExportDir, userDataFolderName } from '../../host/files/user-data-dir.ts';
import { readChosenFolder } from '../../host/settings/data-folder.ts';
import { flushRequestChannel } from '../../core/api/shell-flush.ts';
import { crashReloader } from './crash-reload.ts';
import { flushCoordinator, holdUntilFlushed } from './flush-before-exit.ts';
import { registerFlushAnswers } from './flush-ipc.ts';
import { registerIpcApi, trustedSender } from './ipc-api.ts';
import { lockDownSession } from './session-policy.ts';
import { isAllowedExternalUrl, isAppUrl } from './url-policy.ts';
import { hardenedWindowOptions } from './window-options.ts';

declare const MAIN_WINDOW_VITE_DEV_SERVER_URL: string | undefined;
declare const MAIN_WINDOW_VITE_NAME: string;

const defaultWorkspace = path.join(appDataRoot(), userDataFolderName);
// A workspace given in the environment (tests, portable installs) wins over the one chosen in 设置.
const fixedWorkspace = process.env.GONGWEN_WORKSPACE;
app.setPath('userData', fixedWorkspace ?? readChosenFolder(defaultWorkspace) ?? defaultWorkspace);

const appEntryUrl = MAIN_WINDOW_VITE_DEV_SERVER_URL
  ? new URL('index.html', MAIN_WINDOW_VITE_DEV_SERVER_URL).href
  : pathToFileURL(path.join(__dirname, `../renderer/${MAIN_WINDOW_VITE_NAME}/index.html`)).href;

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

let mainWindow: BrowserWindow | null = null;

const beforeExit = flushCoordinator({
  ask: (id) => {
    const contents = mainWindow && !mainWindow.isDestroyed() ? mainWindow.webContents : null;
    if (!contents || contents.isCrashed()) return false;
    contents.send(flushRequestChannel, id);
    return true;
  },
  persistStorage: () => session.defaultSession.flushStorageData(),
  setTimer: (run, ms) => {
    const timer = setTimeout(run, ms);
    return () => clearTimeout(timer);
  },
});
const holdQuit = holdUntilFlushed(() => beforeExit.flush());
app.on('before-quit', (event) => holdQuit(() => event.preventDefault(), () => app.quit()));

function createWindow(): void {
  const window = new BrowserWindow(hardenedWindowOptions(path.join(__dirname, 'preload.cjs')));
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  const holdClose = holdUntilFlushed(() => beforeExit.flush());
  window.on('close', (event) => holdClose(() => event.preventDefault(), () => window.close()));
  // Windows shutdown, restart or log-off. The shutdown is not held up (Windows would list the app as blocking it):
  // the save starts at the first warning, and the journal of unsaved typing is on disk before the session ends.
  window.on('query-session-end', () => void beforeExit.flush());
  window.on('session-end', () => {
    session.defaultSession.flushStorageData();
    void beforeExit.flush();
  });
  const shouldReload = crashReloader();
  window.webContents.on('render-process-gone', (_event, details) => {
    if (!window.isDestroyed() && shouldReload(details.reason)) window.webContents.reload();
  });
  mainWindow = window;
  void window.loadURL(appEntryUrl);
}

/** Prints the window's preview pages (print styles hide the editor) at A4 without margins: the pages carry their own. */
async function printToPdf(): Promise<Uint8Array> {
  if (!mainWindow) throw new Error('没有打开的窗口可以打印。');
  const pdf = await mainWindow.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true, margins: { top: 0, bottom: 0, left: 0, right: 0 } });
  return new Uint8Array(pdf);
}

/** The system print dialog over the same pages: print styles show only them, and the A4 pages carry their own margins. */
function printPages(): Promise<boolean> {
  const window = mainWindow;
  if (!window) return Promise.reject(new Error('没有打开的窗口可以打印。'));
  return new Promise((resolve) => window.webContents.print({ printBackground: true, pageSize: 'A4', margins: { marginType: 'none' } }, (printed) => resolve(printed)));
}

app.whenReady().then(() => {
  lockDownSession(session.defaultSession);
  const handlers = createHandlers({
    version: app.getVersion(),
    mode: 'desktop',
    workspaceDir: app.getPath('userData'),
    exportDir: process.env.GONGWEN_EXPORT_DIR ?? defaultExportDir(app.getPath('documents')),
    // Forge copies templates/ into resources (packagerConfig.extraResource); unpackaged runs read the source tree.
    templatesDir: app.isPackaged ? path.join(process.resourcesPath, 'templates', 'builtin') : path.join(app.getAppPath(), 'templates', 'builtin'),
    revealFile: (file) => shell.showItemInFolder(file),
    printToPdf,
    print: printPages,
    chooseBatchFolder: async () => {
      const options = { title: '选择批量生成的输出文件夹', properties: ['openDirectory' as const, 'createDirectory' as const] };
      const picked = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
      return picked.canceled ? null : (picked.filePaths[0] ?? null);
    },
    dataFolder: fixedWorkspace
      ? undefined
      : {
          pointerDir: defaultWorkspace,
          defaultDir: defaultWorkspace,
          choose: async () => {
            const options = { title: '选择数据文件夹', properties: ['openDirectory' as const, 'createDirectory' as const] };
            const picked = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
            return picked.canceled ? null : (picked.filePaths[0] ?? null);
          },
        },
  });
  registerIpcApi(ipcMain, createDispatch(handlers), trustedSender(appEntryUrl));
  registerFlushAnswers(ipcMain, beforeExit, trustedSender(appEntryUrl));
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
