import { describe, expect, it } from 'vitest';
import { hardenedWindowOptions } from './window-options.ts';

describe('hardenedWindowOptions', () => {
  it('keeps every security switch exactly as reviewed', () => {
    expect(hardenedWindowOptions('/p/preload.cjs').webPreferences).toStrictEqual({
      preload: '/p/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
    });
  });
});
