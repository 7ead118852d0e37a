/**
 * API calls for 常用语: the snippets of the template pack (the open draft's template first)
 * together with the writer's own, and saving or deleting one of the writer's own.
 */
import { z } from '../validation/zod.ts';

const call = <Args extends z.ZodTuple, Result extends z.ZodType>(args: Args, result: Result) => ({ args, result });

export const PhraseSchema = z.object({
  id: z.string(),
  title: z.string(),
  /** The template's name for a pack snippet; the writer's own category otherwise. */
  category: z.string(),
  text: z.string(),
  /** `template` snippets come from the pack and cannot be deleted here; `user` ones are the writer's. */
  origin: z.enum(['template', 'user']),
  /** The template a pack snippet belongs to. */
  templateId: z.string().nullable(),
});

export const NewPhraseSchema = z.strictObject({
  title: z.string().trim().min(1, '请填写常用语的标题').max(60, '标题最多 60 个字'),
  category: z.string().trim().max(30, '分类最多 30 个字'),
  text: z.string().trim().min(1, '没有要保存的文字：请先在正文中选中一段').max(4_000, '一条常用语最多 4000 个字'),
});

export const phrasesContract = {
  /** Pack snippets (`templateId`'s first, then the other templates') and the writer's own, newest first. */
  listPhrases: call(z.tuple([z.strictObject({ templateId: z.string().max(64).nullable() })]), z.object({ phrases: z.array(PhraseSchema), problems: z.array(z.string()) })),
  savePhrase: call(z.tuple([NewPhraseSchema]), PhraseSchema),
  deletePhrase: call(z.tuple([z.strictObject({ id: z.string().min(1).max(100) })]), z.object({ deleted: z.boolean() })),
};

export type Phrase = z.infer<typeof PhraseSchema>;
export type NewPhrase = z.input<typeof NewPhraseSchema>;
