import { describe, expect, it } from 'vitest';
import { inlineText } from '../model/inline.ts';
import type { Block } from '../model/blocks.ts';
import { GongwenDocumentSchema } from '../model/document.ts';
import type { MergeTable } from './merge-table.ts';
import { mergeTemplate } from './merge.ts';
import { TemplateSchema, type Template } from './template-schema.ts';

const cases: MergeTable = {
  name: '案件台账',
  sheet: '2024',
  columns: ['被审查人', '处置方式', '挽回损失', '__proto__'],
  rows: [
    ['张某', '立案', '120000', 'x'],
    ['李某', '谈话函询', null, 'y'],
    ['王某', '立案', '545,700', 'z'],
    ['赵某', '立案', 'not a number', 'w'],
  ],
  rowNumbers: [2, 3, 4, 5],
};

function template(overrides: Partial<Template> = {}): Template {
  return TemplateSchema.parse({
    formatVersion: 1,
    id: 'test-report',
    version: '1.0.0',
    name: '测试报告',
    family: '工作总结',
    description: '测试用',
    genre: '报告',
    form: 'file',
    header: { organs: ['{{发文机关}}'], markSuffix: '文件', numberSequence: '某纪发', signers: [] },
    title: '关于{{年度}}年度工作情况的报告',
    byline: null,
    addressees: ['县委'],
    fields: [
      { key: '发文机关', label: '发文机关', type: 'text', required: true, default: '中共某某县纪律检查委员会', binding: null },
      { key: '年度', label: '年度', type: 'number', required: true, default: null, binding: null },
      { key: '立案件数', label: '立案件数', type: 'number', required: true, default: null, binding: { kind: 'aggregate', dataset: '案件台账', aggregate: 'count', column: null, filters: [{ column: '处置方式', op: 'eq', value: '立案' }] } },
      { key: '挽回损失', label: '挽回经济损失（万元）', type: 'money', required: false, default: null, format: { yuanToWan: true }, binding: { kind: 'aggregate', dataset: '案件台账', aggregate: 'sum', column: '挽回损失', filters: [{ column: '被审查人', op: 'in', value: ['张某', '王某'] }] } },
      { key: '备注', label: '备注', type: 'text', required: false, default: null, binding: null },
    ],
    sections: [
      {
        id: 'overview',
        label: '总体情况',
        required: true,
        repeatable: false,
        guidance: '概述全年工作。',
        content: [
          { type: 'paragraph', text: '全年立案{{立案件数}}件，挽回经济损失{{挽回损失}}万元。' },
          { type: 'if', field: '备注', test: 'filled', then: [{ type: 'paragraph', text: '{{备注}}' }], else: [] },
          { type: 'repeat', dataset: '案件台账', filters: [{ column: '处置方式', op: 'eq', value: '立案' }], each: [{ type: 'paragraph', text: '{{被审查人}}：{{处置方式}}。' }] },
        ],
        alternatives: [{ id: 'short', label: '简写', content: [{ type: 'paragraph', text: '立案{{立案件数}}件。' }] }],
      },
      { id: 'extra', label: '附加', required: false, repeatable: false, guidance: '', content: [{ type: 'paragraph', text: '可选段落。' }], alternatives: [] },
    ],
    attachments: [],
    signature: { organs: ['{{发文机关}}'], date: null, dateStyle: 'arabic', seal: 'sealed' },
    note: null,
    record: { cc: [], printer: null },
    snippets: [],
    sample: { values: [], datasets: [] },
    ...overrides,
  });
}

const texts = (blocks: Block[]) => blocks.map((b) => (b.type === 'paragraph' ? inlineText(b.content) : b.type));

describe('mergeTemplate', () => {
  it('fills typed values, defaults and ledger aggregates, and validates as a document', () => {
    const { document, issues } = mergeTemplate(template(), { values: new Map([['年度', '2024']]), datasets: new Map([['案件台账', cases]]), today: '2024-12-05' });
    expect(issues.filter((i) => !i.includes('不是数字'))).toEqual([]);
    expect(document.title).toBe('关于2024年度工作情况的报告');
    expect(document.header.organs).toEqual(['中共某某县纪律检查委员会']);
    expect(texts(document.body)).toEqual(['全年立案3件，挽回经济损失66.57万元。', '张某：立案。', '王某：立案。', '赵某：立案。', '可选段落。']);
    expect(document.signature.date).toBe('2024-12-05');
    expect(GongwenDocumentSchema.safeParse(document).success).toBe(true);
  });

  it('keeps the provenance of every ledger value', () => {
    const { document } = mergeTemplate(template(), { values: new Map([['年度', '2024']]), datasets: new Map([['案件台账', cases]]), today: '2024-12-05' });
    const first = document.body[0];
    const field = first?.type === 'paragraph' ? first.content.find((i) => i.type === 'field' && i.key === '立案件数') : undefined;
    expect(field).toMatchObject({ value: '3', source: { dataset: '案件台账', sheet: '2024', aggregate: 'count', rows: [2, 4, 5], filter: '处置方式 = 立案' } });
    const row = document.body[1];
    expect(row?.type === 'paragraph' && row.content[0]).toMatchObject({ type: 'field', key: '被审查人', value: '张某', source: { rows: [2], column: '被审查人' } });
  });

  it('reports what is missing instead of failing', () => {
    const { document, issues } = mergeTemplate(template(), { values: new Map(), datasets: new Map(), today: '2024-12-05' });
    expect(issues).toContain('必填字段“年度”还没有值');
    expect(issues).toContain('字段“立案件数”需要台账“案件台账”，尚未导入');
    expect(texts(document.body)[0]).toBe('全年立案【立案件数】件，挽回经济损失【挽回损失】万元。');
  });

  it('names the ledger row that is not a number', () => {
    const { issues } = mergeTemplate(template(), { values: new Map([['年度', '2024']]), datasets: new Map([['案件台账', { ...cases, rows: cases.rows.map((r) => [r[0]!, r[1]!, r[0] === '张某' ? 'abc' : r[2]!, r[3]!]) }]]), today: '2024-12-05' });
    expect(issues).toContain('字段“挽回损失”：台账“案件台账”第 2 行“挽回损失”列不是数字：abc');
  });

  it('switches boilerplate alternatives, leaves out optional sections, and honours conditions', () => {
    const { document } = mergeTemplate(template(), {
      values: new Map([['年度', '2024'], ['备注', '数据截至11月30日。']]),
      datasets: new Map([['案件台账', cases]]),
      choices: new Map([['overview', 'short']]),
      omitted: new Set(['extra']),
      today: '2024-12-05',
    });
    expect(texts(document.body)).toEqual(['立案3件。']);
    const full = mergeTemplate(template(), { values: new Map([['年度', '2024'], ['备注', '数据截至11月30日。']]), datasets: new Map([['案件台账', cases]]), today: '2024-12-05' });
    expect(texts(full.document.body)).toContain('数据截至11月30日。');
    expect(texts(full.document.body)).toContain('可选段落。');
  });

  it('treats __proto__, constructor and toString as plain unknown names', () => {
    const t = template({ title: '{{__proto__}}{{constructor}}{{toString}}' });
    const { document, issues } = mergeTemplate(t, { values: new Map(), datasets: new Map(), today: '2024-12-05' });
    expect(document.title).toBe('');
    expect(issues).toEqual(expect.arrayContaining(['模板“测试报告”引用了未声明的字段“__proto__”', '模板“测试报告”引用了未声明的字段“constructor”', '模板“测试报告”引用了未声明的字段“toString”']));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses templates with scripts or unknown node types', () => {
    const bad = { ...template(), sections: [{ ...template().sections[0]!, content: [{ type: 'script', code: 'process.exit()' }] }] };
    expect(TemplateSchema.safeParse(bad).success).toBe(false);
  });
});
