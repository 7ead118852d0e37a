/**
 * A ledger file on disk → DataImport: refuses oversized files before reading them, hashes the
 * bytes for provenance (a re-import of a changed ledger is told apart by its sha256), and parses
 * in a worker. Every failure is a DataImportError with a Chinese message naming the file.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { defaultDataCaps, megabytes } from '../../core/data/data-caps.ts';
import { DataImportError } from '../../core/data/data-import-error.ts';
import type { DataImport } from '../../core/data/data-table.ts';
import { describeFileError } from '../files/describe-file-error.ts';
import { defaultWorkerLimits, parseInWorker, type WorkerLimits } from './parse-in-worker.ts';
import type { ReadDataOptions } from './read-data-bytes.ts';

export type ImportFileOptions = Omit<ReadDataOptions, 'fileName' | 'sha256'> & { limits?: WorkerLimits };

export async function importDataFile(file: string, options: ImportFileOptions = {}): Promise<DataImport> {
  const fileName = path.basename(file);
  const caps = options.caps ?? defaultDataCaps;
  let bytes: Uint8Array;
  try {
    const { size, isFile } = await stat(file).then((s) => ({ size: s.size, isFile: s.isFile() }));
    if (!isFile) throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
    if (size > caps.maxFileBytes) throw new DataImportError('too-large', { fileName }, `文件大小 ${megabytes(size)}，超过上限 ${megabytes(caps.maxFileBytes)}，请拆分后分别导入`);
    bytes = await readFile(file);
  } catch (error) {
    if (error instanceof DataImportError) throw error;
    throw new DataImportError('unreadable', { fileName }, describeFileError(error, file, 'read').message);
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const { limits, ...rest } = options;
  return parseInWorker(bytes, { ...rest, caps, fileName, sha256 }, limits ?? defaultWorkerLimits);
}
