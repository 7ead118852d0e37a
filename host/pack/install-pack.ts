/**
 * Installing a pack: everything is checked in memory first (readPack); only a sound pack
 * whose warnings were accepted, which is newer than the installed version and whose template
 * ids belong to no other installed pack, is written — and then swapped in atomically (pack-store.ts).
 * Its units join the unit directory and, if accepted, its letterhead replaces the office's
 * (core/pack/pack-settings.ts); if any step fails, the settings and the version in use stay as they were.
 */
import { AppError } from '../../core/api/errors.ts';
import { PackError } from '../../core/pack/pack-error.ts';
import { compareVersions } from '../../core/pack/pack-manifest.ts';
import { applyPackSettings, type AppliedSettings } from '../../core/pack/pack-settings.ts';
import { readPack } from './read-pack.ts';
import { changeSettings, noSettingsChange, type SettingsChange } from './pack-settings-io.ts';
import { activatePack, discardPlaced, listInstalledPacks, placePack, readActive, type InstalledPack } from './pack-store.ts';
import { readTrustedPublishers } from './trusted-publishers.ts';

export interface InstallOptions {
  fileLabel: string;
  /** The person installing has seen and accepted the warnings (unsigned, or a publisher not on the trusted list). */
  acceptUnsigned: boolean;
  /** Pack ids only the app itself may use. */
  reservedPackIds: readonly string[];
  /** The person installing accepts the pack's 版头 settings in place of the office's own. */
  applyLetterhead?: boolean;
  /** The pack a shared source's index promised: another id or version in the file is refused. */
  expected?: { id: string; version: string };
  now?: () => string;
}

export interface InstallOutcome {
  pack: InstalledPack;
  warnings: string[];
  applied: AppliedSettings;
}

export async function installPack(workspaceDir: string, bytes: Uint8Array, options: InstallOptions): Promise<InstallOutcome> {
  const reading = await readPack(bytes, { fileLabel: options.fileLabel, trusted: await readTrustedPublishers(workspaceDir) });
  const { manifest } = reading;
  const { expected } = options;
  if (expected && (expected.id !== manifest.id || expected.version !== manifest.version))
    throw new PackError(`“${options.fileLabel}”中是模板包“${manifest.id}”${manifest.version}，与共享来源索引写的“${expected.id}”${expected.version} 不符，未安装`);
  if (options.reservedPackIds.includes(manifest.id)) throw new PackError(`模板包编号“${manifest.id}”留给程序自带的模板包使用，不能安装`);
  if (reading.warnings.length > 0 && !options.acceptUnsigned) {
    throw new AppError('FORBIDDEN', `${reading.warnings.join('\n')}\n未安装。确认来源可靠后，请选择“仍然安装”（命令行加 --accept-unsigned）。`);
  }
  const current = await readActive(workspaceDir, manifest.id);
  if (current) {
    const order = compareVersions(manifest.version, current.active.version);
    if (order === 0) throw new AppError('CONFLICT', `模板包“${manifest.name}”${manifest.version} 已经安装，未作改动。`);
    if (order < 0)
      throw new AppError('CONFLICT', `已安装模板包“${manifest.name}”的更新版本 ${current.active.version}，不会用旧版本 ${manifest.version} 覆盖；如需退回旧版本，请使用“回退”。`);
  }
  // A pack may replace a built-in template (an office's own wording of 通知), but two installed packs may not claim one id.
  const owners = new Map<string, string>();
  for (const other of (await listInstalledPacks(workspaceDir)).packs) {
    if (other.manifest.id === manifest.id) continue;
    for (const template of other.contents.templates) owners.set(template.id, `模板包“${other.manifest.name}”`);
  }
  for (const template of reading.contents.templates) {
    const owner = owners.get(template.id);
    if (owner) throw new PackError(`“templates/${template.id}.json”的模板编号“${template.id}”已被${owner}使用，未安装`);
  }
  const placed = await placePack(workspaceDir, {
    manifest,
    manifestBytes: reading.manifestBytes,
    contents: reading.contents,
    signature: reading.signature,
    installedAt: (options.now ?? (() => new Date().toISOString()))(),
  });
  const applyLetterhead = options.applyLetterhead === true && reading.contents.letterhead !== null;
  let settings: SettingsChange = noSettingsChange;
  try {
    if ((reading.contents.units?.length ?? 0) > 0 || applyLetterhead)
      settings = await changeSettings(workspaceDir, (preferences) => applyPackSettings(preferences, reading.contents, { letterhead: applyLetterhead }));
  } catch (error) {
    await discardPlaced(placed);
    throw error instanceof AppError ? new AppError(error.code, `模板包“${manifest.name}”未安装：${error.message}`, { cause: error }) : error;
  }
  try {
    const pack = await activatePack(workspaceDir, placed, settings.applied);
    return { pack, warnings: reading.warnings, applied: settings.applied };
  } catch (error) {
    await settings.restore().catch(() => undefined);
    throw error;
  }
}
