/**
 * How a field reads a ledger: names, filters and bindings. Kept apart from the template schema so
 * the document model can carry a binding (a gap filled from a ledger) without depending on templates.
 */
import { z } from '../validation/zod.ts';

/** Field and column names are plain words: Chinese, Latin, digits and a few marks. */
export const NameSchema = z.string().min(1).max(60).regex(/^[\p{L}\p{N}_·（）()\-/]+$/u, '名称只能包含文字、数字和 _·（）()-/');

/** A filter value may name another field, e.g. 单位全称 = {{被建议单位}} to look a unit up in the directory. */
export const FieldRefSchema = z.strictObject({ field: NameSchema });

export const FilterSchema = z.strictObject({
  column: NameSchema,
  op: z.enum(['eq', 'ne', 'in', 'contains', 'gte', 'lte', 'notEmpty']),
  value: z.union([z.string().max(400), z.number(), z.array(z.string().max(400)).max(200), FieldRefSchema]).nullable(),
});

export const BindingSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('aggregate'),
    dataset: NameSchema,
    aggregate: z.enum(['count', 'sum', 'avg', 'min', 'max']),
    /** The column summed or averaged; null for a count of rows. */
    column: NameSchema.nullable(),
    filters: z.array(FilterSchema).max(20),
  }),
  z.strictObject({
    kind: z.literal('value'),
    dataset: NameSchema,
    column: NameSchema,
    /** Must select exactly one row. */
    filters: z.array(FilterSchema).max(20),
  }),
  z.strictObject({
    kind: z.literal('group'),
    dataset: NameSchema,
    aggregate: z.enum(['count', 'sum', 'avg', 'min', 'max']),
    column: NameSchema.nullable(),
    filters: z.array(FilterSchema).max(20),
    /** One result per distinct value of this column, printed as 立案12件、谈话函询5件 in ledger order. */
    groupBy: NameSchema,
    /** Printed after each group's number, e.g. 件. */
    unit: z.string().max(4),
  }),
  z.strictObject({
    kind: z.literal('law'),
    /** A law's id in the law references data, e.g. 监察法. */
    law: NameSchema,
    /** The field whose value names the version, e.g. 2018 or 2024: the text is never hard-coded. */
    versionField: NameSchema,
    /** Provision keys in that version, printed as 第十一条、第五十二条. */
    provisions: z.array(NameSchema).min(1).max(20),
  }),
]);

export type Filter = z.infer<typeof FilterSchema>;
export type Binding = z.infer<typeof BindingSchema>;
