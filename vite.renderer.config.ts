/**
 * The renderer build, shared by Forge (desktop) and `gongwen web` (mode `browser`, which
 * adds the HTTP client for `window.api`; the desktop build tree-shakes it out).
 */
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = import.meta.dirname;

export const rendererOutDir = (mode: string): string => path.join(here, '.vite/renderer', mode === 'browser' ? 'web' : 'main_window');

export default defineConfig(({ mode }) => ({
  root: path.join(here, 'renderer'),
  base: './',
  plugins: [react()],
  build: { outDir: rendererOutDir(mode), emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  worker: { format: 'es' as const },
}));
