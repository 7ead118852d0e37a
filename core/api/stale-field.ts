/** A draft value a newer ledger would change, as the API carries it (core/template/refresh.ts finds them). */
import { ProvenanceSchema } from '../model/inline.ts';
import { StructureChangeSchema } from '../template/refresh-change.ts';
import { z } from '../validation/zod.ts';

export const StaleFieldSchema = z.object({
  path: z.string(),
  key: z.string(),
  oldValue: z.string().nullable(),
  newValue: z.string().nullable(),
  oldSource: ProvenanceSchema,
  newSource: ProvenanceSchema.nullable(),
  reason: z.string(),
  /** A repeat paragraph or table row added or removed; accepting the change applies it. */
  structure: StructureChangeSchema.optional(),
});
