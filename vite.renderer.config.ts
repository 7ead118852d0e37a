/**
 * The renderer build, shared by Forge (desktop) and `gongwen web` (mode `browser`, which
 * adds the HTTP client for `window.api`; the desktop build tree-shakes it out).
 */
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { withContentSecurityPolicyMeta } from './core/app/content-security-policy.ts';

const here = import.meta.dirname;

export const rendererOutDir = (mode: string): string => path.join(here, '.vite/renderer', mode === 'browser' ? 'web' : 'main_window');

/** Writes the CSP <meta> tag from the shared policy (the Electron and web headers use the same one). */
const contentSecurityPolicyTag = (): Plugin => ({ name: 'gongwen-csp-meta', transformIndexHtml: { order: 'pre', handler: withContentSecurityPolicyMeta } });

export default defineConfig(({ mode }) => ({
  root: path.join(here, 'renderer'),
  base: './',
  plugins: [contentSecurityPolicyTag(), react()],
  build: { outDir: rendererOutDir(mode), emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  worker: { format: 'es' as const },
}));
