/**
 * API calls for the leader's review round trip in the app: export the draft as a 送审稿 (a named
 * version, stamped in the file), read the reviewed .docx back, decide on each change, reply to
 * and resolve comments, and accept the decisions into a new named version (修改稿).
 */
import { maxHeaderNote } from '../docx/header-note.ts';
import { fontProfileIds } from '../layout/font-profiles.ts';
import { GongwenDocumentSchema } from '../model/document.ts';
import { z } from '../validation/zod.ts';
import { DraftSchema, VersionMetaSchema } from '../workspace/workspace-records.ts';
import { ExportResultSchema } from './export-result.ts';

const call = <Args extends z.ZodTuple, Result extends z.ZodType>(args: Args, result: Result) => ({ args, result });

const id = z.string().min(1).max(100);
const words = z.string().max(100_000);

export const reviewChangeKinds = [
  'comment',
  'insertion',
  'deletion',
  'moveFrom',
  'moveTo',
  'formatting',
  'paragraphFormatting',
  'edit',
  'addedParagraph',
  'deletedParagraph',
  'movedParagraph',
] as const;

export const ReviewDecisionSchema = z.enum(['pending', 'accepted', 'rejected']);

export const ReviewReplySchema = z.strictObject({ text: z.string().trim().min(1, '回复不能为空').max(2_000, '回复不应超过 2000 字'), at: z.string().max(40) });

/** One change the leader made, as core/review/map-review reports it, with what the writer decided. */
export const ReviewItemSchema = z.strictObject({
  id: z.number().int().nonnegative(),
  kind: z.enum(reviewChangeKinds),
  author: z.string().max(200).nullable(),
  date: z.string().max(40).nullable(),
  text: words,
  before: words.nullable(),
  location: z
    .strictObject({
      source: z.string().max(200),
      section: z.string().max(200),
      paragraph: z.number().int().min(1),
      by: z.enum(['anchor', 'text', 'after']),
    })
    .nullable(),
  at: z.number().int().nonnegative().nullable(),
  reading: words.nullable(),
  movedAfter: z.string().max(200).nullable(),
  /** Keys of fields filled from a ledger whose printed value this change alters. */
  dataFields: z.array(z.string().max(100)).max(100),
  decision: ReviewDecisionSchema,
  resolved: z.boolean(),
  replies: z.array(ReviewReplySchema).max(200),
});

/** The review read into a draft, kept in the workspace until another reviewed file replaces it. */
export const ReviewStateSchema = z.strictObject({
  draftId: id,
  fileName: z.string().max(255),
  importedAt: z.string().max(40),
  /** The version the leader was sent (送审稿), or null when the file was compared with the current draft. */
  versionId: id.nullable(),
  versionName: z.string().max(100).nullable(),
  /** Without a version, the draft as it was compared, so accepting later replays the changes on the words the leader saw. */
  sentDocument: GongwenDocumentSchema.nullable(),
  anchored: z.boolean(),
  notes: z.array(z.string().max(2_000)).max(100),
  items: z.array(ReviewItemSchema).max(10_000),
  /** The version the accepted changes went into, once they did. */
  appliedVersion: z.string().max(100).nullable(),
});

export const ReviewUpdateSchema = z.strictObject({
  id: z.number().int().nonnegative(),
  decision: ReviewDecisionSchema.optional(),
  resolved: z.boolean().optional(),
  reply: z.string().trim().min(1, '回复不能为空').max(2_000, '回复不应超过 2000 字').optional(),
});

export const reviewContract = {
  /**
   * Keeps the draft's stored state as the named version 送审稿 (the last one again when nothing changed since) and exports
   * that version with review anchors and its stamp; `note` prints at the top right of every page, `asCopy` as for exportDocx.
   */
  exportForReview: call(
    z.tuple([
      z.strictObject({
        draftId: id,
        fontProfile: z.enum(fontProfileIds).optional(),
        note: z.string().trim().min(1).max(maxHeaderNote).optional(),
        asCopy: z.boolean().optional(),
      }),
    ]),     z.object({ export: ExportResultSchema, version: VersionMetaSchema }),
  ),
  /** Reads a reviewed .docx against the draft; refused in Chinese when the file came from another draft. Replaces the stored review. */
  importReview: call(z.tuple([z.strictObject({ draftId: id, file: z.strictObject({ name: z.string().max(255), base64: z.string().max(70_000_000) }) })]), ReviewStateSchema),
  getReview: call(z.tuple([z.strictObject({ draftId: id })]), ReviewStateSchema.nullable()),
  updateReview: call(z.tuple([z.strictObject({ draftId: id, updates: z.array(ReviewUpdateSchema).min(1).max(10_000) })]), ReviewStateSchema),
  /** Applies the accepted changes to the current draft and saves the result as a new named version; the 送审稿 stays as it was. */
  applyReview: call(
    z.tuple([z.strictObject({ draftId: id, versionName: z.string().trim().min(1, '请填写版本名称').max(100) })]),
    z.object({ draft: DraftSchema, version: VersionMetaSchema, review: ReviewStateSchema, problems: z.array(z.object({ id: z.number().int(), message: z.string() })) }),
  ),
};

export type ReviewState = z.infer<typeof ReviewStateSchema>;
export type ReviewItem = z.infer<typeof ReviewItemSchema>;
export type ReviewUpdate = z.infer<typeof ReviewUpdateSchema>;
