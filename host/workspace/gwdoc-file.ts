/**
 * Writes and reads .gwdoc files: a zip holding one draft, its named versions and the
 * datasets its fields came from, listed in a manifest with a SHA-256 per entry. Saving is
 * atomic; reading checks the zip, the manifest, every hash and every schema, and names the
 * file and the entry at fault. A .gwdoc comes from a USB stick, so it is untrusted input:
 * entry sizes and counts are capped before anything is inflated.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { AppError } from '../../core/api/errors.ts';
import { describeIssues, type z } from '../../core/validation/zod.ts';
import {
  gwdocDatasetEntry,
  gwdocDraftEntry,
  gwdocFormat,
  gwdocFormatVersion,
  GwdocManifestSchema,
  gwdocManifestEntry,
  gwdocVersionEntry,
  type GwdocManifest,
} from '../../core/workspace/gwdoc-manifest.ts';
import { DatasetSchema, DraftSchema, VersionSchema, type Dataset, type Draft, type Version } from '../../core/workspace/workspace-records.ts';
import { atomicWrite } from '../files/atomic-write.ts';

export const gwdocExtension = '.gwdoc';
const maxFileBytes = 512 * 1024 * 1024;
/** Declared (inflated) sizes; fflate inflates into a buffer of the declared size, so a lying entry cannot grow past it. */
const maxInflatedBytes = 1024 * 1024 * 1024;
const maxEntries = 10_001;

export interface GwdocContents {
  draft: Draft;
  versions: Version[];
  datasets: Dataset[];
}

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

export function gwdocBytes(contents: GwdocContents, savedAt: string): Uint8Array {
  const entries = new Map<string, Uint8Array>();
  entries.set(gwdocDraftEntry, strToU8(JSON.stringify(contents.draft)));
  for (const version of contents.versions) entries.set(gwdocVersionEntry(version.sequence), strToU8(JSON.stringify(version)));
  contents.datasets.forEach((dataset, index) => entries.set(gwdocDatasetEntry(index), strToU8(JSON.stringify(dataset))));
  const manifest: GwdocManifest = {
    format: gwdocFormat,
    formatVersion: gwdocFormatVersion,
    savedAt,
    title: contents.draft.title,
    entries: [...entries].map(([entry, bytes]) => ({ path: entry, sha256: sha256(bytes) })),
  };
  return zipSync({ [gwdocManifestEntry]: strToU8(JSON.stringify(manifest, null, 2)), ...Object.fromEntries(entries) }, { level: 6 });
}

export async function saveGwdoc(contents: GwdocContents, target: string, savedAt: string): Promise<void> {
  await atomicWrite(target, gwdocBytes(contents, savedAt));
}

export async function readGwdoc(file: string): Promise<GwdocContents> {
  const name = path.basename(file);
  if (path.extname(file).toLowerCase() !== gwdocExtension) throw refuse(name, `不是 .gwdoc 文件（扩展名为“${path.extname(file) || '无'}”）`);
  if ((await stat(file)).size > maxFileBytes) throw refuse(name, '文件超过 512 MB，不像是公文工作台保存的文件');
  return parseGwdoc(await readFile(file), name);
}

/** `name` is the file name shown in messages. */
export function parseGwdoc(bytes: Uint8Array, name: string): GwdocContents {
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw refuse(name, '不是 .gwdoc 文件（不是 zip 格式），可能已损坏或被改名');
  const files = unzipEntries(bytes, name);
  const manifestBytes = files[gwdocManifestEntry];
  if (!manifestBytes) throw refuse(name, `缺少条目“${gwdocManifestEntry}”，不是公文工作台保存的文件`);
  const manifest = parseEntry(manifestBytes, GwdocManifestSchema, name, gwdocManifestEntry);
  if (manifest.formatVersion > gwdocFormatVersion) {
    throw new AppError('UNSUPPORTED', `“${name}”由更新版本的公文工作台保存（文件格式第 ${manifest.formatVersion} 版，本程序只支持到第 ${gwdocFormatVersion} 版），请升级后再打开。`);
  }
  const listed = new Set(manifest.entries.map((entry) => entry.path));
  const extra = Object.keys(files).find((entry) => entry !== gwdocManifestEntry && !listed.has(entry));
  if (extra !== undefined) throw refuse(name, `含有清单之外的条目“${extra}”`);
  for (const entry of manifest.entries) {
    const content = files[entry.path];
    if (!content) throw refuse(name, `缺少条目“${entry.path}”`);
    if (sha256(content) !== entry.sha256) throw refuse(name, `条目“${entry.path}”已损坏（校验值不符）`);
  }
  const read = <T extends z.ZodType>(entry: string, schema: T): z.infer<T> => parseEntry(files[entry] as Uint8Array, schema, name, entry);
  if (!listed.has(gwdocDraftEntry)) throw refuse(name, `缺少条目“${gwdocDraftEntry}”`);
  const draft = read(gwdocDraftEntry, DraftSchema);
  const versions = manifest.entries.filter((e) => e.path.startsWith('versions/')).map((e) => read(e.path, VersionSchema));
  const datasets = manifest.entries.filter((e) => e.path.startsWith('datasets/')).map((e) => read(e.path, DatasetSchema));
  const stray = versions.find((version) => version.draftId !== draft.id);
  if (stray) throw refuse(name, `版本“${stray.name}”不属于其中的草稿`);
  return { draft, versions: versions.sort((a, b) => a.sequence - b.sequence), datasets };
}

function unzipEntries(bytes: Uint8Array, name: string): Record<string, Uint8Array> {
  let count = 0;
  let inflated = 0;
  let oversized: string | null = null;
  try {
    const files = unzipSync(bytes, {
      filter: (entry) => {
        count += 1;
        inflated += entry.originalSize;
        if (inflated > maxInflatedBytes && oversized === null) oversized = entry.name;
        return count <= maxEntries && oversized === null;
      },
    });
    if (count > maxEntries) throw refuse(name, `条目过多（${count} 个），不是公文工作台保存的文件`);
    if (oversized !== null) throw refuse(name, `解压后超过 1 GB（到条目“${oversized}”为止），不是公文工作台保存的文件`);
    return files;
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw refuse(name, `zip 结构已损坏（${error instanceof Error ? error.message : String(error)}），可能文件没有复制完整`);
  }
}

function parseEntry<T extends z.ZodType>(bytes: Uint8Array, schema: T, name: string, entry: string): z.infer<T> {
  let value: unknown;
  try {
    value = JSON.parse(strFromU8(bytes));
  } catch {
    throw refuse(name, `条目“${entry}”不是有效的 JSON`);
  }
  const result = schema.safeParse(value);
  if (!result.success) throw refuse(name, `条目“${entry}”内容不合规：\n${describeIssues(result.error)}`);
  return result.data;
}

function refuse(name: string, problem: string): AppError {
  return new AppError('BAD_DOCUMENT', `无法打开“${name}”：${problem}。文件未被改动。`);
}
