/**
 * A template is data: metadata, header defaults, typed fields, sections made of logic-less
 * content nodes, attachments, phrase snippets and sample data. Conditions and repeats are
 * typed nodes; nothing in a template is evaluated as code, and placeholders (`{{字段}}`)
 * only ever read declared fields or, inside a repeat, the row's declared columns.
 */
import { z } from '../validation/zod.ts';
import { forms, genres } from '../model/document.ts';
import { BindingSchema, FieldRefSchema, FilterSchema, NameSchema } from './binding-schema.ts';
import { migrateTemplate, templateFormatVersion } from './template-migrations.ts';

export { templateFormatVersion };

const line = z.string().max(2_000);
export { BindingSchema, FieldRefSchema, FilterSchema, NameSchema };

export const FieldSchema = z.strictObject({
  key: NameSchema,
  label: line,
  type: z.enum(['text', 'number', 'date', 'money', 'unit', 'list']),
  required: z.boolean(),
  default: z.string().max(2_000).nullable(),
  help: line.optional(),
  /** How a number is printed: a counting word after it, or 万元 from a ledger in 元. */
  format: z.strictObject({ countingWord: z.string().max(4).optional(), yuanToWan: z.boolean().optional(), dateStyle: z.enum(['arabic', 'chinese']).optional() }).optional(),
  binding: BindingSchema.nullable(),
});

import type { Binding, Filter } from './binding-schema.ts';
export type { Binding, Filter };
export type FieldDef = z.infer<typeof FieldSchema>;

/** Content nodes; `{{名称}}` placeholders in their text are resolved by the merge. */
export type ContentNode =
  | { type: 'paragraph'; text: string }
  | { type: 'heading'; level: 1 | 2 | 3 | 4; text: string; runIn: string | null }
  | { type: 'enumeration'; style: 'yishi' | 'diyi'; runOn: boolean; lead: string; items: string[] }
  | { type: 'if'; field: string; test: 'filled' | 'empty' | { equals: string }; then: ContentNode[]; else: ContentNode[] }
  | { type: 'repeat'; dataset: string; filters: Filter[]; each: ContentNode[] }
  | { type: 'table'; dataset: string; filters: Filter[]; numbered: boolean; columns: { header: string; column: string; width: number }[] }
  | { type: 'grid'; headerRows: number; columnWidths: number[]; rows: string[][] };

export const ContentNodeSchema: z.ZodType<ContentNode> = z.lazy(() =>
  z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('paragraph'), text: line }),
    z.strictObject({ type: z.literal('heading'), level: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]), text: line, runIn: line.nullable() }),
    z.strictObject({ type: z.literal('enumeration'), style: z.enum(['yishi', 'diyi']), runOn: z.boolean(), lead: line, items: z.array(line).min(1).max(99) }),
    z.strictObject({
      type: z.literal('if'),
      field: NameSchema,
      test: z.union([z.enum(['filled', 'empty']), z.strictObject({ equals: z.string().max(400) })]),
      then: z.array(ContentNodeSchema).max(200),
      else: z.array(ContentNodeSchema).max(200),
    }),
    z.strictObject({ type: z.literal('repeat'), dataset: NameSchema, filters: z.array(FilterSchema).max(20), each: z.array(ContentNodeSchema).max(200) }),
    z.strictObject({
      type: z.literal('table'),
      dataset: NameSchema,
      filters: z.array(FilterSchema).max(20),
      numbered: z.boolean(),
      columns: z.array(z.strictObject({ header: line, column: NameSchema, width: z.number().positive() })).min(1).max(20),
    }),
    /** A fixed table whose cells are template text, for forms such as the 送达回证 or a 反馈表. */
    z
      .strictObject({
        type: z.literal('grid'),
        headerRows: z.number().int().min(0).max(5),
        columnWidths: z.array(z.number().positive()).min(1).max(20),
        rows: z.array(z.array(line).min(1).max(20)).min(1).max(200),
      })
      .refine((grid) => grid.rows.every((row) => row.length === grid.columnWidths.length), { message: '表格每行的单元格数应与列宽个数相同' }),
  ]),
);

export const SectionSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]{0,40}$/),
  label: line,
  required: z.boolean(),
  repeatable: z.boolean(),
  /** Shown to the writer beside the section; never exported. */
  guidance: z.string().max(4_000),
  content: z.array(ContentNodeSchema).max(500),
  /** Boilerplate alternatives the writer can switch between. */
  alternatives: z.array(z.strictObject({ id: z.string().regex(/^[a-z][a-z0-9-]{0,40}$/), label: line, content: z.array(ContentNodeSchema).max(500) })).max(20),
});

export const DatasetSampleSchema = z.strictObject({
  name: NameSchema,
  columns: z.array(NameSchema).min(1).max(100),
  rows: z.array(z.array(z.union([z.string().max(10_000), z.number(), z.null()])).max(100)).max(10_000),
});

/** The kinds of document a template makes, as the gallery groups them. */
export const templateFamilies = ['工作报告', '工作总结', '讲话稿', '建议书', '整改通知', '整改报告', '送达回证', '日常公文'] as const;

const formatVersionSchema = z.number().refine((version) => version === templateFormatVersion, {
  error: (issue) => (typeof issue.input === 'number' && issue.input > templateFormatVersion ? `模板格式版本 ${issue.input} 比本程序支持的 ${templateFormatVersion} 新，请升级公文工作台` : `模板格式版本应为 1–${templateFormatVersion}`),
});

const CurrentTemplateSchema = z.strictObject({
  formatVersion: formatVersionSchema,
  id: z.string().regex(/^[a-z][a-z0-9-]{1,63}$/, '模板编号只能包含小写字母、数字和连字符'),
  version: z.string().regex(/^\d+\.\d+\.\d+$/, '版本号应形如 1.0.0'),
  name: line,
  family: z.enum(templateFamilies),
  description: line,
  genre: z.enum(genres),
  form: z.enum(forms),
  header: z.strictObject({
    organs: z.array(line).max(10),
    markSuffix: z.enum(['文件', '纪要', '']),
    /** Which 文号 sequence (机关代字) a finalised draft takes its number from. */
    numberSequence: z.string().max(40).nullable(),
    /** 发文字号 as printed until the register assigns one, e.g. {{文号}}. */
    documentNumber: line.nullable().optional(),
    signers: z.array(line).max(10),
  }),
  title: line,
  byline: z.strictObject({ subtitle: line.nullable(), speaker: line.nullable(), date: line.nullable() }).nullable(),
  addressees: z.array(line).max(50),
  fields: z.array(FieldSchema).max(300),
  sections: z.array(SectionSchema).min(1).max(100),
  attachments: z.array(z.strictObject({ title: line, content: z.array(ContentNodeSchema).max(500) })).max(20),
  /** null for 白头 materials and forms that print no 署名 or 成文日期 (讲话稿, 送达回证). */
  signature: z
    .strictObject({ organs: z.array(line).max(10), date: line.nullable(), dateStyle: z.enum(['arabic', 'chinese']), seal: z.enum(['sealed', 'unsealed', 'signatureSeal']), signerTitle: line.nullable().optional() })
    .nullable(),
  note: line.nullable(),
  record: z.strictObject({ cc: z.array(line).max(50), printer: line.nullable(), printDate: line.nullable().optional() }),
  snippets: z.array(z.strictObject({ id: z.string().max(60), label: line, text: z.string().max(4_000) })).max(500),
  sample: z.strictObject({
    /** [field key, value] pairs: an array, never an object keyed by user text. */
    values: z.array(z.tuple([NameSchema, z.string().max(10_000)])).max(300),
    datasets: z.array(DatasetSampleSchema).max(20),
  }),
});

/** Any supported format version in, the current format out: older templates are migrated first. */
export const TemplateSchema = z.preprocess(migrateTemplate, CurrentTemplateSchema);

export type Section = z.infer<typeof SectionSchema>;
export type DatasetSample = z.infer<typeof DatasetSampleSchema>;
export type Template = z.infer<typeof TemplateSchema>;
