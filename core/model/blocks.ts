/**
 * Body blocks. Ordinals (一、（一）1.（1）, 一是/二是) are never stored: they are computed
 * from the block's position, so moving or deleting a section renumbers everything.
 */
import { z } from '../validation/zod.ts';
import { InlineSchema } from './inline.ts';

const maxItems = 2_000;

/**
 * The template's advice for the section a block starts (several entries when the sections before
 * it printed nothing). The editor shows it beside the block; the pages, the .docx and the PDF never read it.
 */
export const GuidanceSchema = z
  .array(z.strictObject({ section: z.string().max(200), text: z.string().max(4_000) }))
  .min(1)
  .max(100);

const guidance = GuidanceSchema.optional();

export const ParagraphBlockSchema = z.strictObject({
  type: z.literal('paragraph'),
  content: z.array(InlineSchema).max(maxItems),
  guidance,
});

export const HeadingBlockSchema = z.strictObject({
  type: z.literal('heading'),
  /** 1 `一、` 黑体 · 2 `（一）` 楷体 · 3 `1.` 仿宋 · 4 `（1）` 仿宋 */
  level: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  /** The heading words without the ordinal, e.g. 强化政治监督。 */
  content: z.array(InlineSchema).max(maxItems),
  /** Run-in heading: the body that continues in the same paragraph after the heading sentence. */
  runIn: z.array(InlineSchema).max(maxItems).nullable(),
  guidance,
});

export const EnumerationBlockSchema = z.strictObject({
  type: z.literal('enumeration'),
  /** `一是……；二是……` or `第一，……第二，……`. */
  style: z.enum(['yishi', 'diyi']),
  /** All items in one paragraph (run on), or one paragraph per item. */
  runOn: z.boolean(),
  /** Words before the first item in the same paragraph, e.g. 建议你局： */
  lead: z.array(InlineSchema).max(maxItems),
  items: z.array(z.array(InlineSchema).max(maxItems)).min(1).max(99),
  guidance,
});

export const TableCellSchema = z.strictObject({
  content: z.array(InlineSchema).max(maxItems),
  colSpan: z.number().int().min(1).max(63).optional(),
  rowSpan: z.number().int().min(1).max(10_000).optional(),
});

export const TableBlockSchema = z.strictObject({
  type: z.literal('table'),
  /** Rows at the top that repeat on every page and print in 黑体. */
  headerRows: z.number().int().min(0).max(10),
  /** Relative column widths; the writer scales them to the 版心. */
  columnWidths: z.array(z.number().positive()).min(1).max(63),
  rows: z
    .array(z.strictObject({ cells: z.array(TableCellSchema).min(1).max(63) }))
    .min(1)
    .max(100_000),
  guidance,
});

export const PageBreakBlockSchema = z.strictObject({ type: z.literal('pageBreak'), guidance });

export const BlockSchema = z.discriminatedUnion('type', [ParagraphBlockSchema, HeadingBlockSchema, EnumerationBlockSchema, TableBlockSchema, PageBreakBlockSchema]);

export type Guidance = z.infer<typeof GuidanceSchema>;
export type ParagraphBlock = z.infer<typeof ParagraphBlockSchema>;
export type HeadingBlock = z.infer<typeof HeadingBlockSchema>;
export type EnumerationBlock = z.infer<typeof EnumerationBlockSchema>;
export type TableBlock = z.infer<typeof TableBlockSchema>;
export type Block = z.infer<typeof BlockSchema>;
