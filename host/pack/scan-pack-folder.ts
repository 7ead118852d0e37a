/**
 * Reads every .gwpack in a folder and describes it as an index entry: what `gongwen pack index`
 * publishes, and what a shared folder offers when nobody has written an index. Each pack is
 * checked in full (readPack), so a broken or hostile file is named and left out, never listed.
 * Of several versions of one pack only the newest is offered.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { PackFileNameSchema, packFileExtension, type PackIndexEntry } from '../../core/pack/pack-index.ts';
import { packLimits } from '../../core/pack/pack-limits.ts';
import { compareVersions } from '../../core/pack/pack-manifest.ts';
import { readPack, sha256Hex } from './read-pack.ts';

export interface FolderScan {
  entries: PackIndexEntry[];
  /** One message per file left out, naming it. */
  problems: string[];
  /** Files left out because the same pack is there in a newer version. */
  superseded: string[];
}

/** Throws the file-system error when the folder itself cannot be read; the caller words it for its setting. */
export async function scanPackFolder(folder: string): Promise<FolderScan> {
  const names = (await readdir(folder, { withFileTypes: true }))
    .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith(packFileExtension))
    .map((entry) => entry.name)
    .sort();
  const problems: string[] = [];
  if (names.length > packLimits.entries) problems.push(`文件夹中有 ${names.length} 个模板包，只读取前 ${packLimits.entries} 个`);
  const newest = new Map<string, PackIndexEntry>();
  const superseded: string[] = [];
  for (const name of names.slice(0, packLimits.entries)) {
    const entry = await describePackFile(folder, name).catch((error: unknown) => `“${name}”：${error instanceof Error ? error.message : String(error)}`);
    if (typeof entry === 'string') {
      problems.push(entry);
      continue;
    }
    const other = newest.get(entry.id);
    if (other && compareVersions(other.version, entry.version) >= 0) superseded.push(name);
    else {
      if (other) superseded.push(other.file);
      newest.set(entry.id, entry);
    }
  }
  const entries = [...newest.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { entries, problems, superseded: superseded.sort() };
}

async function describePackFile(folder: string, name: string): Promise<PackIndexEntry | string> {
  const fileName = PackFileNameSchema.safeParse(name);
  if (!fileName.success) return `“${name}”：${fileName.error.issues[0]?.message ?? '文件名不可用'}`;
  const file = path.join(folder, name);
  const size = (await stat(file)).size;
  if (size > packLimits.fileBytes) return `“${name}”有 ${size} 字节，超过模板包的上限 ${packLimits.fileBytes} 字节`;
  const bytes = new Uint8Array(await readFile(file));
  const { manifest } = await readPack(bytes, { fileLabel: name, trusted: [] });
  return { id: manifest.id, name: manifest.name, version: manifest.version, publisher: manifest.publisher, file: name, size: bytes.length, sha256: sha256Hex(bytes) };
}
