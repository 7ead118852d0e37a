/**
 * The 公文 document as plain JSON data: what the editor produces, what the CLI reads,
 * what the docx writer consumes. Independent of Lexical and of docx.
 */
import { z } from '../validation/zod.ts';
import { IsoDateSchema } from './iso-date.ts';

export const documentFormatVersion = 1;

export const genres = ['通知', '报告', '请示', '函', '工作报告', '讲话稿', '建议书', '整改通知书'] as const;

const limits = { line: 400, paragraph: 100_000, blocks: 20_000, names: 200 } as const;

export const ParagraphBlockSchema = z.strictObject({
  type: z.literal('paragraph'),
  text: z.string().max(limits.paragraph),
});

export const BlockSchema = z.discriminatedUnion('type', [ParagraphBlockSchema]);

export const SignatureSchema = z.strictObject({
  organs: z.array(z.string().max(limits.line)).max(20),
  date: IsoDateSchema.nullable(),
});

export const GongwenDocumentSchema = z.strictObject({
  formatVersion: z.literal(documentFormatVersion),
  genre: z.enum(genres),
  title: z.string().max(limits.line),
  addressees: z.array(z.string().max(limits.line)).max(limits.names),
  body: z.array(BlockSchema).max(limits.blocks),
  signature: SignatureSchema,
});

export type ParagraphBlock = z.infer<typeof ParagraphBlockSchema>;
export type Block = z.infer<typeof BlockSchema>;
export type GongwenDocument = z.infer<typeof GongwenDocumentSchema>;
export type Genre = (typeof genres)[number];

export function createBlankDocument(genre: Genre, today: string | null = null): GongwenDocument {
  return {
    formatVersion: documentFormatVersion,
    genre,
    title: '',
    addressees: [],
    body: [],
    signature: { organs: [], date: today },
  };
}
