/**
 * API calls for a draft's named versions (征求意见稿 → 送审稿 → 定稿): take one, list them,
 * read one, restore one (the replaced state is kept as a version of its own) and compare two.
 */
import { GongwenDocumentSchema } from '../model/document.ts';
import { z } from '../validation/zod.ts';
import { DraftMetaSchema, DraftSchema, VersionMetaSchema, VersionSchema } from '../workspace/workspace-records.ts';

const call = <Args extends z.ZodTuple, Result extends z.ZodType>(args: Args, result: Result) => ({ args, result });

const id = z.string().min(1).max(100);

/** A version's id, or 'current' for the draft as it is now. */
export const VersionRefSchema = z.union([z.literal('current'), id]);

const BlockSummarySchema = z.object({ index: z.number().int().nonnegative(), type: z.string(), text: z.string() });

export const BlockChangeSchema = z.object({
  kind: z.enum(['unchanged', 'changed', 'removed', 'added']),
  before: BlockSummarySchema.nullable(),
  after: BlockSummarySchema.nullable(),
});

export const DocumentDiffSchema = z.object({
  identical: z.boolean(),
  fields: z.array(z.object({ label: z.string(), before: z.string(), after: z.string() })),
  body: z.array(BlockChangeSchema),
  attachments: z.array(z.object({ number: z.number().int(), titleBefore: z.string().nullable(), titleAfter: z.string().nullable(), blocks: z.array(BlockChangeSchema) })),
});

export const versionsContract = {
  listVersions: call(z.tuple([z.strictObject({ draftId: id })]), z.array(VersionMetaSchema)),
  /** With `document`, that state is saved first (refused with CONFLICT when `expectedRevision` is stale), then snapshotted. */
  saveVersion: call(
    z.tuple([
      z.strictObject({
        draftId: id,
        name: z.string().trim().min(1, '请填写版本名称').max(100, '版本名称不应超过 100 个字'),
        note: z.string().max(2_000).nullable().optional(),
        document: GongwenDocumentSchema.optional(),
        expectedRevision: z.number().int().min(1).optional(),
      }),
    ]),
    z.object({ version: VersionMetaSchema, draft: DraftMetaSchema }),
  ),
  /** Keeps the given state as a named version beside the draft, which stays as it is (typing recovered after a crash that a newer save would otherwise overwrite). */
  keepVersion: call(
    z.tuple([
      z.strictObject({
        draftId: id,
        name: z.string().trim().min(1, '请填写版本名称').max(100, '版本名称不应超过 100 个字'),
        note: z.string().max(2_000).nullable().optional(),
        document: GongwenDocumentSchema,
      }),
    ]),
    VersionMetaSchema,
  ),
  getVersion: call(z.tuple([z.strictObject({ versionId: id })]), VersionSchema),
  restoreVersion: call(z.tuple([z.strictObject({ draftId: id, versionId: id })]), z.object({ draft: DraftSchema, savedBefore: VersionMetaSchema })),
  compareVersions: call(z.tuple([z.strictObject({ draftId: id, before: VersionRefSchema, after: VersionRefSchema })]), DocumentDiffSchema),
};

export type DocumentDiffResult = z.infer<typeof DocumentDiffSchema>;
export type BlockChangeResult = z.infer<typeof BlockChangeSchema>;
