/**
 * API calls for template packs: check a pack file, install it (accepting its warnings),
 * list and roll back installed packs, export chosen templates with the office's phrases,
 * units and letterhead as a pack (optionally signed), manage signing and trusted keys, and
 * list and install what the office's shared source (a folder or an intranet address) offers.
 * Pack files travel as base64: the renderer never hands the host a path.
 */
import { z } from '../validation/zod.ts';
import { IsoDateSchema } from '../model/iso-date.ts';
import { PackIdSchema, PublicKeySchema, SemverSchema } from '../pack/pack-manifest.ts';
import { packLimits } from '../pack/pack-limits.ts';
import { PackSummarySchema } from '../pack/pack-summary.ts';
import { SettingsSummarySchema } from '../pack/pack-settings.ts';
import { ExportResultSchema } from './export-result.ts';

const call = <Args extends z.ZodTuple, Result extends z.ZodType>(args: Args, result: Result) => ({ args, result });

export const PackFileArgSchema = z.strictObject({
  name: z.string().max(255),
  base64: z.string().max(Math.ceil(packLimits.fileBytes / 3) * 4 + 4),
});

export const PackReportSchema = z.object({
  /** True when the pack passed every check; warnings may still need accepting before it installs. */
  sound: z.boolean(),
  problems: z.array(z.string()),
  warnings: z.array(z.string()),
  pack: PackSummarySchema.nullable(),
  /** The version of the same pack installed here, if any. */
  installedVersion: z.string().nullable(),
});

export const PackExportRequestSchema = z.strictObject({
  id: PackIdSchema,
  name: z.string().trim().min(1, '请填写模板包名称').max(100),
  version: SemverSchema,
  publisher: z.string().trim().min(1, '请填写发布单位').max(100),
  created: IsoDateSchema,
  description: z.string().max(2_000).optional(),
  templateIds: z.array(z.string().max(64)).min(1, '请至少选择一个模板').max(500),
  /** The writer's own 常用语, as one phrase book. */
  includePhrases: z.boolean(),
  includeUnits: z.boolean(),
  includeLetterhead: z.boolean(),
  sign: z.boolean(),
});

export const PackInstallResultSchema = z.object({
  pack: PackSummarySchema,
  warnings: z.array(z.string()),
  /** The units the install added to the unit directory, and whether it took over the 版头 settings. */
  settings: SettingsSummarySchema,
});

/** One pack a shared source offers, against what is installed here. */
export const SourcePackSchema = z.object({
  id: z.string(),
  name: z.string(),
  version: z.string(),
  publisher: z.string(),
  file: z.string(),
  size: z.number(),
  installedVersion: z.string().nullable(),
  /** new: not installed here; newer: newer than the installed version; installed: the same; older: the installed one is newer. */
  state: z.enum(['new', 'newer', 'installed', 'older']),
});

export const SourceListingSchema = z.object({
  location: z.string(),
  kind: z.enum(['folder', 'web']),
  /** False for a folder read without gwpack-index.json. */
  indexed: z.boolean(),
  packs: z.array(SourcePackSchema),
  problems: z.array(z.string()),
});

export const SigningKeySchema = z.object({ publicKey: z.string(), keyId: z.string() });
export const TrustedPublisherListSchema = z.array(z.object({ name: z.string(), publicKey: z.string(), keyId: z.string() }));

export const TrustPublisherRequestSchema = z.strictObject({ name: z.string().trim().min(1, '请填写发布单位名称').max(100), publicKey: PublicKeySchema });

export const packsContract = {
  listPacks: call(z.tuple([]), z.object({ packs: z.array(PackSummarySchema), problems: z.array(z.string()) })),
  /** Checks a pack file without installing anything. */
  verifyPack: call(z.tuple([z.strictObject({ file: PackFileArgSchema })]), PackReportSchema),
  /** Refused with FORBIDDEN while the pack has warnings that `acceptUnsigned` does not accept. */
  installPack: call(
    z.tuple([z.strictObject({ file: PackFileArgSchema, acceptUnsigned: z.boolean(), /** Take over the pack's 版头 settings too. */ applyLetterhead: z.boolean().optional() })]),
    PackInstallResultSchema,
  ),
  rollbackPack: call(z.tuple([z.strictObject({ id: PackIdSchema })]), PackSummarySchema),
  /** Refused with BAD_DOCUMENT when a chosen template fails the template lint; its warnings come back with the file. */
  exportPack: call(z.tuple([PackExportRequestSchema]), ExportResultSchema.extend({ warnings: z.array(z.string()) })),
  /** This office's signing key; `create` makes one when there is none yet. */
  getSigningKey: call(z.tuple([z.strictObject({ create: z.boolean() })]), SigningKeySchema.nullable()),
  listTrustedPublishers: call(z.tuple([]), TrustedPublisherListSchema),
  trustPublisher: call(z.tuple([TrustPublisherRequestSchema]), TrustedPublisherListSchema),
  distrustPublisher: call(z.tuple([z.strictObject({ publicKey: PublicKeySchema })]), TrustedPublisherListSchema),
  /** What the shared source named in the settings offers; an unreachable source is an IO_ERROR and changes nothing. */
  listSourcePacks: call(z.tuple([]), SourceListingSchema),
  /** Downloads one pack from the shared source (size and SHA-256 checked against its index) and installs it like a file. */
  installSourcePack: call(z.tuple([z.strictObject({ id: PackIdSchema, acceptUnsigned: z.boolean(), applyLetterhead: z.boolean().optional() })]), PackInstallResultSchema),
};

export type PackReport = z.infer<typeof PackReportSchema>;
export type PackExportRequest = z.infer<typeof PackExportRequestSchema>;
export type PackInstallResult = z.infer<typeof PackInstallResultSchema>;
export type SourcePack = z.infer<typeof SourcePackSchema>;
export type SourceListing = z.infer<typeof SourceListingSchema>;
