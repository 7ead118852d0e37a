/**
 * Suggestions for a number gap (开展×轮巡察) from the ledgers imported into the workspace: each with
 * its value as printed, the binding and rows it came from, and why it was proposed. Computed locally.
 * And the hand-made binding: the workspace's ledgers with their columns, a column's values for a
 * filter, and the value one pick of ledger, column, aggregate and filter gives.
 */
import { DataColumnSchema } from '../data/data-table-schema.ts';
import { pickAggregates } from '../gaps/ledger-pick.ts';
import { ProvenanceSchema } from '../model/inline.ts';
import { BindingSchema } from '../template/template-schema.ts';
import { z } from '../validation/zod.ts';

const call = <Args extends z.ZodTuple, Result extends z.ZodType>(args: Args, result: Result) => ({ args, result });

export const GapContextSchema = z.strictObject({
  before: z.string().max(2_000),
  after: z.string().max(2_000),
  unit: z.string().max(8).nullable(),
  /** The ledgers to look in; all recently imported ones when omitted. */
  datasetIds: z.array(z.string().min(1).max(100)).max(20).optional(),
});

export const ValueSuggestionSchema = z.object({
  printed: z.string(),
  value: z.number(),
  binding: BindingSchema,
  source: ProvenanceSchema,
  reasons: z.array(z.string()),
});

const DatasetIdSchema = z.string().min(1).max(100);
const ColumnNameSchema = z.string().min(1).max(200);

export const LedgerSummarySchema = z.object({
  datasetId: z.string(),
  /** The dataset name a binding names it by, e.g. 案件台账 or 台账（Sheet1）. */
  name: z.string(),
  fileName: z.string(),
  importedAt: z.string(),
  rowCount: z.number().int().nonnegative(),
  columns: z.array(DataColumnSchema.pick({ name: true, type: true })),
});

export const LedgerPickRequestSchema = z.strictObject({
  datasetId: DatasetIdSchema,
  aggregate: z.enum(pickAggregates),
  column: ColumnNameSchema.nullable(),
  filter: z.strictObject({ column: ColumnNameSchema, value: z.string().max(400) }).nullable(),
  unit: z.string().max(8).nullable(),
});

export const PickedValueSchema = z.object({
  printed: z.string(),
  binding: BindingSchema,
  source: ProvenanceSchema,
  scaled: z.string().nullable(),
});

/** A column's distinct values offered for a filter: enough to pick from, few enough to list. */
export const maxFilterValues = 300;

export const gapsContract = {
  suggestGapValues: call(z.tuple([GapContextSchema]), z.object({ suggestions: z.array(ValueSuggestionSchema), ledgers: z.array(z.string()) })),
  listLedgers: call(z.tuple([]), z.object({ ledgers: z.array(LedgerSummarySchema) })),
  ledgerColumnValues: call(
    z.tuple([z.strictObject({ datasetId: DatasetIdSchema, column: ColumnNameSchema })]),
    z.object({ values: z.array(z.string()), more: z.boolean() }),
  ),
  /** Refused with the reason in words (no single row, text in a sum) when the pick gives no value. */
  pickLedgerValue: call(z.tuple([LedgerPickRequestSchema]), PickedValueSchema),
};

export type GapContextRequest = z.infer<typeof GapContextSchema>;
export type ValueSuggestionView = z.infer<typeof ValueSuggestionSchema>;
export type LedgerSummary = z.infer<typeof LedgerSummarySchema>;
export type LedgerPickRequest = z.infer<typeof LedgerPickRequestSchema>;
export type PickedValueView = z.infer<typeof PickedValueSchema>;
