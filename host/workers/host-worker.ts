/**
 * Starts one of the host's worker threads. The desktop build loads `<name>.cjs`, which the
 * bundler must emit beside the main bundle (vite.main.config.ts and forge.config.ts list each
 * worker as an entry of its own). From TypeScript sources (the CLI through tsx, vitest, the
 * bench) the worker's entry `host/<entry>.ts` is bundled once per process into one script by
 * the esbuild that tsx brings along, and each thread runs that plain JavaScript: registering
 * tsx in every thread instead cost each one its own loader thread and transform pipeline
 * (measured: ~25 MB a thread, a batch's peak RSS 391 → 339 MB with two threads).
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

// The desktop main process runs a CommonJS bundle, where import.meta.url is not set but __filename is.
const moduleUrl = typeof __filename === 'string' ? pathToFileURL(__filename).href : import.meta.url;
const fromSources = moduleUrl.endsWith('.ts');

interface Esbuild {
  buildSync(options: Record<string, unknown>): { outputFiles: { text: string }[] };
}

const bundles = new Map<string, string>();

function bundled(entry: string): string {
  let code = bundles.get(entry);
  if (code === undefined) {
    const fromTsx = createRequire(createRequire(moduleUrl).resolve('tsx/package.json'));
    const esbuild = fromTsx('esbuild') as Esbuild;
    const source = fileURLToPath(new URL('../' + entry + '.ts', moduleUrl));
    code = esbuild.buildSync({ entryPoints: [source], bundle: true, platform: 'node', format: 'cjs', target: 'node20', write: false, logLevel: 'error' }).outputFiles[0]!.text;
    bundles.set(entry, code);
  }
  return code;
}

/** `entry` is the worker's module under host/, without extension: `data/data-worker`. */
export function startHostWorker(entry: string, options: WorkerOptions): Worker {
  // Concatenated so that bundlers do not mistake the worker for an asset to copy as it is.
  if (!fromSources) return new Worker(new URL('./' + path.posix.basename(entry) + '.cjs', moduleUrl), options);
  // The parent's own flags may load tsx (`tsx script.ts` passes them); the bundle needs no loader.
  return new Worker(bundled(entry), { execArgv: [], ...options, eval: true });
}
