/**
 * The index of a shared pack source (`gwpack-index.json`): what an office publishes beside its
 * .gwpack files on a shared folder or an intranet web server, so other desktops can list
 * what is there without downloading every pack. The index is as untrusted as the packs: it
 * is parsed like a pack file, and the bytes it points to must match its size and SHA-256
 * before they reach the installer, which checks the pack itself in full.
 */
import { z } from '../validation/zod.ts';
import { IsoDateSchema } from '../model/iso-date.ts';
import { PackError } from './pack-error.ts';
import { parsePackJson } from './pack-contents.ts';
import { packLimits } from './pack-limits.ts';
import { PackIdSchema, SemverSchema } from './pack-manifest.ts';

export const packIndexFileName = 'gwpack-index.json';
export const packIndexFormatVersion = 1;
export const packFileExtension = '.gwpack';

/** One plain file name beside the index: no folders, nothing Windows or a URL would read differently. */
export const PackFileNameSchema = z
  .string()
  .max(packLimits.nameLength)
  .regex(/^[^/\\:*?"<>|\u0000-\u001f\u007f%#]+\.gwpack$/i, '文件名应为同一文件夹中的 .gwpack 文件名，不能含有 / \\ : * ? " < > | % # 或控制字符')
  .refine((name) => !name.startsWith('.') && !/^(con|prn|aux|nul|com\d|lpt\d)\./i.test(name), '文件名不能以点开头，也不能是 Windows 设备名');

export const PackIndexEntrySchema = z.strictObject({
  id: PackIdSchema,
  name: z.string().trim().min(1, '模板包名称不能为空').max(100),
  version: SemverSchema,
  publisher: z.string().trim().min(1, '发布单位不能为空').max(100),
  file: PackFileNameSchema,
  size: z.number().int().min(1).max(packLimits.fileBytes, `模板包文件不能超过 ${packLimits.fileBytes} 字节`),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'sha256 应为 64 位小写十六进制'),
});

export const PackIndexSchema = z
  .strictObject({
    formatVersion: z.literal(packIndexFormatVersion, `索引格式版本应为 ${packIndexFormatVersion}`),
    generated: IsoDateSchema,
    packs: z.array(PackIndexEntrySchema).max(packLimits.entries),
  })
  .superRefine((index, context) => {
    const ids = new Map<string, number>();
    const files = new Map<string, number>();
    index.packs.forEach((entry, at) => {
      const sameId = ids.get(entry.id);
      if (sameId !== undefined) context.addIssue({ code: 'custom', path: ['packs', at, 'id'], message: `模板包“${entry.id}”已在第${sameId + 1}项列出，每个模板包只列最新版本` });
      else ids.set(entry.id, at);
      const fileKey = entry.file.normalize('NFC').toLowerCase();
      const sameFile = files.get(fileKey);
      if (sameFile !== undefined) context.addIssue({ code: 'custom', path: ['packs', at, 'file'], message: `文件“${entry.file}”已在第${sameFile + 1}项列出` });
      else files.set(fileKey, at);
    });
  });

export type PackIndex = z.infer<typeof PackIndexSchema>;
export type PackIndexEntry = z.infer<typeof PackIndexEntrySchema>;

/** The index is held to the size of a pack manifest: a few hundred short entries. */
export const packIndexMaxBytes = 1024 * 1024;

export function parsePackIndex(label: string, bytes: Uint8Array): PackIndex {
  if (bytes.length > packIndexMaxBytes) throw new PackError(`“${label}”有 ${bytes.length} 字节，超过索引的上限 ${packIndexMaxBytes} 字节`);
  return parsePackJson(label, bytes, PackIndexSchema);
}

export function encodePackIndex(index: PackIndex): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(index, null, 2)}\n`);
}
