/**
 * Writes and reads .gwdoc files: a zip holding one draft, its named versions and the
 * datasets its fields came from, listed in a manifest with a SHA-256 per entry. Saving is
 * atomic; reading checks the zip, the manifest, every hash and every schema, and names the
 * file and the entry at fault. A .gwdoc comes from a USB stick, so it is untrusted input:
 * entry sizes and counts are capped before anything is inflated.
 *
 * A damaged draft or version entry in an otherwise sound file is not the end of the draft: a
 * damaged version is left out, and a damaged draft is taken from the newest version that reads,
 * each said in `notes`. A damaged manifest or dataset, a stray entry or a version of another draft
 * still refuses the whole file. The file itself is never changed.
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
import { localTime } from '../files/local-time.ts';
import { draftTitle } from './stored-document.ts';

export const gwdocExtension = '.gwdoc';
const maxFileBytes = 512 * 1024 * 1024;
/** Declared (inflated) sizes; fflate inflates into a buffer of the declared size, so a lying entry cannot grow past it. */
const maxInflatedBytes = 1024 * 1024 * 1024;
const maxEntries = 10_001;

export interface GwdocContents {
  draft: Draft;
  versions: Version[];
  datasets: Dataset[];
  /** What was damaged in the file and what was done instead; absent when every entry read. */
  notes?: string[];
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
  if (!listed.has(gwdocDraftEntry)) throw refuse(name, `缺少条目“${gwdocDraftEntry}”`);
  const read = <T extends z.ZodType>(entry: string, schema: T): z.infer<T> => {
    const listedEntry = manifest.entries.find((e) => e.path === entry)!;
    const content = files[entry];
    if (!content) throw refuse(name, `缺少条目“${entry}”`);
    if (sha256(content) !== listedEntry.sha256) throw refuse(name, `条目“${entry}”已损坏（校验值不符）`);
    return parseEntry(content, schema, name, entry);
  };
  const datasets = manifest.entries.filter((e) => e.path.startsWith('datasets/')).map((e) => read(e.path, DatasetSchema));
  const notes: string[] = [];
  const versions = manifest.entries
    .filter((e) => e.path.startsWith('versions/'))
    .flatMap((e) => {
      const version = readOrNote(() => read(e.path, VersionSchema), notes, '该版本未导入');
      return version ? [version] : [];
    })
    .sort((a, b) => a.sequence - b.sequence);
  const draft = readOrNote(() => read(gwdocDraftEntry, DraftSchema), notes, null) ?? draftFromVersion(versions, notes, name);
  const stray = versions.find((version) => version.draftId !== draft.id);
  if (stray) throw refuse(name, `版本“${stray.name}”不属于其中的草稿`);
  return notes.length > 0 ? { draft, versions, datasets, notes } : { draft, versions, datasets };
}

/** Reads an entry, or, when it is damaged, notes why (with `then`, what follows from it) and gives null. */
function readOrNote<T>(read: () => T, notes: string[], then: string | null): T | null {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'BAD_DOCUMENT') throw error;
    notes.push(then ? `${problemOf(error)}，${then}。` : `${problemOf(error)}。`);
    return null;
  }
}

/** The draft rebuilt from the newest version that read; its template links were in the damaged entry and stay empty. */
function draftFromVersion(versions: readonly Version[], notes: string[], name: string): Draft {
  const newest = versions.at(-1);
  if (!newest) throw refuse(name, `${notes.join('')}文件中也没有可以读取的版本，无法恢复`);
  notes.push(`已用文件中最新的完好版本“${newest.name}”（${localTime(newest.createdAt)}）作为草稿内容，此后的修改未能找回；文件本身未被改动。`);
  const createdAt = versions[0]!.createdAt;
  return {
    id: newest.draftId,
    title: draftTitle(newest.document),
    genre: newest.document.genre,
    templateId: null,
    templateVersion: null,
    createdAt,
    updatedAt: newest.createdAt,
    revision: 1,
    document: newest.document,
  };
}

/** The refusal's own words without the file name and the closing sentence, to go into a note. */
const problemOf = (error: AppError): string => error.message.replace(/^无法打开“[^”]*”：/, '').replace(/。文件未被改动。$/, '');

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
