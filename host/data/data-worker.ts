/**
 * Worker-thread entry: parses one ledger off the main thread so the UI and the HTTP server stay
 * responsive, and so a hostile file can be stopped by time and memory limits. Replies once.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { DataImportError } from '../../core/data/data-import-error.ts';
import { readDataBytes, type ReadDataOptions } from './read-data-bytes.ts';
import type { WorkerReply } from './worker-reply.ts';

const { bytes, options } = workerData as { bytes: Uint8Array; options: ReadDataOptions };

function reply(): WorkerReply {
  try {
    return { ok: true, result: readDataBytes(bytes, options) };
  } catch (error) {
    if (error instanceof DataImportError) return { ok: false, code: error.code, location: error.location, reason: error.reason, ...(error.preview === undefined ? {} : { preview: error.preview }) };
    return { ok: false, code: 'unreadable', location: { fileName: options.fileName }, reason: `读取失败：${error instanceof Error ? error.message : String(error)}` };
  }
}

parentPort?.postMessage(reply());
