/**
 * Runs readDataBytes in a worker thread with a time limit and a heap limit. From TypeScript
 * sources (the CLI through tsx, vitest) the worker registers tsx before loading data-worker.ts;
 * a bundled build loads `data-worker.cjs`, which the bundler must emit beside this code's bundle.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { DataImportError } from '../../core/data/data-import-error.ts';
import type { DataImport } from '../../core/data/data-table.ts';
import type { ReadDataOptions } from './read-data-bytes.ts';
import type { WorkerReply } from './worker-reply.ts';

export interface WorkerLimits {
  timeoutMs: number;
  heapMb: number;
}

export const defaultWorkerLimits: WorkerLimits = { timeoutMs: 120_000, heapMb: 2048 };

/** Parsing allocates millions of short-lived strings; a larger nursery halves the time spent collecting them. */
const youngGenerationMb = 64;

// The desktop main process runs a CommonJS bundle, where import.meta.url is not set but __filename is.
const moduleUrl = typeof __filename === 'string' ? pathToFileURL(__filename).href : import.meta.url;
const fromSources = moduleUrl.endsWith('.ts');
// Concatenated so that bundlers do not mistake the worker for an asset to copy as it is.
const entry = new URL('./data-worker' + (fromSources ? '.ts' : '.cjs'), moduleUrl);

function startWorker(bytes: Uint8Array, options: ReadDataOptions, limits: WorkerLimits): Worker {
  // Transfer only a buffer the bytes own whole; a view into a shared pool is copied first.
  const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
  const settings = { workerData: { bytes: own, options }, transferList: [own.buffer as ArrayBuffer], resourceLimits: { maxOldGenerationSizeMb: limits.heapMb, maxYoungGenerationSizeMb: youngGenerationMb } };
  if (!fromSources) return new Worker(entry, settings);
  // require.resolve finds tsx's CommonJS build of the API; its ES module build sits beside it.
  const tsx = pathToFileURL(createRequire(moduleUrl).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const bootstrap = `import(${JSON.stringify(tsx)}).then((api) => api.register()).then(() => import(${JSON.stringify(entry.href)}));`;
  return new Worker(bootstrap, { ...settings, eval: true });
}

/** When `bytes` owns its whole buffer, the buffer is handed over to the worker and unusable afterwards. */
export function parseInWorker(bytes: Uint8Array, options: ReadDataOptions, limits: WorkerLimits = defaultWorkerLimits): Promise<DataImport> {
  const { fileName } = options;
  return new Promise((resolve, reject) => {
    const worker = startWorker(bytes, options, limits);
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      outcome();
    };
    const timer = setTimeout(() => settle(() => reject(new DataImportError('timeout', { fileName }, `解析超过 ${Math.round(limits.timeoutMs / 1000)} 秒仍未完成，已停止；文件可能过大或已损坏`))), limits.timeoutMs);
    worker.once('message', (reply: WorkerReply) =>
      settle(() => (reply.ok ? resolve(reply.result) : reject(new DataImportError(reply.code, reply.location, reply.reason, reply.preview)))),
    );
    worker.once('error', (error: Error & { code?: string }) =>
      settle(() =>
        reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new DataImportError('too-large', { fileName }, `解析时内存超过 ${limits.heapMb} MB 上限，已停止；请拆分文件后分别导入`)
            : new DataImportError('unreadable', { fileName }, `读取失败：${error.message}`),
        ),
      ),
    );
    worker.once('exit', (code) => settle(() => reject(new DataImportError('unreadable', { fileName }, `解析进程意外退出（代码 ${code}）`))));
  });
}
