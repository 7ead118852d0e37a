/**
 * The same end-to-end specs against the real desktop app (`npm run test:e2e:electron`).
 * Needs the Electron binary (downloaded on first use) and, on Linux, a display (xvfb-run -a).
 */
import { makeConfig } from './playwright.config.ts';

export default makeConfig('electron');
