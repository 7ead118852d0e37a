/**
 * Inline content of a paragraph: text runs, soft line breaks and fields. A field is a
 * value that came from somewhere — typed by the writer or computed from a ledger — and
 * keeps that provenance, so "where does 37 come from" is answered from the document itself.
 */
import { BindingSchema } from '../template/binding-schema.ts';
import { z } from '../validation/zod.ts';

const maxRunLength = 100_000;

export const TextInlineSchema = z.strictObject({
  type: z.literal('text'),
  text: z.string().max(maxRunLength),
  /** Only where the house style allows; GB/T 9704 itself never asks for bold. */
  bold: z.boolean().optional(),
});

export const LineBreakInlineSchema = z.strictObject({ type: z.literal('break') });

/** Where a field's value came from: a ledger's rows and column, and how they were combined. */
export const ProvenanceSchema = z.strictObject({
  dataset: z.string().max(200),
  sheet: z.string().max(200).nullable(),
  column: z.string().max(200).nullable(),
  aggregate: z.enum(['value', 'count', 'sum', 'avg', 'min', 'max']),
  /** Ledger rows (1-based, as the user sees them in Excel) that fed the value; capped for huge ledgers. */
  rows: z.array(z.number().int().positive()).max(10_000),
  /** The filter in words, e.g. 处置方式 = 立案. */
  filter: z.string().max(1_000),
});

/**
 * number: a count or amount before a counting word (×轮, ××万名);
 * date: a date with gaps in it (XX月XX日, 20××年×月×日);
 * prompt: a bracketed instruction (【单位名称】, ［填写时间］);
 * name: a person or place left anonymous (某某, 李××) — may be intended, the writer confirms;
 * blank: a line to fill in (＿＿＿, ____);
 * text: any other run of ×/X (清廉××).
 */
export const gapKinds = ['number', 'date', 'prompt', 'name', 'blank', 'text'] as const;
export type GapKind = (typeof gapKinds)[number];

/** A field that began as a gap in pasted or imported text (连续×年): the marker is printed until it is filled. */
export const GapSchema = z.strictObject({
  marker: z.string().min(1).max(200),
  kind: z.enum(gapKinds),
  /** How a value taken from the ledgers was computed, so a template made from the draft keeps the wiring. */
  binding: BindingSchema.optional(),
});

export const FieldInlineSchema = z.strictObject({
  type: z.literal('field'),
  /** The field's name in the template, e.g. 立案件数. */
  key: z.string().min(1).max(100),
  /** The printed value; null while the field (or gap) is unfilled. */
  value: z.string().max(maxRunLength).nullable(),
  source: ProvenanceSchema.nullable(),
  gap: GapSchema.optional(),
});

export const InlineSchema = z.discriminatedUnion('type', [TextInlineSchema, LineBreakInlineSchema, FieldInlineSchema]);

export type TextInline = z.infer<typeof TextInlineSchema>;
export type FieldInline = z.infer<typeof FieldInlineSchema>;
export type Provenance = z.infer<typeof ProvenanceSchema>;
export type Inline = z.infer<typeof InlineSchema>;
export type Gap = z.infer<typeof GapSchema>;

export const text = (value: string): Inline[] => (value ? [{ type: 'text', text: value }] : []);

/**
 * What an unfilled field prints as, so a forgotten value is visible on paper and to the checker:
 * a gap keeps its marker (连续×年 stays readable), a template field shows its name in 【】.
 */
export const unfilledFieldText = (field: Pick<FieldInline, 'key' | 'gap'>): string => field.gap?.marker ?? `【${field.key}】`;

/** The printed text of one inline item; a soft break reads as a newline. */
export function inlineItemText(inline: Inline): string {
  switch (inline.type) {
    case 'text':
      return inline.text;
    case 'break':
      return '\n';
    case 'field':
      return inline.value ?? unfilledFieldText(inline);
  }
}

export function inlineText(content: readonly Inline[]): string {
  return content.map(inlineItemText).join('');
}
