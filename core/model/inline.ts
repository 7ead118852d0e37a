/** Inline content of a paragraph: text runs and soft line breaks. */
import { z } from '../validation/zod.ts';

const maxRunLength = 100_000;

export const TextInlineSchema = z.strictObject({
  type: z.literal('text'),
  text: z.string().max(maxRunLength),
  /** Only where the house style allows; GB/T 9704 itself never asks for bold. */
  bold: z.boolean().optional(),
});

export const LineBreakInlineSchema = z.strictObject({ type: z.literal('break') });

export const InlineSchema = z.discriminatedUnion('type', [TextInlineSchema, LineBreakInlineSchema]);

export type TextInline = z.infer<typeof TextInlineSchema>;
export type Inline = z.infer<typeof InlineSchema>;

export const text = (value: string): Inline[] => (value ? [{ type: 'text', text: value }] : []);

/** The plain text of inline content; a soft break reads as a newline. */
export function inlineText(content: readonly Inline[]): string {
  return content.map((inline) => (inline.type === 'text' ? inline.text : '\n')).join('');
}
