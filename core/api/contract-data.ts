/**
 * The 数据 panel's calls: read a ledger the writer picked (bytes, never a path) into the workspace,
 * page through it, match its headers to a template's columns, and find the draft's values it changes.
 */
import { DataColumnSchema } from '../data/data-table-schema.ts';
import { encodingChoices } from '../data/encoding-choice.ts';
import { GongwenDocumentSchema } from '../model/document.ts';
import { IsoDateSchema } from '../model/iso-date.ts';
import { z } from '../validation/zod.ts';
import { StaleFieldSchema } from './stale-field.ts';

const call = <Args extends z.ZodTuple, Result extends z.ZodType>(args: Args, result: Result) => ({ args, result });

/** Rows one call may fetch: a screenful many times over, small enough to answer at once. */
export const maxRowsPerFetch = 500;

const LedgerFileSchema = z.strictObject({ name: z.string().min(1).max(255), base64: z.string().max(70_000_000) });
const DatasetIdSchema = z.string().min(1).max(100);
const TemplateIdSchema = z.string().min(1).max(64);
const CellSchema = z.union([z.string(), z.number(), z.null()]);
const MappingSchema = z.array(z.strictObject({ column: z.string().min(1).max(200), header: z.string().max(1_000).nullable() })).max(1_000);

export const ReadLedgerRequestSchema = z.strictObject({
  file: LedgerFileSchema,
  encoding: z.enum(encodingChoices).optional(),
  sheet: z.string().max(200).optional(),
});

export const LedgerReadSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('read'),
    datasetId: DatasetIdSchema,
    fileName: z.string(),
    sheet: z.string().nullable(),
    sheets: z.array(z.object({ name: z.string(), hidden: z.boolean() })),
    encoding: z.enum(['UTF-8', 'UTF-8 BOM', 'UTF-16LE', 'UTF-16BE', 'GB18030', 'Big5', 'workbook']),
    headerRows: z.number().int().nonnegative(),
    columns: z.array(DataColumnSchema.pick({ name: true, type: true })),
    rowCount: z.number().int().nonnegative(),
    notes: z.array(z.string()),
    /** The first lines of a text file as decoded, so a wrong encoding is seen at once; null for workbooks. */
    textPreview: z.string().nullable(),
  }),
  /** The bytes could not be read as text in the chosen (or guessed) encoding: the writer picks another. */
  z.object({ status: z.literal('needs-encoding'), fileName: z.string(), message: z.string(), preview: z.string() }),
]);

export const MatchViewSchema = z.object({
  column: z.string(),
  required: z.boolean(),
  usedBy: z.array(z.string()),
  header: z.string().nullable(),
  reason: z.enum(['exact', 'normalized', 'path', 'synonym', 'fuzzy', 'remembered', 'manual', 'ambiguous', 'missing']),
  detail: z.string(),
  candidates: z.array(z.string()),
});

export const MappingProposalSchema = z.object({
  templateName: z.string(),
  headers: z.array(z.string()),
  /** The dataset the ledger fits best, or null when the writer must choose. */
  target: z.string().nullable(),
  datasets: z.array(z.object({ dataset: z.string(), columns: z.array(MatchViewSchema) })),
});

const ConfirmedMappingSchema = z.strictObject({
  templateId: TemplateIdSchema,
  datasetId: DatasetIdSchema,
  dataset: z.string().min(1).max(200),
  mapping: MappingSchema,
  today: IsoDateSchema,
});

export const ledgerCalls = {
  readLedger: call(z.tuple([ReadLedgerRequestSchema]), LedgerReadSchema),
  getDatasetRows: call(
    z.tuple([z.strictObject({ datasetId: DatasetIdSchema, offset: z.number().int().nonnegative(), limit: z.number().int().min(1).max(maxRowsPerFetch) })]),
    z.object({ total: z.number().int().nonnegative(), rows: z.array(z.array(CellSchema)), sourceRows: z.array(z.number().int()) }),
  ),
  proposeMapping: call(z.tuple([z.strictObject({ templateId: TemplateIdSchema, datasetId: DatasetIdSchema })]), MappingProposalSchema),
  /**
   * The draft's values the ledger would change under the confirmed mapping; nothing is applied here
   * (应用 accepts them all in the renderer, so text typed meanwhile stays). Refused, changing nothing,
   * while a required column has no header; otherwise the mapping is remembered.
   */
  compareLedger: call(z.tuple([ConfirmedMappingSchema.extend({ document: GongwenDocumentSchema })]), z.object({ changes: z.array(StaleFieldSchema) })),
  /** Checks and remembers the writer's mapping for this ledger layout, with no draft involved (批量生成 reads it back). Refused, saving nothing, while a required column has no header. */
  saveMapping: call(z.tuple([ConfirmedMappingSchema.omit({ today: true })]), z.object({ columns: z.number().int().nonnegative() })),
};

export type LedgerRead = z.infer<typeof LedgerReadSchema>;
export type MappingProposal = z.infer<typeof MappingProposalSchema>;
export type MatchView = z.infer<typeof MatchViewSchema>;
