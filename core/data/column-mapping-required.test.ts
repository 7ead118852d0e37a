import { describe, expect, it } from 'vitest';
import { TemplateSchema } from '../template/template-schema.ts';
import jianchaJianyi from '../../templates/builtin/jiancha-jianyi.json' with { type: 'json' };
import { requiredColumns } from './column-mapping-required.ts';

const field = (key: string, required: boolean, binding: unknown) => ({ key, label: key, type: 'number', required, default: null, binding });

const template = TemplateSchema.parse({
  formatVersion: 2, id: 'x-test', version: '1.0.0', name: '测试', family: '日常公文', description: '', genre: '通知', form: 'file',
  header: { organs: [], markSuffix: '', numberSequence: null, signers: [] }, title: '', byline: null, addressees: [],
  fields: [
    field('立案数', true, { kind: 'aggregate', dataset: '案件', aggregate: 'sum', column: '人数', filters: [{ column: '处置方式', op: 'eq', value: '立案' }] }),
    field('分布', false, { kind: 'group', dataset: '案件', aggregate: 'count', column: null, filters: [], groupBy: '职级', unit: '件' }),
    field('单位', true, null),
    field('他表', true, { kind: 'aggregate', dataset: '其他', aggregate: 'count', column: null, filters: [{ column: '别的列', op: 'notEmpty', value: null }] }),
  ],
  sections: [
    { id: 'a', label: '问题', required: true, repeatable: false, guidance: '', content: [
      { type: 'repeat', dataset: '案件', filters: [{ column: '典型', op: 'eq', value: '是' }], each: [
        { type: 'paragraph', text: '{{姓名}}，{{单位}}。' },
        { type: 'if', field: '警示', test: 'filled', then: [{ type: 'paragraph', text: '{{警示}}' }], else: [] },
      ] },
    ], alternatives: [{ id: 'b', label: '简版', content: [{ type: 'repeat', dataset: '案件', filters: [], each: [{ type: 'paragraph', text: '{{简述}}' }] }] }] },
    { id: 'c', label: '附记', required: false, repeatable: false, guidance: '', content: [{ type: 'table', dataset: '案件', filters: [], numbered: false, columns: [{ header: '备注', column: '备注', width: 1 }] }], alternatives: [] },
  ],
  attachments: [{ title: '案件清单', content: [{ type: 'table', dataset: '案件', filters: [], numbered: true, columns: [{ header: '姓名', column: '姓名', width: 1 }] }] }],
  signature: null, note: null, record: { cc: [], printer: null }, snippets: [], sample: { values: [], datasets: [{ name: '案件', columns: ['备注', '姓名'], rows: [] }] },
});

describe('requiredColumns', () => {
  it('finds every column read from one dataset, marks which are required and says where each is used', () => {
    const columns = requiredColumns(template, '案件');
    expect(columns.map((c) => [c.name, c.required])).toEqual([
      ['备注', false],
      ['姓名', true],
      ['人数', true],
      ['处置方式', true],
      ['职级', false],
      ['典型', true],
      ['单位', false],
      ['警示', true],
      ['简述', false],
    ]);
    expect(columns.find((c) => c.name === '姓名')?.usedBy).toEqual(['段落“问题”的重复段落', '附件“案件清单”的表格']);
    expect(columns.find((c) => c.name === '处置方式')?.usedBy).toEqual(['字段“立案数”的筛选条件']);
    expect(columns.find((c) => c.name === '职级')?.usedBy).toEqual(['字段“分布”的分组']);
    expect(requiredColumns(template, '其他').map((c) => c.name)).toEqual(['别的列']);
    expect(requiredColumns(template, '没有')).toEqual([]);
  });

  it('lists what the built-in 监察建议书 reads from its 问题清单 and 单位名录', () => {
    const builtin = TemplateSchema.parse(jianchaJianyi);
    expect(requiredColumns(builtin, '问题清单').map((c) => `${c.name}${c.required ? '' : '?'}`)).toEqual(['问题类别', '问题描述', '建议要点', '整改建议', '整改时限']);
    expect(requiredColumns(builtin, '单位名录').map((c) => c.name)).toEqual(['单位全称', '称谓']);
  });
});
