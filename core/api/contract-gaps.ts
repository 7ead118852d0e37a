/**
 * Suggestions for a number gap (开展×轮巡察) from the ledgers imported into the workspace: each with
 * its value as printed, the binding and rows it came from, and why it was proposed. Computed locally.
 */
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

export const gapsContract = {
  suggestGapValues: call(z.tuple([GapContextSchema]), z.object({ suggestions: z.array(ValueSuggestionSchema), ledgers: z.array(z.string()) })),
};

export type GapContextRequest = z.infer<typeof GapContextSchema>;
export type ValueSuggestionView = z.infer<typeof ValueSuggestionSchema>;
