/**
 * The JSON shapes the workspace hands out and takes back — drafts, their named versions,
 * imported datasets — shared by the SQLite store, the .gwdoc file and, later, the API.
 */
import { genres, GongwenDocumentSchema } from '../model/document.ts';
import { z } from '../validation/zod.ts';

const timestamp = z.iso.datetime({ offset: true, message: '时间应写成 ISO 8601 格式，如 2024-03-05T08:00:00.000Z' });
const id = z.string().min(1).max(100);

export const DraftMetaSchema = z.strictObject({
  id,
  title: z.string().max(400),
  genre: z.enum(genres),
  templateId: z.string().max(200).nullable(),
  templateVersion: z.string().max(50).nullable(),
  /** The template pack (and its version) the draft's template came from; absent on drafts older than packs. */
  packId: z.string().max(100).nullable().optional(),
  packVersion: z.string().max(50).nullable().optional(),
  createdAt: timestamp,
  updatedAt: timestamp,
  /** Grows by one on every save; a save that names an older revision is refused (two windows, one draft). */
  revision: z.number().int().min(1),
});
export type DraftMeta = z.infer<typeof DraftMetaSchema>;

export const DraftSchema = DraftMetaSchema.extend({ document: GongwenDocumentSchema });
export type Draft = z.infer<typeof DraftSchema>;

/** named: 征求意见稿, 送审稿, 定稿 or any name the writer gives; beforeRestore: what was current when an older version was restored. */
export const versionKinds = ['named', 'beforeRestore'] as const;

export const VersionMetaSchema = z.strictObject({
  id,
  draftId: id,
  /** 1, 2, 3 … in the order the versions were taken. */
  sequence: z.number().int().min(1),
  name: z.string().trim().min(1, '版本名称不能为空').max(100, '版本名称不应超过 100 个字'),
  kind: z.enum(versionKinds),
  note: z.string().max(2_000).nullable(),
  createdAt: timestamp,
});
export type VersionMeta = z.infer<typeof VersionMetaSchema>;

export const VersionSchema = VersionMetaSchema.extend({ document: GongwenDocumentSchema });
export type Version = z.infer<typeof VersionSchema>;

export const DatasetSourceSchema = z.strictObject({
  fileName: z.string().min(1).max(500),
  sheet: z.string().max(200).nullable(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'sha256 应为 64 位小写十六进制'),
  importedAt: timestamp,
});
export type DatasetSource = z.infer<typeof DatasetSourceSchema>;

export const DatasetMetaSchema = z.strictObject({
  id,
  name: z.string().trim().min(1, '数据表名称不能为空').max(200),
  source: DatasetSourceSchema,
});
export type DatasetMeta = z.infer<typeof DatasetMetaSchema>;

/** The table itself is validated by the ledger importer that produced it; the workspace only keeps it. */
export const DatasetSchema = DatasetMetaSchema.extend({ table: z.unknown() });
export type Dataset = z.infer<typeof DatasetSchema>;
