/** The home screen's calls: search over the workspace's drafts, and carrying a draft in and out as a .gwdoc file. */
import { genres, GongwenDocumentSchema } from '../model/document.ts';
import { z } from '../validation/zod.ts';
import { DraftSchema } from '../workspace/workspace-records.ts';
import { ExportResultSchema } from './export-result.ts';

const call = <Args extends z.ZodTuple, Result extends z.ZodType>(args: Args, result: Result) => ({ args, result });

export const DraftHitSchema = z.object({
  id: z.string(),
  title: z.string(),
  genre: z.enum(genres),
  updatedAt: z.string(),
  /** Text around the first hit, each hit marked; plain pieces, never HTML. */
  snippet: z.array(z.object({ text: z.string(), match: z.boolean() })),
});

export const homeContract = {
  /** Every whitespace-separated term must appear in the title, body, header or a field's value; newest first. */
  searchDrafts: call(z.tuple([z.strictObject({ query: z.string().max(200, '搜索内容不应超过 200 个字') })]), z.object({ hits: z.array(DraftHitSchema), more: z.boolean() })),
  /** A .gwdoc picked by the user, as bytes: imported as a new draft with its versions and datasets, or refused whole. */
  openGwdoc: call(
    z.tuple([z.strictObject({ name: z.string().max(255), base64: z.string().max(100_000_000, '文件超过 70 MB，不像是公文工作台保存的文件') })]),
    z.object({ draft: DraftSchema, notes: z.array(z.string()) }),
  ),
  /** Writes the open draft — as the editor holds it now — with its versions and datasets into the export folder. */
  saveGwdoc: call(z.tuple([z.strictObject({ draftId: z.string().max(100), document: GongwenDocumentSchema })]), ExportResultSchema),
};

export type DraftHit = z.infer<typeof DraftHitSchema>;
