/**
 * A stand-in for the `electron` module so the built main bundle can run under plain Node
 * (the real binary cannot be downloaded on CI machines). It records what main registers
 * and, once started, calls every IPC handler as a foreign frame and as our own window,
 * printing one JSON report line.
 */
const Module = require('node:module');

const handlers = new Map();
const messageListeners = new Map();
const paths = new Map();
const windows = [];
const appListeners = {};
const contentsListeners = {};
let permissionRequestHandler;
let cspHeaders;
let printOptions = null;

const fakeContents = {
  on: (event, listener) => (contentsListeners[event] = listener),
  setWindowOpenHandler: (handler) => (contentsListeners['window-open'] = handler),
  printToPDF: async (options) => Buffer.from(`%PDF-fake ${JSON.stringify(options)}`),
  print: (options, callback) => {
    printOptions = options;
    callback(true, '');
  },
};

const electron = {
  app: {
    // Paths main sets (userData from GONGWEN_WORKSPACE) are honoured, so each run has its own workspace.
    setPath: (name, value) => paths.set(name, value),
    getPath: (name) => paths.get(name) ?? `/tmp/gongwen-smoke/${name}`,
    getVersion: () => '0.0.0-smoke',
    getAppPath: () => process.cwd(),
    isPackaged: false,
    whenReady: () => Promise.resolve(),
    on: (event, listener) => (appListeners[event] = listener),
    quit() {},
  },
  BrowserWindow: class {
    constructor(options) {
      this.options = options;
      this.url = '';
      this.webContents = fakeContents;
      windows.push(this);
    }
    once() {}
    on() {}
    loadURL(url) {
      this.url = url;
      return Promise.resolve();
    }
    static getAllWindows() {
      return windows;
    }
  },
  ipcMain: {
    handle: (channel, handler) => handlers.set(channel, handler),
    // One-way messages (the page's answer to "save now" before the window closes).
    on: (channel, listener) => messageListeners.set(channel, listener),
  },
  session: {
    defaultSession: {
      setPermissionRequestHandler: (handler) => (permissionRequestHandler = handler),
      setPermissionCheckHandler() {},
      setDevicePermissionHandler() {},
      flushStorageData() {},
      webRequest: {
        onHeadersReceived: (handler) => handler({ responseHeaders: {} }, (result) => (cspHeaders = result.responseHeaders)),
      },
    },
  },
  shell: { showItemInFolder() {}, openExternal() {} },
};

const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'electron' ? 'electron' : resolve.call(this, request, ...rest);
};
require.cache.electron = { id: 'electron', filename: 'electron', loaded: true, exports: electron };

// Worker threads inherit `-r` from the main thread: the ledger parser's worker must not run the report.
if (require('node:worker_threads').isMainThread) setTimeout(async () => {
  const window = windows[0];
  const own = { url: window?.url ?? '', parent: null };
  const foreign = { url: 'https://evil.example/', parent: null };
  appListeners['web-contents-created']?.({}, fakeContents);
  let navigationPrevented = false;
  contentsListeners['will-navigate']?.({ preventDefault: () => (navigationPrevented = true) }, 'https://evil.example/');
  let permissionGranted = null;
  permissionRequestHandler?.(null, 'media', (granted) => (permissionGranted = granted));
  const report = {
    channels: [...handlers.keys()].sort(),
    webPreferences: window?.options.webPreferences,
    url: window?.url,
    csp: cspHeaders?.['Content-Security-Policy']?.[0] ?? null,
    navigationPrevented,
    permissionGranted,
    windowOpen: contentsListeners['window-open']?.({ url: 'https://evil.example/' }),
    foreign: await handlers.get('gongwen:getAppInfo')({ senderFrame: foreign, sender: { mainFrame: foreign } }),
    own: await handlers.get('gongwen:getAppInfo')({ senderFrame: own, sender: { mainFrame: own } }),
    templates: await handlers.get('gongwen:listTemplates')({ senderFrame: own, sender: { mainFrame: own } }),
    drafts: await (async () => {
      const event = { senderFrame: own, sender: { mainFrame: own } };
      const blank = await handlers.get('gongwen:newFromTemplate')(event, { id: 'tongzhi', today: '2024-12-05' });
      if (!blank.ok) return blank;
      const created = await handlers.get('gongwen:createDraft')(event, { document: blank.result.document, templateId: 'tongzhi' });
      if (!created.ok) return created;
      return handlers.get('gongwen:listDrafts')(event);
    })(),
    refresh: await (async () => {
      if (!process.env.SMOKE_LEDGER_BASE64) return null;
      const event = { senderFrame: own, sender: { mainFrame: own } };
      const draft = await handlers.get('gongwen:newFromTemplate')(event, { id: 'jijian-jiancha-jianyi', today: '2024-12-05' });
      if (!draft.ok) return draft;
      const file = { name: '问题清单.csv', base64: process.env.SMOKE_LEDGER_BASE64 };
      return handlers.get('gongwen:refreshFromLedger')(event, { templateId: 'jijian-jiancha-jianyi', document: draft.result.document, today: '2024-12-05', file });
    })(),
    pdf: await handlers.get('gongwen:exportPdf')({ senderFrame: own, sender: { mainFrame: own } }, { title: '冒烟测试' }),
    print: await handlers.get('gongwen:printPages')({ senderFrame: own, sender: { mainFrame: own } }),
  };
  report.printOptions = printOptions;
  process.stdout.write(`SMOKE ${JSON.stringify(report)}\n`);
  process.exit(0);
}, 100);
