/**
 * Templates authored in the app live in the workspace as the office's own pack, 本单位模板: an
 * installed pack like any other, so they appear in the gallery, go into an exported pack and are
 * recorded on drafts by pack id and version. Every save or delete writes the whole pack again as
 * the next patch version through the ordinary install (checked, staged, swapped in atomically),
 * which keeps the version before it for rollback.
 */
import { randomBytes } from 'node:crypto';
import { AppError } from '../../core/api/errors.ts';
import { emptyPackContents } from '../../core/pack/pack-contents.ts';
import { ownPackId } from '../../core/pack/own-pack.ts';
import type { LawReferences } from '../../core/template/law-references.ts';
import type { Template } from '../../core/template/template-schema.ts';
import { builtinPackId } from '../pack/builtin-as-pack.ts';
import { installPack } from '../pack/install-pack.ts';
import { listInstalledPacks, type InstalledPack } from '../pack/pack-store.ts';
import { writePack } from '../pack/write-pack.ts';

export { ownPackId };
export const ownPackName = '本单位模板';

export const newOwnTemplateId = (): string => `own-${randomBytes(5).toString('hex')}`;

/** 1.0.0 → 1.0.1; the first save is 1.0.0. */
export const nextVersion = (version: string | undefined): string => {
  if (!version) return '1.0.0';
  const [major, minor, patch] = version.split('.').map(Number);
  return `${major}.${minor}.${(patch ?? 0) + 1}`;
};

export async function readOwnPack(workspaceDir: string): Promise<InstalledPack | null> {
  const { packs } = await listInstalledPacks(workspaceDir);
  return packs.find((pack) => pack.manifest.id === ownPackId) ?? null;
}

export interface OwnPackWrite {
  workspaceDir: string;
  /** YYYY-MM-DD, the pack's creation date. */
  today: string;
  publisher: string;
  now?: () => string;
}

async function writeOwnPack(options: OwnPackWrite, current: InstalledPack | null, templates: Template[], laws: LawReferences | null = null): Promise<string> {
  const version = nextVersion(current?.manifest.version);
  const before = current?.contents ?? emptyPackContents();
  const contents = { ...before, templates, laws: laws ?? before.laws };
  const bytes = await writePack({ id: ownPackId, name: ownPackName, version, publisher: options.publisher, created: options.today, description: '在本机由草稿保存的模板' }, contents);
  await installPack(options.workspaceDir, bytes, { fileLabel: ownPackName, acceptUnsigned: true, reservedPackIds: [builtinPackId], now: options.now });
  return version;
}

/**
 * Adds the template, or replaces the own template of its id; returns the pack's new version.
 * `laws` are the articles the template cites (from the pack it was made from), carried in the pack.
 */
export async function saveOwnTemplate(options: OwnPackWrite, template: Template, laws: LawReferences | null): Promise<string> {
  const current = await readOwnPack(options.workspaceDir);
  const others = (current?.contents.templates ?? []).filter((t) => t.id !== template.id);
  const cites = template.fields.some((field) => field.binding?.kind === 'law');
  return writeOwnPack(options, current, [...others, template].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)), cites ? laws : null);
}

export async function deleteOwnTemplate(options: OwnPackWrite, id: string): Promise<string> {
  const current = await readOwnPack(options.workspaceDir);
  const templates = current?.contents.templates ?? [];
  if (!templates.some((t) => t.id === id)) throw new AppError('NOT_FOUND', `本单位模板中没有编号为“${id}”的模板。`);
  return writeOwnPack(options, current, templates.filter((t) => t.id !== id));
}
