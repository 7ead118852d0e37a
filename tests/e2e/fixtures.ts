/**
 * `appPage`: the app's window, whichever target the config chose — a Chromium tab on
 * `gongwen web`, or the first window of the Electron app. `exportDir` is where exports land.
 */
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { _electron, test as base, type Page } from '@playwright/test';

interface Fixtures {
  appPage: Page;
  exportDir: string;
}

const browserTest = base.extend<Fixtures>({
  exportDir: async ({}, use) => use(process.env.E2E_EXPORT_DIR ?? ''),
  appPage: async ({ page }, use) => {
    const url = process.env.E2E_APP_URL;
    if (!url) throw new Error('E2E_APP_URL 未设置：浏览器目标需要 web-server-setup 先启动 gongwen web。');
    await page.goto(url);
    await use(page);
  },
});

const electronTest = base.extend<Fixtures>({
  exportDir: async ({}, use) => use(await mkdtemp(path.join(os.tmpdir(), 'gongwen-e2e-exports-'))),
  appPage: async ({ exportDir }, use) => {
    const workspace = await mkdtemp(path.join(os.tmpdir(), 'gongwen-e2e-workspace-'));
    const app = await _electron.launch({
      args: process.env.ELECTRON_APP_PATH ? [] : ['.'],
      executablePath: process.env.ELECTRON_APP_PATH,
      env: { ...process.env, GONGWEN_WORKSPACE: workspace, GONGWEN_EXPORT_DIR: exportDir },
    });
    const page = await app.firstWindow();
    await use(page);
    await app.close();
  },
});

export const test = process.env.E2E_TARGET === 'electron' ? electronTest : browserTest;
export { expect } from '@playwright/test';
