/**
 * A .gwdoc carries one draft on a USB stick: a zip whose manifest.json says what it is and
 * lists every other entry with its SHA-256, so a damaged copy is caught entry by entry.
 */
import { z } from '../validation/zod.ts';

export const gwdocFormat = 'gongwen-studio/gwdoc';
export const gwdocFormatVersion = 1;
export const gwdocManifestEntry = 'manifest.json';
export const gwdocDraftEntry = 'draft.json';
export const gwdocVersionEntry = (sequence: number): string => `versions/${String(sequence).padStart(4, '0')}.json`;
export const gwdocDatasetEntry = (index: number): string => `datasets/${String(index + 1).padStart(4, '0')}.json`;

export const GwdocManifestSchema = z.strictObject({
  format: z.literal(gwdocFormat, { message: '不是公文工作台的 .gwdoc 文件' }),
  formatVersion: z.number().int().min(1),
  savedAt: z.iso.datetime({ offset: true }),
  /** Title at the time of saving, shown before the file is fully read. */
  title: z.string().max(400),
  entries: z
    .array(z.strictObject({ path: z.string().regex(/^(draft\.json|versions\/\d{4}\.json|datasets\/\d{4}\.json)$/, '条目名称不合规'), sha256: z.string().regex(/^[0-9a-f]{64}$/) }))
    .max(10_000),
});
export type GwdocManifest = z.infer<typeof GwdocManifestSchema>;
