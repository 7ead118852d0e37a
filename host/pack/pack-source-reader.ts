/**
 * Reads a shared pack source — a folder or an intranet web address — without writing anything:
 * the index (or, for a folder without one, the packs themselves) and, on request, one pack's
 * bytes, which must have exactly the size and SHA-256 the index gives before the installer
 * sees them. Network reads have a timeout and stop at the size limit; a source that cannot be
 * reached is reported in Chinese, naming it.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../core/api/errors.ts';
import { PackError } from '../../core/pack/pack-error.ts';
import { packIndexFileName, packIndexMaxBytes, parsePackIndex, type PackIndexEntry } from '../../core/pack/pack-index.ts';
import type { PackSourceLocation } from '../../core/pack/pack-source.ts';
import { sha256Hex } from './read-pack.ts';
import { scanPackFolder } from './scan-pack-folder.ts';

export interface SourceListing {
  /** The folder or index address read, as shown to the user. */
  location: string;
  /** False for a folder read without an index (each pack's manifest was read instead). */
  indexed: boolean;
  entries: PackIndexEntry[];
  /** Files of a folder without an index that could not be offered, each named. */
  problems: string[];
}

export interface PackSourceReader {
  list(): Promise<SourceListing>;
  /** The pack's bytes, checked against the entry's size and SHA-256. */
  download(entry: PackIndexEntry): Promise<Uint8Array>;
}

export const sourceTimeoutMs = 15_000;

const unchanged = '未作任何改动。';

export function openPackSource(location: PackSourceLocation, timeoutMs = sourceTimeoutMs): PackSourceReader {
  return location.kind === 'folder' ? folderSource(location.folder) : webSource(location.indexUrl, timeoutMs);
}

const tooBigForIndex = (entry: PackIndexEntry) => () => new PackError(`共享来源中的“${entry.file}”超过索引写的 ${entry.size} 字节：文件可能被改动过，未安装`);

function checkAgainstIndex(entry: PackIndexEntry, bytes: Uint8Array): Uint8Array {
  const what = `共享来源中的“${entry.file}”`;
  if (bytes.length > entry.size) throw tooBigForIndex(entry)();
  if (bytes.length < entry.size) throw new PackError(`${what}只有 ${bytes.length} 字节，索引写的是 ${entry.size} 字节：文件可能尚未复制完整，未安装`);
  if (sha256Hex(bytes) !== entry.sha256) throw new PackError(`${what}的 SHA-256 与索引 ${packIndexFileName} 不符：文件可能被改动过，未安装`);
  return bytes;
}

const tooBigIndex = (where: string) => () => new PackError(`共享来源的索引“${where}”超过索引的上限 ${packIndexMaxBytes} 字节`);

function folderError(folder: string, error: unknown): AppError {
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === 'ENOENT'
      ? '文件夹不存在，或网络位置当前不可达'
      : code === 'ENOTDIR'
        ? '这不是一个文件夹'
        : code === 'EACCES' || code === 'EPERM'
          ? '没有访问权限'
          : `无法访问（${error instanceof Error ? error.message : String(error)}）`;
  return new AppError('IO_ERROR', `无法读取共享来源“${folder}”：${reason}。请检查网络连接和共享文件夹后重试；${unchanged}`);
}

function folderSource(folder: string): PackSourceReader {
  return {
    async list() {
      try {
        if (!(await stat(folder)).isDirectory()) throw Object.assign(new Error(folder), { code: 'ENOTDIR' });
      } catch (error) {
        throw folderError(folder, error);
      }
      const indexFile = path.join(folder, packIndexFileName);
      const size = await stat(indexFile).then(
        (info) => info.size,
        () => null,
      );
      if (size === null) {
        const scan = await scanPackFolder(folder).catch((error: unknown) => {
          throw folderError(folder, error);
        });
        return { location: folder, indexed: false, entries: scan.entries, problems: scan.problems };
      }
      if (size > packIndexMaxBytes) throw tooBigIndex(indexFile)();
      const bytes = await readFile(indexFile).catch((error: unknown) => {
        throw folderError(folder, error);
      });
      return { location: folder, indexed: true, entries: parsePackIndex(`共享来源的索引 ${packIndexFileName}`, new Uint8Array(bytes)).packs, problems: [] };
    },
    async download(entry) {
      const file = path.join(folder, entry.file);
      try {
        // A file bigger than the index says is refused before it is read.
        const size = (await stat(file)).size;
        if (size > entry.size) throw tooBigForIndex(entry)();
        return checkAgainstIndex(entry, new Uint8Array(await readFile(file)));
      } catch (error) {
        if (error instanceof AppError) throw error;
        throw folderError(folder, error);
      }
    },
  };
}

function networkReason(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return `${Math.ceil(timeoutMs / 1000)} 秒内没有答复`;
  const code = ((error as { cause?: { code?: string } }).cause ?? {}).code;
  if (code === 'ECONNREFUSED') return '服务器拒绝连接';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return '找不到这台服务器';
  if (code === 'ECONNRESET') return '连接被中断';
  return `网络不通（${code ?? (error instanceof Error ? error.message : String(error))}）`;
}

/** Reads the body while counting, and stops as soon as it is bigger than `limit`. */
async function fetchBytes(url: string, limit: number, timeoutMs: number, tooBig: () => Error): Promise<Uint8Array> {
  const fail = (reason: string) => new AppError('IO_ERROR', `无法从共享来源“${url}”读取：${reason}。请检查网络连接后重试；${unchanged}`);
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'follow', cache: 'no-store' });
  } catch (error) {
    throw fail(networkReason(error, timeoutMs));
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    throw new AppError(response.status === 404 ? 'NOT_FOUND' : 'IO_ERROR', `共享来源“${url}”答复 ${response.status}${response.status === 404 ? '（没有这个文件）' : ''}；${unchanged}`);
  }
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > limit) {
    await response.body?.cancel().catch(() => undefined);
    throw tooBig();
  }
  const bytes = new Uint8Array(limit);
  let total = 0;
  if (!response.body) return bytes.subarray(0, 0);
  const reader = response.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (total + value.length > limit) throw tooBig();
      bytes.set(value, total);
      total += value.length;
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw fail(networkReason(error, timeoutMs));
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  return bytes.subarray(0, total);
}

function webSource(indexUrl: string, timeoutMs: number): PackSourceReader {
  return {
    async list() {
      const bytes = await fetchBytes(indexUrl, packIndexMaxBytes, timeoutMs, tooBigIndex(indexUrl));
      return { location: indexUrl, indexed: true, entries: parsePackIndex(`共享来源的索引 ${packIndexFileName}`, bytes).packs, problems: [] };
    },
    async download(entry) {
      // The file name is one path segment beside the index; encoding it keeps it from reaching anywhere else on the server.
      const url = new URL(encodeURIComponent(entry.file), indexUrl).href;
      return checkAgainstIndex(entry, await fetchBytes(url, entry.size, timeoutMs, tooBigForIndex(entry)));
    },
  };
}
