/**
 * The office's shared pack source, named in the settings: what it offers against what is
 * installed here, and installing one of its packs on request — downloaded, checked against
 * the index, then through the same verified install as a file the user picked.
 */
import type { PackInstallResult, SourceListing, SourcePack } from '../../core/api/contract-packs.ts';
import { AppError } from '../../core/api/errors.ts';
import { compareVersions } from '../../core/pack/pack-manifest.ts';
import { readPackSource, type PackSourceLocation } from '../../core/pack/pack-source.ts';
import { openPackSource, type PackSourceReader } from './pack-source-reader.ts';
import type { PackService } from './pack-service.ts';

export interface SourceServiceDeps {
  packs: PackService;
  /** The setting as saved (preferences.packSource). */
  setting: () => Promise<string>;
  timeoutMs?: number;
}

export interface SourceService {
  list(): Promise<SourceListing>;
  install(id: string, acceptUnsigned: boolean, applyLetterhead: boolean): Promise<PackInstallResult>;
}

const stateOf = (version: string, installed: string | null): SourcePack['state'] => {
  if (installed === null) return 'new';
  const order = compareVersions(version, installed);
  return order > 0 ? 'newer' : order === 0 ? 'installed' : 'older';
};

export function createSourceService(deps: SourceServiceDeps): SourceService {
  const open = async (): Promise<{ location: PackSourceLocation; reader: PackSourceReader }> => {
    const location = readPackSource(await deps.setting());
    if (location === null) throw new AppError('NOT_FOUND', '还没有设置共享来源：请在“设置 → 共享来源”中填写共享文件夹或内网网址。');
    if (typeof location === 'string') throw new AppError('BAD_ARGUMENTS', location);
    return { location, reader: openPackSource(location, deps.timeoutMs) };
  };
  return {
    async list() {
      const { location, reader } = await open();
      const listing = await reader.list();
      const installed = new Map((await deps.packs.list()).packs.map((pack) => [pack.id, pack.version]));
      return {
        location: listing.location,
        kind: location.kind,
        indexed: listing.indexed,
        packs: listing.entries.map((entry) => {
          const installedVersion = installed.get(entry.id) ?? null;
          const { id, name, version, publisher, file, size } = entry;
          return { id, name, version, publisher, file, size, installedVersion, state: stateOf(version, installedVersion) };
        }),
        problems: listing.problems,
      };
    },
    async install(id, acceptUnsigned, applyLetterhead) {
      const { reader } = await open();
      // Read afresh: the list the user saw may be out of date by now.
      const entry = (await reader.list()).entries.find((candidate) => candidate.id === id);
      if (!entry) throw new AppError('NOT_FOUND', `共享来源中没有编号为“${id}”的模板包（可能已被撤下），请刷新列表。`);
      const bytes = await reader.download(entry);
      return deps.packs.install(bytes, entry.file, acceptUnsigned, { applyLetterhead, expected: { id: entry.id, version: entry.version } });
    },
  };
}
