import { describe, expect, it } from 'vitest';
import { loadBuiltinPack } from '../../host/templates/builtin-pack.ts';
import { describeFindings, lintTemplate } from './template-lint.ts';
import { TemplateSchema, type Template } from './template-schema.ts';

function template(overrides: Partial<Template>): Template {
  return TemplateSchema.parse({
    formatVersion: 2,
    id: 'own-advice',
    version: '1.0.0',
    name: '本单位建议书',
    family: '建议书',
    description: '',
    genre: '建议书',
    form: 'file',
    header: { organs: ['中共某县纪律检查委员会'], markSuffix: '', numberSequence: null, signers: [] },
    title: '关于{{事由}}的纪律检查建议',
    byline: null,
    addressees: ['{{被建议单位}}'],
    fields: [
      { key: '事由', label: '事由', type: 'text', required: true, default: null, binding: null },
      { key: '被建议单位', label: '被建议单位', type: 'text', required: true, default: null, binding: null },
      { key: '问题数', label: '问题数', type: 'number', required: false, default: null, binding: { kind: 'aggregate', dataset: '问题清单', aggregate: 'count', column: null, filters: [{ column: '单位', op: 'eq', value: { field: '被建议单位' } }] } },
    ],
    sections: [
      { id: 'problems', label: '存在的主要问题', required: true, repeatable: false, guidance: '逐条写明问题。', alternatives: [], content: [{ type: 'paragraph', text: '共发现问题{{问题数}}个。' }, { type: 'repeat', dataset: '问题清单', filters: [], each: [{ type: 'paragraph', text: '{{问题描述}}' }] }] },
      { id: 'advice', label: '建议', required: true, repeatable: false, guidance: '', alternatives: [], content: [{ type: 'paragraph', text: '建议你单位：……' }] },
      { id: 'reply', label: '回复要求', required: true, repeatable: false, guidance: '', alternatives: [], content: [{ type: 'paragraph', text: '请于30日内书面回复。' }] },
    ],
    attachments: [],
    signature: { organs: ['中共某县纪律检查委员会'], date: null, dateStyle: 'arabic', seal: 'sealed' },
    note: null,
    record: { cc: [], printer: null },
    snippets: [],
    sample: { values: [['事由', '加强资金监管']], datasets: [{ name: '问题清单', columns: ['单位', '问题描述'], rows: [['县财政局', '拨付滞后']] }] },
    ...overrides,
  });
}

const messages = (t: Template) => describeFindings(lintTemplate(t));

describe('lintTemplate', () => {
  it('finds nothing in a sound template', () => {
    expect(messages(template({}))).toEqual([]);
  });

  it('reports a placeholder or condition naming an undeclared field, with the section and the field', () => {
    const base = template({});
    const sections = base.sections.map((s, i) =>
      i === 2 ? { ...s, content: [{ type: 'if' as const, field: '回复期限', test: 'filled' as const, then: [{ type: 'paragraph' as const, text: '请于{{回复天数}}日内回复。' }], else: [] }] } : s,
    );
    const findings = lintTemplate({ ...base, title: '关于{{事项}}的建议', sections });
    expect(findings.filter((f) => f.severity === 'error')).toEqual([
      { severity: 'error', section: '模板的标题', field: '事项', message: '模板的标题：引用了未声明的字段“事项”' },
      { severity: 'error', section: '回复要求', field: '回复期限', message: '段落“回复要求”：引用了未声明的字段“回复期限”' },
      { severity: 'error', section: '回复要求', field: '回复天数', message: '段落“回复要求”：引用了未声明的字段“回复天数”' },
    ]);
  });

  it('reports columns the ledger’s sample lacks: in a binding, a filter, a repeat and a table', () => {
    const base = template({});
    const fields = base.fields.map((f) => (f.key === '问题数' ? { ...f, binding: { kind: 'aggregate' as const, dataset: '问题清单', aggregate: 'sum' as const, column: '金额', filters: [] } } : f));
    const sections = [
      {
        ...base.sections[0]!,
        content: [
          { type: 'paragraph' as const, text: '共{{问题数}}元。' },
          { type: 'repeat' as const, dataset: '问题清单', filters: [{ column: '整改状态', op: 'eq' as const, value: '未完成' }], each: [{ type: 'paragraph' as const, text: '{{问题描述}}{{责任人}}' }] },
          { type: 'table' as const, dataset: '问题清单', filters: [], numbered: true, columns: [{ header: '时限', column: '整改时限', width: 1 }] },
        ],
      },
      ...base.sections.slice(1),
    ];
    expect(messages({ ...base, fields, sections })).toEqual([
      '错误：段落“存在的主要问题”：筛选条件读取台账“问题清单”中没有的列“整改状态”',
      '错误：段落“存在的主要问题”：重复段落读取台账“问题清单”中没有的列“责任人”，也没有同名的字段',
      '错误：段落“存在的主要问题”：表格的“时限”列读取台账“问题清单”中没有的列“整改时限”',
      '错误：字段“问题数”读取台账“问题清单”中没有的列“金额”',
    ]);
  });

  it('reports empty repeats, repeats that read no column and ledgers without a sample', () => {
    const base = template({});
    const sections = [
      {
        ...base.sections[0]!,
        content: [
          { type: 'paragraph' as const, text: '共发现问题{{问题数}}个。' },
          { type: 'repeat' as const, dataset: '问题清单', filters: [], each: [] },
          { type: 'repeat' as const, dataset: '问题清单', filters: [], each: [{ type: 'paragraph' as const, text: '同上。' }] },
          { type: 'repeat' as const, dataset: '案件台账', filters: [], each: [{ type: 'paragraph' as const, text: '{{案由}}' }] },
        ],
      },
      ...base.sections.slice(1),
    ];
    expect(messages({ ...base, sections })).toEqual([
      '错误：段落“存在的主要问题”：重复段落（台账“问题清单”）没有内容',
      '提醒：段落“存在的主要问题”：重复段落（台账“问题清单”）不读取台账的任何列，每一行都印出相同的文字',
      '提醒：段落“存在的主要问题”：台账“案件台账”没有示例数据，无法核对所读的列名；示例生成的公文里这部分是空的',
    ]);
  });

  it('warns about a part the family needs, writing prompts in the text, unused fields and stray sample values', () => {
    const base = template({});
    const sections = [base.sections[0]!, { ...base.sections[1]!, content: [{ type: 'paragraph' as const, text: '（此处写明建议内容）' }, { type: 'paragraph' as const, text: '逐条写明问题。' }] }];
    const fields = [...base.fields, { key: '联系人', label: '联系人', type: 'text' as const, required: false, default: null, binding: null }];
    expect(messages({ ...base, sections, fields, sample: { ...base.sample, values: [['承办室', '第一室']] } })).toEqual([
      '提醒：段落“建议”：“（此处写明建议内容）”像是写作提示，会印进公文；请改写到段落的写作提示里',
      '提醒：段落“建议”：“逐条写明问题。”像是写作提示，会印进公文；请改写到段落的写作提示里',
      '提醒：字段“联系人”已声明，但模板中没有用到',
      '提醒：示例数据给未声明的字段“承办室”填了值',
      '提醒：缺少建议书应有的“回复要求”部分',
    ]);
  });

  it('finds no errors in the built-in templates, and each provides the parts of its family', async () => {
    const { templates } = await loadBuiltinPack();
    for (const t of templates) {
      const findings = lintTemplate(t);
      expect(findings.filter((f) => f.severity === 'error'), t.id).toEqual([]);
      expect(findings.filter((f) => f.message.includes('应有的')), t.id).toEqual([]);
    }
  });
});
