import { describe, expect, it } from 'vitest';
import { importPlainText } from '../import/import-text.ts';
import type { GongwenDocument } from '../model/document.ts';
import { mapFields } from '../template/refresh-walk.ts';
import { templateFromDraft, type TemplateMeta } from '../template/template-from-draft.ts';
import { gapFieldsForTemplate } from './gaps-for-template.ts';

const meta: TemplateMeta = { id: 'own-speech', version: '1.0.0', name: '年度工作会议讲话', description: '', family: '讲话稿' };

/** The speech as the writer left it: one gap taken from a ledger, one typed, one still open. */
function filledSpeech(): GongwenDocument {
  const { document } = importPlainText('在全县纪检监察工作会议上的讲话\n\n同志们：\n全年立案×件，连续×年获评先进，覆盖全县×万名党员干部。');
  return mapFields(document, (field) => {
    if (field.key === '全年立案×件')
      return {
        ...field,
        value: '3',
        source: { dataset: '案件台账', sheet: null, column: null, aggregate: 'count', rows: [2, 3, 5], filter: '处置方式 = 立案' },
        gap: { ...field.gap!, binding: { kind: 'aggregate', dataset: '案件台账', aggregate: 'count', column: null, filters: [{ column: '处置方式', op: 'eq', value: '立案' }] } },
      };
    if (field.key === '连续×年') return { ...field, value: '5' };
    return field;
  });
}

describe('save as template keeps a draft’s gaps as fields', () => {
  it('names each gap as a field, keeps a ledger binding and leaves typed values as help', () => {
    const { fields } = gapFieldsForTemplate(filledSpeech());
    expect(fields).toEqual([
      { key: '全年立案件数', label: '全年立案×件', type: 'number', required: true, default: null, binding: { kind: 'aggregate', dataset: '案件台账', aggregate: 'count', column: null, filters: [{ column: '处置方式', op: 'eq', value: '立案' }] } },
      { key: '连续年数', label: '连续×年', type: 'number', required: true, default: null, help: '上次填写：5', binding: null },
      { key: '覆盖全县万名数', label: '覆盖全县×万名', type: 'number', required: true, default: null, binding: null },
    ]);
  });

  it('gives a template whose text reads the gap fields and whose fields carry the binding', () => {
    const gaps = gapFieldsForTemplate(filledSpeech());
    const made = templateFromDraft({ document: gaps.document, fields: gaps.fields, meta, source: null, today: '2025-01-10' });
    expect(made.problems).toEqual([]);
    const text = JSON.stringify(made.template!.sections);
    expect(text).toContain('全年立案{{全年立案件数}}件');
    expect(text).toContain('连续{{连续年数}}年');
    expect(made.template!.fields.find((f) => f.key === '全年立案件数')?.binding).toMatchObject({ dataset: '案件台账', filters: [{ column: '处置方式', value: '立案' }] });
  });

  it('keeps two gaps with the same words apart', () => {
    const { document } = importPlainText('关于印发的通知\n\n各单位：\n请【单位名称】和【单位名称】报送。');
    expect(gapFieldsForTemplate(document).fields.map((f) => f.key)).toEqual(['单位名称', '单位名称2']);
  });
});
