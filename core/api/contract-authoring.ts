/**
 * API calls for authoring templates in the app: the sections a draft would be saved as, saving a
 * draft as one of the office's own templates (本单位模板) or back over one being edited, deleting
 * an own template, and the template lint.
 */
import { GongwenDocumentSchema } from '../model/document.ts';
import { IsoDateSchema } from '../model/iso-date.ts';
import { NameSchema, templateFamilies } from '../template/template-schema.ts';
import { z } from '../validation/zod.ts';

const call = <Args extends z.ZodTuple, Result extends z.ZodType>(args: Args, result: Result) => ({ args, result });

const templateId = z.string().max(64);

export const LintFindingSchema = z.object({
  severity: z.enum(['error', 'warning']),
  section: z.string().nullable(),
  field: z.string().nullable(),
  message: z.string(),
});

export const SectionSettingSchema = z.strictObject({
  label: z.string().max(2_000),
  required: z.boolean(),
  repeatable: z.boolean(),
  guidance: z.string().max(4_000),
  condition: z.strictObject({ field: NameSchema, test: z.union([z.enum(['filled', 'empty']), z.strictObject({ equals: z.string().max(400) })]) }).nullable(),
  /** An imported ledger the section is printed once per row of (a section typed by hand, bound in the save dialog). */
  repeatLedger: z.strictObject({ datasetId: z.string().min(1).max(100) }).nullable().optional(),
  /** Shown only: the ledger the template being edited already prints this section once per row of. */
  keptRepeat: z.string().max(200).nullable().optional(),
});

export const SaveAsTemplateRequestSchema = z.strictObject({
  document: GongwenDocumentSchema,
  /** The template the draft was made from: its wiring is kept where the draft still prints it. */
  sourceTemplateId: templateId.nullable(),
  /** The own template being edited, saved back as its next version; null saves a new own template. */
  ownTemplateId: templateId.nullable(),
  name: z.string().trim().min(1, '请填写模板名称').max(100, '模板名称不应超过 100 个字'),
  description: z.string().trim().max(2_000),
  family: z.enum(templateFamilies),
  sections: z.array(SectionSettingSchema).max(100),
  today: IsoDateSchema,
});

export const SavedTemplateSchema = z.object({
  template: z.object({ id: z.string(), name: z.string(), family: z.string(), description: z.string(), version: z.string(), own: z.boolean() }),
  /** The version of 本单位模板 that now holds it. */
  packVersion: z.string(),
  findings: z.array(LintFindingSchema),
  /** What the draft held that a template cannot, or that needs setting again. */
  notes: z.array(z.string()),
});

export const authoringContract = {
  templateSections: call(
    z.tuple([z.strictObject({ document: GongwenDocumentSchema, sourceTemplateId: templateId.nullable(), today: IsoDateSchema })]),
    z.array(SectionSettingSchema),
  ),
  saveAsTemplate: call(z.tuple([SaveAsTemplateRequestSchema]), SavedTemplateSchema),
  deleteOwnTemplate: call(z.tuple([z.strictObject({ id: templateId })]), z.object({ packVersion: z.string() })),
  lintTemplate: call(z.tuple([z.strictObject({ id: templateId })]), z.object({ findings: z.array(LintFindingSchema) })),
};

export type LintFindingResult = z.infer<typeof LintFindingSchema>;
export type SectionSettingArg = z.infer<typeof SectionSettingSchema>;
export type SaveAsTemplateRequest = z.infer<typeof SaveAsTemplateRequestSchema>;
export type SavedTemplate = z.infer<typeof SavedTemplateSchema>;
