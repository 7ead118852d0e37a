/**
 * API calls for the registers: the 文号 register (propose, 定稿 with allocation, hand-entered
 * numbers, voiding, export) and the 建议书/整改通知书 register with its reply deadlines.
 */
import { IsoDateSchema } from '../model/iso-date.ts';
import { z } from '../validation/zod.ts';
import { DocumentNumberPrefixSchema, DocumentYearSchema } from '../workspace/document-number.ts';
import { issuedStatuses, ReplyTermSchema } from '../workspace/issued-status.ts';
import { DraftSchema, VersionMetaSchema } from '../workspace/workspace-records.ts';

const call = <Args extends z.ZodTuple, Result extends z.ZodType>(args: Args, result: Result) => ({ args, result });

const id = z.string().min(1).max(100);
const person = z.string().trim().min(1, '请填写经办人').max(50, '经办人姓名不应超过 50 个字');
const reason = z.string().trim().min(1, '请填写原因').max(500, '原因不应超过 500 个字');
const search = z.string().max(200).optional();

export const issuedKindNames = ['建议书', '整改通知书'] as const;

export const DocumentNumberEntrySchema = z.object({
  number: z.string(),
  prefix: z.string(),
  year: z.number().int(),
  serial: z.number().int(),
  draftId: z.string().nullable(),
  title: z.string(),
  allocatedAt: z.string(),
  allocatedBy: z.string(),
  manual: z.boolean(),
  manualReason: z.string().nullable(),
  voided: z.boolean(),
  voidedAt: z.string().nullable(),
  voidedBy: z.string().nullable(),
  voidReason: z.string().nullable(),
});

export const IssuedDocumentSchema = z.object({
  id: z.string(),
  kind: z.enum(issuedKindNames),
  draftId: z.string().nullable(),
  recipient: z.string(),
  documentNumber: z.string().nullable(),
  title: z.string(),
  issuedDate: z.string().nullable(),
  servedDate: z.string().nullable(),
  replyTerm: ReplyTermSchema,
  replyDueDate: z.string().nullable(),
  replyReceivedDate: z.string().nullable(),
  note: z.string().nullable(),
  status: z.enum(issuedStatuses),
});

const ExportedSchema = z.object({ exportId: z.string(), fileName: z.string(), path: z.string(), folder: z.string(), bytes: z.number().int().nonnegative() });

const HolidayTableSchema = z.strictObject({ holidays: z.array(IsoDateSchema).max(1_000), workdays: z.array(IsoDateSchema).max(1_000) });

const IssuedFilterSchema = z.strictObject({ asOf: IsoDateSchema, status: z.enum(issuedStatuses).optional(), query: search });

export const registersContract = {
  /** The next number of a sequence, not taken: 定稿 takes it (or the one after, if someone was quicker). */
  proposeNumber: call(
    z.tuple([z.strictObject({ prefix: DocumentNumberPrefixSchema, year: DocumentYearSchema })]),
    z.object({ number: z.string(), prefix: z.string(), year: z.number().int(), serial: z.number().int() }),
  ),
  /** 定稿: takes the next number, writes it into the 版头 and saves the version 定稿, all at once. */
  finaliseDraft: call(
    z.tuple([z.strictObject({ draftId: id, prefix: DocumentNumberPrefixSchema, year: DocumentYearSchema, by: person, versionName: z.string().trim().min(1).max(100).optional() })]),
    z.object({ number: DocumentNumberEntrySchema, version: VersionMetaSchema, draft: DraftSchema }),
  ),
  listNumbers: call(z.tuple([z.strictObject({ query: search })]), z.array(DocumentNumberEntrySchema)),
  /** A number chosen by hand instead of the sequence's next one; who and why are kept in the register. */
  overrideNumber: call(
    z.tuple([z.strictObject({ draftId: id.nullable(), title: z.string().trim().max(400).nullable(), number: z.string().trim().min(1, '请填写文号').max(60), by: person, reason })]),
    DocumentNumberEntrySchema,
  ),
  voidNumber: call(z.tuple([z.strictObject({ number: z.string().trim().min(1, '请填写文号').max(60), by: person, reason })]), DocumentNumberEntrySchema),
  exportNumberRegister: call(z.tuple([z.strictObject({ query: search })]), ExportedSchema),
  listIssued: call(z.tuple([IssuedFilterSchema]), z.array(IssuedDocumentSchema)),
  addIssued: call(
    z.tuple([
      z.strictObject({
        asOf: IsoDateSchema,
        kind: z.enum(issuedKindNames),
        draftId: id.nullable(),
        recipient: z.string().trim().min(1, '请填写受文单位').max(200),
        documentNumber: z.string().trim().max(100).nullable(),
        title: z.string().trim().min(1, '请填写标题').max(400),
        issuedDate: IsoDateSchema.nullable(),
        servedDate: IsoDateSchema.nullable(),
        replyTerm: ReplyTermSchema,
        note: z.string().max(2_000).nullable(),
        holidays: HolidayTableSchema.optional(),
      }),
    ]),
    IssuedDocumentSchema,
  ),
  recordServed: call(z.tuple([z.strictObject({ asOf: IsoDateSchema, id, servedDate: IsoDateSchema, holidays: HolidayTableSchema.optional() })]), IssuedDocumentSchema),
  recordReply: call(z.tuple([z.strictObject({ asOf: IsoDateSchema, id, replyReceivedDate: IsoDateSchema })]), IssuedDocumentSchema),
  exportIssuedRegister: call(z.tuple([IssuedFilterSchema]), ExportedSchema),
};

export type DocumentNumberEntryResult = z.infer<typeof DocumentNumberEntrySchema>;
export type IssuedDocumentResult = z.infer<typeof IssuedDocumentSchema>;
