/**
 * End-to-end suites. The default target is the browser build served by `gongwen web` in
 * Debian's Chromium; `playwright.electron.config.ts` runs the same specs against real
 * Electron where its binary is available.
 */
import { defineConfig } from '@playwright/test';

export type E2ETarget = 'browser' | 'electron';

export function makeConfig(target: E2ETarget) {
  process.env.E2E_TARGET = target;
  return defineConfig({
    testDir: 'tests/e2e',
    timeout: 60_000,
    fullyParallel: false,
    workers: 1,
    forbidOnly: Boolean(process.env.CI),
    reporter: [['list'], ['json', { outputFile: `.reports/e2e-${target}.json` }]],
    globalSetup: target === 'browser' ? './tests/e2e/web-server-setup.ts' : undefined,
    use: {
      browserName: 'chromium',
      locale: 'zh-CN',
      viewport: { width: 1280, height: 900 },
      launchOptions: {
        executablePath: process.env.CHROMIUM_PATH ?? (process.platform === 'linux' ? '/usr/bin/chromium' : undefined),
        args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      },
    },
  });
}

export default makeConfig('browser');
