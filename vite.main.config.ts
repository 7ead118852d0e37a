/**
 * Electron main. Under Forge the Vite plugin supplies the library build settings; mode
 * `standalone` reproduces them so the desktop bundles can be built without Forge (whose
 * CLI needs Node 22).
 */
import { builtinModules } from 'node:module';
import path from 'node:path';
import { defineConfig } from 'vite';

const here = import.meta.dirname;

/** Native modules load their compiled addon from their own folder, so they stay outside the bundle. */
const nativeModules = ['better-sqlite3'];

export default defineConfig(({ mode }) =>
  mode !== 'standalone'
    ? { build: { rollupOptions: { external: nativeModules } } }
    : {
        build: {
          outDir: path.join(here, '.vite/build'),
          emptyOutDir: false,
          minify: false,
          // The host's worker threads are entries of their own, emitted beside main.cjs where host/workers/host-worker.ts looks for them.
          lib: {
            entry: {
              main: path.join(here, 'electron/main/index.ts'),
              'data-worker': path.join(here, 'host/data/data-worker.ts'),
              'batch-worker': path.join(here, 'host/batch/batch-worker.ts'),
            },
            formats: ['cjs'],
            fileName: (_format, name) => `${name}.cjs`,
          },
          rollupOptions: { external: ['electron', ...nativeModules, ...builtinModules, ...builtinModules.map((m) => `node:${m}`)] },
        },
        resolve: { conditions: ['node'] },
        define: {
          MAIN_WINDOW_VITE_DEV_SERVER_URL: 'undefined',
          MAIN_WINDOW_VITE_NAME: JSON.stringify('main_window'),
        },
      },
);
