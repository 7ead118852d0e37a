/**
 * Installed packs in the workspace, never under names taken from an archive:
 *
 *   packs/staging/<uuid>/                 being written; swept before the next install
 *   packs/installed/<pack id>/<version>-<uuid>/manifest.json, contents.json, install.json
 *   packs/installed/<pack id>/active.json which version folder is in use, the one before it,
 *                                         and what switching to it changed in the settings
 *
 * A new version is written completely into staging, moved beside the old one with one rename,
 * and switched to by atomically replacing active.json; until that last rename the old version
 * stays in use, and afterwards it stays on disk for rollback.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../core/api/errors.ts';
import { PackContentsSchema, parsePackJson, type PackContents } from '../../core/pack/pack-contents.ts';
import { PackIdSchema, PackManifestSchema, SemverSchema, manifestPath, type PackManifest } from '../../core/pack/pack-manifest.ts';
import { z } from '../../core/validation/zod.ts';
import { atomicWrite } from '../files/atomic-write.ts';
import { PackSignatureCheckSchema, type PackSignatureCheck } from '../../core/pack/pack-summary.ts';
import { AppliedSettingsSchema, nothingApplied, type AppliedSettings } from '../../core/pack/pack-settings.ts';

export const packsDir = (workspaceDir: string): string => path.join(workspaceDir, 'packs');
const installedRoot = (workspaceDir: string) => path.join(packsDir(workspaceDir), 'installed');
const stagingRoot = (workspaceDir: string) => path.join(packsDir(workspaceDir), 'staging');

const contentsFile = 'contents.json';
const installFile = 'install.json';
const activeFile = 'active.json';

const SlotSchema = z.strictObject({ folder: z.string().regex(/^\d+\.\d+\.\d+-[0-9a-f-]{36}$/), version: SemverSchema });
const ActiveSchema = z.strictObject({
  active: SlotSchema,
  previous: SlotSchema.nullable(),
  /** What switching to `active` changed in the settings; absent in files written before packs changed settings. */
  applied: AppliedSettingsSchema.default(nothingApplied),
});
const InstallRecordSchema = z.strictObject({
  installedAt: z.string(),
  signature: PackSignatureCheckSchema,
});

type Active = z.infer<typeof ActiveSchema>;
type Slot = z.infer<typeof SlotSchema>;
export type InstallRecord = z.infer<typeof InstallRecordSchema>;

export interface InstalledPack {
  manifest: PackManifest;
  contents: PackContents;
  install: InstallRecord;
  /** The version kept for rollback, if any. */
  previousVersion: string | null;
}

export interface StoredPacks {
  packs: InstalledPack[];
  /** One message per installed pack that could not be read, naming it. */
  problems: string[];
}

const encodeJson = (value: unknown) => new TextEncoder().encode(`${JSON.stringify(value, null, 2)}\n`);

async function readJsonFile<T>(file: string, label: string, schema: z.ZodType<T>): Promise<T> {
  return parsePackJson(label, new Uint8Array(await readFile(file)), schema);
}

export async function readActive(workspaceDir: string, packId: string): Promise<Active | null> {
  const file = path.join(installedRoot(workspaceDir), PackIdSchema.parse(packId), activeFile);
  try {
    return await readJsonFile(file, `已安装的模板包“${packId}”的 ${activeFile}`, ActiveSchema);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

async function readSlot(workspaceDir: string, packId: string, active: Active): Promise<InstalledPack> {
  const folder = path.join(installedRoot(workspaceDir), packId, active.active.folder);
  const label = (file: string) => `已安装的模板包“${packId}”${active.active.version} 的 ${file}`;
  const manifest = await readJsonFile(path.join(folder, manifestPath), label(manifestPath), PackManifestSchema);
  const contents = await readJsonFile(path.join(folder, contentsFile), label(contentsFile), PackContentsSchema);
  const install = await readJsonFile(path.join(folder, installFile), label(installFile), InstallRecordSchema);
  return { manifest, contents, install, previousVersion: active.previous?.version ?? null };
}

export async function listInstalledPacks(workspaceDir: string): Promise<StoredPacks> {
  let ids: string[];
  try {
    ids = (await readdir(installedRoot(workspaceDir))).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { packs: [], problems: [] };
    throw new AppError('IO_ERROR', `无法读取已安装的模板包：${(error as Error).message}`);
  }
  const packs: InstalledPack[] = [];
  const problems: string[] = [];
  for (const id of ids.filter((name) => PackIdSchema.safeParse(name).success)) {
    try {
      const active = await readActive(workspaceDir, id);
      if (active) packs.push(await readSlot(workspaceDir, id, active));
    } catch (error) {
      problems.push(`已安装的模板包“${id}”无法读取：${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { packs, problems };
}

async function writeSynced(file: string, bytes: Uint8Array): Promise<void> {
  const handle = await open(file, 'wx');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export interface StoreRequest {
  manifest: PackManifest;
  manifestBytes: Uint8Array;
  contents: PackContents;
  signature: PackSignatureCheck;
  installedAt: string;
}

/** A new version written in full beside the one in use, not yet switched to. */
export interface PlacedPack {
  request: StoreRequest;
  slot: Slot;
  packFolder: string;
  before: Active | null;
}

const failed = (name: string, error: unknown, what = '未能写入工作区') =>
  new AppError('IO_ERROR', `模板包“${name}”${what}，原有版本仍在使用：${error instanceof Error ? error.message : String(error)}`, { cause: error });

/**
 * Writes a checked pack into staging and moves it beside the installed versions with one rename.
 * Whatever fails, staging is removed and the version in use is untouched; a staging folder left
 * by a crash is swept here before the next install.
 */
export async function placePack(workspaceDir: string, request: StoreRequest): Promise<PlacedPack> {
  const { manifest } = request;
  const packFolder = path.join(installedRoot(workspaceDir), manifest.id);
  const before = await readActive(workspaceDir, manifest.id);
  const slot = { folder: `${manifest.version}-${randomUUID()}`, version: manifest.version };
  const staging = path.join(stagingRoot(workspaceDir), slot.folder);
  try {
    await rm(stagingRoot(workspaceDir), { recursive: true, force: true });
    await mkdir(staging, { recursive: true });
    await writeSynced(path.join(staging, manifestPath), request.manifestBytes);
    await writeSynced(path.join(staging, contentsFile), encodeJson(request.contents));
    await writeSynced(path.join(staging, installFile), encodeJson({ installedAt: request.installedAt, signature: request.signature } satisfies InstallRecord));
    await mkdir(packFolder, { recursive: true });
    await rename(staging, path.join(packFolder, slot.folder));
  } catch (error) {
    await rm(staging, { recursive: true, force: true }).catch(() => undefined);
    throw failed(manifest.name, error);
  }
  return { request, slot, packFolder, before };
}

/** Removes a placed version that will not be switched to. */
export async function discardPlaced(placed: PlacedPack): Promise<void> {
  await rm(path.join(placed.packFolder, placed.slot.folder), { recursive: true, force: true }).catch(() => undefined);
}

/**
 * Switches to a placed version by atomically replacing active.json, which also records what the
 * install changed in the settings. Until that rename the old version stays in use; if it fails
 * the placed version is removed again. Versions no longer needed for rollback are then pruned.
 */
export async function activatePack(workspaceDir: string, placed: PlacedPack, applied: AppliedSettings = nothingApplied): Promise<InstalledPack> {
  const { request, slot, packFolder, before } = placed;
  try {
    await atomicWrite(path.join(packFolder, activeFile), encodeJson({ active: slot, previous: before?.active ?? null, applied } satisfies Active));
  } catch (error) {
    await discardPlaced(placed);
    throw failed(request.manifest.name, error, '未能登记为在用版本');
  }
  // The switch has happened: a leftover folder costs only disk space and goes with the next install.
  await pruneSlots(packFolder, [slot.folder, before?.active.folder]).catch(() => undefined);
  return { manifest: request.manifest, contents: request.contents, install: { installedAt: request.installedAt, signature: request.signature }, previousVersion: before?.active.version ?? null };
}

/** Writes a checked pack as the active version of its id, keeping the version it replaces for rollback. */
export async function storePack(workspaceDir: string, request: StoreRequest, applied: AppliedSettings = nothingApplied): Promise<InstalledPack> {
  return activatePack(workspaceDir, await placePack(workspaceDir, request), applied);
}

/**
 * Switches back to the version kept before the last install; the newer one is kept in turn, so a
 * rollback can be undone. `undo` is given what the version being left changed in the settings,
 * undoes it and returns the change it made, which is recorded so that undoing the rollback redoes it.
 */
export async function rollbackPack(
  workspaceDir: string,
  packId: string,
  undo: (applied: AppliedSettings) => Promise<{ applied: AppliedSettings; restore: () => Promise<void> }> = async () => ({ applied: nothingApplied, restore: async () => undefined }),
): Promise<InstalledPack> {
  const active = await readActive(workspaceDir, packId);
  if (!active) throw new AppError('NOT_FOUND', `没有安装编号为“${packId}”的模板包。`);
  if (!active.previous) throw new AppError('NOT_FOUND', `模板包“${packId}”没有可回退的旧版本。`);
  const undone = await undo(active.applied);
  const swapped: Active = { active: active.previous, previous: active.active, applied: undone.applied };
  try {
    await atomicWrite(path.join(installedRoot(workspaceDir), packId, activeFile), encodeJson(swapped));
  } catch (error) {
    await undone.restore();
    throw new AppError('IO_ERROR', `模板包“${packId}”未能回退，仍在使用 ${active.active.version}：${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  return readSlot(workspaceDir, packId, swapped);
}

async function pruneSlots(packFolder: string, keep: (string | undefined)[]): Promise<void> {
  for (const name of await readdir(packFolder)) {
    if (name === activeFile || keep.includes(name) || name.startsWith('.')) continue;
    await rm(path.join(packFolder, name), { recursive: true, force: true });
  }
}
