/**
 * The manifest (`manifest.json`) of a template pack: who made it, which version, and every
 * other file of the archive with its size and SHA-256, optionally signed with Ed25519 over
 * the canonical bytes of everything but the signature itself.
 */
import { IsoDateSchema } from '../model/iso-date.ts';
import { z } from '../validation/zod.ts';
import { packLimits } from './pack-limits.ts';

export const packFormatVersion = 1;
export const manifestPath = 'manifest.json';

/** Lower-case words joined by dots or hyphens (e.g. `xx-county.jw.zhenggai`); also a folder name on disk. */
export const PackIdSchema = z.string().regex(/^[a-z0-9](?:[a-z0-9-]|\.(?!\.)){1,62}[a-z0-9]$/, '模板包编号只能包含小写字母、数字、连字符和圆点，长 3–64 个字符，首尾为字母或数字');

export const SemverSchema = z.string().regex(/^(0|[1-9]\d{0,5})\.(0|[1-9]\d{0,5})\.(0|[1-9]\d{0,5})$/, '版本号应形如 1.2.0（主版本.次版本.修订号）');

/** A raw 32-byte Ed25519 public key in base64url: what an office prints and another office trusts. */
export const PublicKeySchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, '公钥应为 43 个字符的 base64url 文本');

export const PackSignatureSchema = z.strictObject({
  algorithm: z.literal('ed25519'),
  publicKey: PublicKeySchema,
  /** 64 signature bytes in base64url. */
  value: z.string().regex(/^[A-Za-z0-9_-]{86}$/, '签名应为 86 个字符的 base64url 文本'),
});

export const PackFileSchema = z.strictObject({
  path: z.string().min(1).max(packLimits.nameLength),
  size: z.number().int().min(0).max(packLimits.entryBytes),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'sha256 应为 64 位小写十六进制'),
});

const formatVersionSchema = z.number().refine((version) => version === packFormatVersion, {
  error: (issue) =>
    typeof issue.input === 'number' && issue.input > packFormatVersion
      ? `模板包格式版本 ${issue.input} 比本程序支持的 ${packFormatVersion} 新，请升级公文工作台`
      : `模板包格式版本应为 ${packFormatVersion}`,
});

export const PackManifestSchema = z.strictObject({
  formatVersion: formatVersionSchema,
  id: PackIdSchema,
  name: z.string().trim().min(1, '模板包名称不能为空').max(100),
  version: SemverSchema,
  publisher: z.string().trim().min(1, '发布单位不能为空').max(100),
  created: IsoDateSchema,
  description: z.string().max(2_000).optional(),
  files: z.array(PackFileSchema).max(packLimits.entries),
  signature: PackSignatureSchema.optional(),
});

export type PackManifest = z.infer<typeof PackManifestSchema>;
export type PackFile = z.infer<typeof PackFileSchema>;
export type PackSignature = z.infer<typeof PackSignatureSchema>;
export type UnsignedManifest = Omit<PackManifest, 'signature'>;

/** Negative when `a` is older than `b`. */
export function compareVersions(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    const diff = (left[i] ?? 0) - (right[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}
