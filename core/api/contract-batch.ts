/**
 * The 批量生成 screen's calls: the templates that can be issued per unit, the preview of the
 * groups and problems, a run that goes on in the host while the screen polls its progress
 * (a run of 200 notices outlasts any single request), cancelling it, and where it writes.
 * The renderer names only a folder under the output folder the host owns, never a path.
 */
import { IsoDateSchema } from '../model/iso-date.ts';
import { z } from '../validation/zod.ts';
import { DocumentNumberPrefixSchema } from '../workspace/document-number.ts';

const call = <Args extends z.ZodTuple, Result extends z.ZodType>(args: Args, result: Result) => ({ args, result });

const DatasetIdSchema = z.string().min(1).max(100);
const JobIdSchema = z.string().min(1).max(100);

export const BatchFieldSchema = z.object({
  key: z.string(),
  label: z.string(),
  type: z.enum(['text', 'number', 'date', 'money', 'unit', 'list']),
  required: z.boolean(),
  default: z.string().nullable(),
  help: z.string().nullable(),
});

export const BatchTemplateSchema = z.object({
  id: z.string(),
  name: z.string(),
  genre: z.string(),
  /** The ledger dataset grouped into notices, e.g. 问题清单. */
  ledgerDataset: z.string(),
  /** Whether 主送 and 称谓 come from a unit directory. */
  usesDirectory: z.boolean(),
  /** The template's 机关代字 sequence for the 文号. */
  numberSequence: z.string().nullable(),
  /** Values typed once for every notice (成文日期, 联系人 …): the template's unbound fields. */
  fields: z.array(BatchFieldSchema),
});

export const BatchRequestSchema = z.strictObject({
  templateId: z.string().min(1).max(64),
  ledgerId: DatasetIdSchema,
  /** The ledger header naming each row's unit; 责任单位 when present, else the template's own column. */
  groupBy: z.string().max(200).nullable(),
  /** A unit directory imported as a file; null takes the one in 设置. */
  directoryId: DatasetIdSchema.nullable(),
  values: z.record(z.string().max(200), z.string().max(2_000)),
  today: IsoDateSchema,
});

const BatchGroupSchema = z.object({ unit: z.string(), rows: z.array(z.number().int()) });

export const BatchPreviewSchema = z.object({
  templateName: z.string(),
  /** The ledger's headers, for the grouping dropdown. */
  headers: z.array(z.string()),
  /** The header the rows were grouped by. */
  groupBy: z.string(),
  groups: z.array(BatchGroupSchema),
  rowsWithoutUnit: z.array(z.number().int()),
  unitsNotInDirectory: z.array(BatchGroupSchema),
  unitsWithoutRows: z.array(z.string()),
  /** Each stops the run; in Chinese with the row numbers. */
  problems: z.array(z.string()),
  /** Ledger columns the template needs that no header was matched to; the writer maps them (saveMapping) and previews again. */
  missingColumns: z.array(z.string()),
  /** The template's own ledger column naming the unit, which the grouping header feeds; null when the template has none. */
  unitColumn: z.string().nullable(),
  notes: z.array(z.string()),
  directory: z.object({ source: z.enum(['settings', 'file']), name: z.string(), count: z.number().int().nonnegative() }).nullable(),
});

export const BatchRunRequestSchema = BatchRequestSchema.extend({
  /** A folder inside the output folder; made when missing. */
  folderName: z.string().trim().min(1, '请填写输出文件夹名').max(80, '输出文件夹名不应超过 80 个字'),
  overwrite: z.boolean(),
  pdf: z.boolean(),
  by: z.string().trim().min(1, '请填写经办人').max(50, '经办人姓名不应超过 50 个字'),
  /** The 机关代字 of the 文号; the template's own sequence when null. */
  prefix: DocumentNumberPrefixSchema.nullable(),
});

const BatchFileSchema = z.object({ exportId: z.string(), fileName: z.string() });

/** A run's summary with its files given as `file` describes them: by export id on screen, by path in the workspace. */
export const batchOutcomeSchema = <File extends z.ZodType>(file: File) =>
  z.object({
    folder: z.string(),
    units: z.array(
      z.object({
        unit: z.string(),
        addressee: z.string(),
        documentNumber: z.string(),
        problems: z.number().int(),
        rows: z.array(z.number().int()),
        /** Which optional paragraphs were printed and why, one line each. */
        decisions: z.array(z.string()),
        deadline: z.string(),
        notice: file,
        issues: z.array(z.string()),
      }),
    ),
    /** Revealing it opens the output folder. */
    combined: file,
    pdf: file.nullable(),
    /** Why no PDF was made when one was asked for. */
    pdfProblem: z.string().nullable(),
    report: file,
  });

export const BatchOutcomeSchema = batchOutcomeSchema(BatchFileSchema);

export const BatchJobSchema = z.object({
  jobId: z.string(),
  state: z.enum(['running', 'done', 'failed', 'cancelled']),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  step: z.string(),
  /** Why the run stopped (failed or cancelled). */
  message: z.string().nullable(),
  outcome: BatchOutcomeSchema.nullable(),
});

/** A finished run as the screen lists it after the app restarts. */
export const BatchRunRecordSchema = z.object({
  runId: z.string(),
  /** ISO time the run finished. */
  finishedAt: z.string(),
  templateName: z.string(),
  outcome: BatchOutcomeSchema.nullable(),
  /** Why the stored summary cannot be shown (damaged in the workspace); null when it can. */
  problem: z.string().nullable(),
});

export const BatchTargetSchema = z.object({
  /** The folder the batch folders go in. */
  baseFolder: z.string(),
  /** Desktop only: another base folder chosen in the system dialog. */
  canChoose: z.boolean(),
  /** A combined PDF needs LibreOffice; null when it was found. */
  pdfUnavailable: z.string().nullable(),
});

export const batchContract = {
  listBatchTemplates: call(z.tuple([]), z.array(BatchTemplateSchema)),
  previewBatchRun: call(z.tuple([BatchRequestSchema]), BatchPreviewSchema),
  /** Refused, writing nothing, while the preview has problems; otherwise the run goes on after the answer. */
  startBatchRun: call(z.tuple([BatchRunRequestSchema]), z.object({ jobId: z.string() })),
  getBatchRun: call(z.tuple([z.strictObject({ jobId: JobIdSchema })]), BatchJobSchema),
  cancelBatchRun: call(z.tuple([z.strictObject({ jobId: JobIdSchema })]), BatchJobSchema),
  /** The last finished runs, newest first; kept in the workspace, so they outlive a restart. */
  listBatchRuns: call(z.tuple([]), z.array(BatchRunRecordSchema)),
  getBatchTarget: call(z.tuple([]), BatchTargetSchema),
  /** Desktop: the system folder dialog; the answer is unchanged when it is cancelled. */
  chooseBatchFolder: call(z.tuple([]), BatchTargetSchema),
};

export type BatchTemplate = z.infer<typeof BatchTemplateSchema>;
export type BatchRequest = z.infer<typeof BatchRequestSchema>;
export type BatchRunRequest = z.infer<typeof BatchRunRequestSchema>;
export type BatchPreview = z.infer<typeof BatchPreviewSchema>;
export type BatchJob = z.infer<typeof BatchJobSchema>;
export type BatchOutcomeView = z.infer<typeof BatchOutcomeSchema>;
export type BatchTarget = z.infer<typeof BatchTargetSchema>;
export type BatchRunRecord = z.infer<typeof BatchRunRecordSchema>;
