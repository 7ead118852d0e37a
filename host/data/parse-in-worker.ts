/** Runs readDataBytes in a worker thread (data-worker.ts) with a time limit and a heap limit. */
import type { Worker } from 'node:worker_threads';
import { DataImportError } from '../../core/data/data-import-error.ts';
import type { DataImport } from '../../core/data/data-table.ts';
import type { ReadDataOptions } from './read-data-bytes.ts';
import { startHostWorker } from '../workers/host-worker.ts';
import type { WorkerReply } from './worker-reply.ts';

export interface WorkerLimits {
  timeoutMs: number;
  heapMb: number;
}

export const defaultWorkerLimits: WorkerLimits = { timeoutMs: 120_000, heapMb: 2048 };

/** Parsing allocates millions of short-lived strings; a larger nursery halves the time spent collecting them. */
const youngGenerationMb = 64;

function startWorker(bytes: Uint8Array, options: ReadDataOptions, limits: WorkerLimits): Worker {
  // Transfer only a buffer the bytes own whole; a view into a shared pool is copied first.
  const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
  return startHostWorker('data/data-worker', {
    workerData: { bytes: own, options },
    transferList: [own.buffer as ArrayBuffer],
    resourceLimits: { maxOldGenerationSizeMb: limits.heapMb, maxYoungGenerationSizeMb: youngGenerationMb },
  });
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
