/**
 * Starts one of the host's worker threads. From TypeScript sources (the CLI through tsx,
 * vitest) the worker registers tsx before loading `host/<entry>.ts`; the desktop build loads
 * `<name>.cjs`, which the bundler must emit beside the main bundle (vite.main.config.ts and
 * forge.config.ts list each worker as an entry of its own).
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

// The desktop main process runs a CommonJS bundle, where import.meta.url is not set but __filename is.
const moduleUrl = typeof __filename === 'string' ? pathToFileURL(__filename).href : import.meta.url;
const fromSources = moduleUrl.endsWith('.ts');

/** `entry` is the worker's module under host/, without extension: `data/data-worker`. */
export function startHostWorker(entry: string, options: WorkerOptions): Worker {
  // Concatenated so that bundlers do not mistake the worker for an asset to copy as it is.
  if (!fromSources) return new Worker(new URL('./' + path.posix.basename(entry) + '.cjs', moduleUrl), options);
  const source = new URL('../' + entry + '.ts', moduleUrl);
  // require.resolve finds tsx's CommonJS build of the API; its ES module build sits beside it.
  const tsx = pathToFileURL(createRequire(moduleUrl).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const bootstrap = `import(${JSON.stringify(tsx)}).then((api) => api.register()).then(() => import(${JSON.stringify(source.href)}));`;
  return new Worker(bootstrap, { ...options, eval: true });
}
