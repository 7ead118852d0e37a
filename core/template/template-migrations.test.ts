import { describe, expect, it } from 'vitest';
import { describeIssues } from '../validation/zod.ts';
import { migrateTemplate, templateFormatVersion } from './template-migrations.ts';
import { TemplateSchema } from './template-schema.ts';

const minimal = (formatVersion: unknown) => ({
  formatVersion,
  id: 'old-notice',
  version: '1.0.0',
  name: '旧通知',
  family: '日常公文',
  description: '',
  genre: '通知',
  form: 'file',
  header: { organs: ['示范县纪委'], markSuffix: '文件', numberSequence: null, signers: [] },
  title: '关于某事的通知',
  byline: null,
  addressees: ['各单位'],
  fields: [],
  sections: [{ id: 'body', label: '正文', required: true, repeatable: false, guidance: '写事项。', content: [{ type: 'paragraph', text: '现通知如下。' }], alternatives: [] }],
  attachments: [],
  signature: { organs: ['示范县纪委'], date: null, dateStyle: 'arabic', seal: 'sealed' },
  note: null,
  record: { cc: [], printer: null },
  snippets: [],
  sample: { values: [], datasets: [] },
});

describe('template format migrations', () => {
  it('opens a format-1 template as the current format', () => {
    expect(templateFormatVersion).toBe(2);
    const parsed = TemplateSchema.parse(minimal(1));
    expect(parsed.formatVersion).toBe(2);
    expect(parsed.sections[0]?.content).toEqual([{ type: 'paragraph', text: '现通知如下。' }]);
  });

  it('refuses a template from a newer release, and versions that never existed', () => {
    const newer = TemplateSchema.safeParse(minimal(3));
    expect(newer.success).toBe(false);
    expect(newer.success ? '' : describeIssues(newer.error)).toBe('formatVersion：模板格式版本 3 比本程序支持的 2 新，请升级公文工作台');
    expect(TemplateSchema.safeParse(minimal(0)).success).toBe(false);
    expect(TemplateSchema.safeParse(minimal('1')).success).toBe(false);
  });

  it('leaves anything that is not a template object to the schema', () => {
    expect(migrateTemplate([1])).toEqual([1]);
    expect(migrateTemplate(null)).toBeNull();
    expect(migrateTemplate({ formatVersion: -5 })).toEqual({ formatVersion: -5 });
  });
});
