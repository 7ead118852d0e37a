/** The preload: one CommonJS file that only `require`s electron, as a sandboxed preload must be. */
import path from 'node:path';
import { defineConfig } from 'vite';

const here = import.meta.dirname;

export default defineConfig(({ mode }) =>
  mode !== 'standalone'
    ? {}
    : {
        build: {
          outDir: path.join(here, '.vite/build'),
          emptyOutDir: false,
          minify: false,
          lib: { entry: path.join(here, 'electron/preload/index.ts'), formats: ['cjs'], fileName: () => 'preload.cjs' },
          rollupOptions: { external: ['electron'], output: { codeSplitting: false } },
        },
      },
);
