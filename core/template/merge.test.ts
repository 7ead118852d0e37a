import { describe, expect, it } from 'vitest';
import { inlineText } from '../model/inline.ts';
import type { Block } from '../model/blocks.ts';
import { GongwenDocumentSchema } from '../model/document.ts';
import type { MergeTable } from './merge-table.ts';
import { LawReferencesSchema } from './law-references.ts';
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
      { key: '发文机关', label: '发文机关', type: 'text', required: true, default: '中共示范县纪律检查委员会', binding: null },
      { key: '年度', label: '年度', type: 'number', required: true, default: null, binding: null },
      {
        key: '立案件数',
        label: '立案件数',
        type: 'number',
        required: true,
        default: null,
        binding: { kind: 'aggregate', dataset: '案件台账', aggregate: 'count', column: null, filters: [{ column: '处置方式', op: 'eq', value: '立案' }] },
      },
      {
        key: '挽回损失',
        label: '挽回经济损失（万元）',
        type: 'money',
        required: false,
        default: null,
        format: { yuanToWan: true },
        binding: { kind: 'aggregate', dataset: '案件台账', aggregate: 'sum', column: '挽回损失', filters: [{ column: '被审查人', op: 'in', value: ['张某', '王某'] }] },
      },
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
    expect(document.header.organs).toEqual(['中共示范县纪律检查委员会']);
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
    const { issues } = mergeTemplate(template(), {
      values: new Map([['年度', '2024']]),
      datasets: new Map([['案件台账', { ...cases, rows: cases.rows.map((r) => [r[0]!, r[1]!, r[0] === '张某' ? 'abc' : r[2]!, r[3]!]) }]]),
      today: '2024-12-05',
    });
    expect(issues).toContain('字段“挽回损失”：台账“案件台账”第 2 行“挽回损失”列不是数字：abc');
  });

  it('switches boilerplate alternatives, leaves out optional sections, and honours conditions', () => {
    const { document } = mergeTemplate(template(), {
      values: new Map([
        ['年度', '2024'],
        ['备注', '数据截至11月30日。'],
      ]),
      datasets: new Map([['案件台账', cases]]),
      choices: new Map([['overview', 'short']]),
      omitted: new Set(['extra']),
      today: '2024-12-05',
    });
    expect(texts(document.body)).toEqual(['立案3件。']);
    const full = mergeTemplate(template(), {
      values: new Map([
        ['年度', '2024'],
        ['备注', '数据截至11月30日。'],
      ]),
      datasets: new Map([['案件台账', cases]]),
      today: '2024-12-05',
    });
    expect(texts(full.document.body)).toContain('数据截至11月30日。');
    expect(texts(full.document.body)).toContain('可选段落。');
  });

  it('treats __proto__, constructor and toString as plain unknown names', () => {
    const t = template({ title: '{{__proto__}}{{constructor}}{{toString}}' });
    const { document, issues } = mergeTemplate(t, { values: new Map(), datasets: new Map(), today: '2024-12-05' });
    expect(document.title).toBe('');
    expect(issues).toEqual(
      expect.arrayContaining(['模板“测试报告”引用了未声明的字段“__proto__”', '模板“测试报告”引用了未声明的字段“constructor”', '模板“测试报告”引用了未声明的字段“toString”']),
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses templates with scripts or unknown node types', () => {
    const bad = { ...template(), sections: [{ ...template().sections[0]!, content: [{ type: 'script', code: 'process.exit()' }] }] };
    expect(TemplateSchema.safeParse(bad).success).toBe(false);
  });

  it('cites law articles of the version a field chooses, with where they came from', () => {
    const laws = LawReferencesSchema.parse({
      formatVersion: 1,
      laws: [
        {
          id: '监察法',
          title: '《中华人民共和国监察法》',
          versions: [
            { id: '2018', label: '2018年通过', effective: '2018-03-20', provisions: [['建议', '第四十五条']] },
            { id: '2024', label: '2024年修正', effective: '2025-06-01', provisions: [['建议', '第五十二条']] },
          ],
        },
      ],
    });
    const t = template({
      fields: [
        ...template().fields,
        { key: '版本', label: '版本', type: 'text', required: true, default: '2024', binding: null },
        { key: '条款', label: '条款', type: 'text', required: true, default: null, binding: { kind: 'law', law: '监察法', versionField: '版本', provisions: ['建议'] } },
      ],
      sections: [{ ...template().sections[1]!, content: [{ type: 'paragraph', text: '根据《中华人民共和国监察法》{{条款}}的规定。' }] }],
    });
    const merge = (values: [string, string][], withLaws = true) =>
      mergeTemplate(t, { values: new Map([['年度', '2024'], ...values]), datasets: new Map(), today: '2024-12-05', ...(withLaws ? { laws } : {}) });
    expect(texts(merge([]).document.body)).toEqual(['根据《中华人民共和国监察法》第五十二条的规定。']);
    expect(texts(merge([['版本', '2018']]).document.body)).toEqual(['根据《中华人民共和国监察法》第四十五条的规定。']);
    const first = merge([]).document.body[0];
    expect(first?.type === 'paragraph' && first.content[1]).toMatchObject({
      key: '条款',
      source: { dataset: '法规条文', sheet: '《中华人民共和国监察法》（2024年修正）', filter: '建议' },
    });
    expect(merge([['版本', '2019']]).issues).toContain('字段“条款”：《中华人民共和国监察法》没有“2019”版本，可选：2018、2024');
    expect(merge([], false).issues).toContain('字段“条款”需要法规条文数据，尚未载入');
  });

  it('looks a unit up in the directory by another field, counts per group, and fills fixed tables', () => {
    const units: MergeTable = {
      name: '单位名录',
      sheet: null,
      columns: ['单位全称', '称谓'],
      rows: [
        ['示范县财政局', '你局'],
        ['示范镇人民政府', '你镇'],
      ],
      rowNumbers: [2, 3],
    };
    const t = template({
      fields: [
        ...template().fields,
        { key: '单位', label: '单位', type: 'unit', required: true, default: null, binding: null },
        {
          key: '称谓',
          label: '称谓',
          type: 'text',
          required: true,
          default: null,
          binding: { kind: 'value', dataset: '单位名录', column: '称谓', filters: [{ column: '单位全称', op: 'eq', value: { field: '单位' } }] },
        },
        {
          key: '分布',
          label: '分布',
          type: 'text',
          required: true,
          default: null,
          binding: { kind: 'group', dataset: '案件台账', aggregate: 'count', column: null, filters: [], groupBy: '处置方式', unit: '件' },
        },
        {
          key: '循环',
          label: '循环',
          type: 'text',
          required: false,
          default: null,
          binding: { kind: 'value', dataset: '单位名录', column: '称谓', filters: [{ column: '单位全称', op: 'eq', value: { field: '循环' } }] },
        },
      ],
      sections: [
        {
          ...template().sections[1]!,
          content: [
            { type: 'paragraph', text: '请{{称谓}}整改。其中{{分布}}。' },
            {
              type: 'grid',
              headerRows: 0,
              columnWidths: [1, 2],
              rows: [
                ['单位', '{{单位}}'],
                ['签收', ''],
              ],
            },
          ],
        },
      ],
    });
    const { document, issues } = mergeTemplate(t, {
      values: new Map([
        ['年度', '2024'],
        ['单位', '示范镇人民政府'],
      ]),
      datasets: new Map([
        ['案件台账', cases],
        ['单位名录', units],
      ]),
      today: '2024-12-05',
    });
    expect(texts(document.body)).toEqual(['请你镇整改。其中立案3件、谈话函询1件。', 'table']);
    const grid = document.body[1];
    expect(grid?.type === 'table' && grid.rows.map((row) => row.cells.map((cell) => inlineText(cell.content)))).toEqual([
      ['单位', '示范镇人民政府'],
      ['签收', ''],
    ]);
    expect(issues.filter((i) => !i.includes('不是数字'))).toEqual([]);
    const loop = mergeTemplate(
      { ...t, sections: [{ ...t.sections[0]!, content: [{ type: 'paragraph', text: '{{循环}}' }] }] },
      {
        values: new Map([['年度', '2024']]),
        datasets: new Map([
          ['单位名录', units],
          ['案件台账', cases],
        ]),
        today: '2024-12-05',
      },
    );
    expect(loop.issues).toContain('字段“循环”的取值依赖它自己');
    const unknownUnit = mergeTemplate(t, {
      values: new Map([
        ['年度', '2024'],
        ['单位', '示范县教育局'],
      ]),
      datasets: new Map([
        ['案件台账', cases],
        ['单位名录', units],
      ]),
      today: '2024-12-05',
    });
    expect(unknownUnit.issues).toContain('字段“称谓”：台账“单位名录”中符合条件（单位全称 = 示范县教育局）的行有 0 行，应恰好 1 行');
  });

  it('prints the 文号, 印发日期 and signer title it is given, and no 署名 when the template has none', () => {
    const t = template({
      header: { ...template().header, documentNumber: '某纪发〔{{年度}}〕5号' },
      record: { cc: [], printer: '示范县纪委办公室', printDate: '2024年12月6日' },
      signature: { organs: ['{{发文机关}}'], date: '2024年12月6日', dateStyle: 'arabic', seal: 'signatureSeal', signerTitle: '书记' },
    });
    const { document } = mergeTemplate(t, { values: new Map([['年度', '2024']]), datasets: new Map([['案件台账', cases]]), today: '2024-12-05' });
    expect(document.header.documentNumber).toBe('某纪发〔2024〕5号');
    expect(document.record).toEqual({ cc: [], printer: '示范县纪委办公室', printDate: '2024-12-06' });
    expect(document.signature).toMatchObject({ date: '2024-12-06', seal: 'signatureSeal', signerTitle: '书记' });
    const speech = mergeTemplate(template({ signature: null }), { values: new Map([['年度', '2024']]), datasets: new Map([['案件台账', cases]]), today: '2024-12-05' });
    expect(speech.document.signature).toEqual({ organs: [], date: null, dateStyle: 'arabic', seal: 'unsealed', signerTitle: null });
  });

  it('refuses a grid whose rows do not match its columns', () => {
    const bad = { ...template(), sections: [{ ...template().sections[0]!, content: [{ type: 'grid', headerRows: 0, columnWidths: [1, 2], rows: [['only one']] }] }] };
    expect(TemplateSchema.safeParse(bad).success).toBe(false);
  });

  it('names the ledger column a repeat needs once, instead of calling it an unknown field', () => {
    const t = template({
      sections: [
        { ...template().sections[1]!, content: [{ type: 'repeat', dataset: '案件台账', filters: [], each: [{ type: 'paragraph', text: '{{被审查人}}{{职务}}{{年度}}' }] }] },
      ],
    });
    const { document, issues } = mergeTemplate(t, { values: new Map([['年度', '2024']]), datasets: new Map([['案件台账', cases]]), today: '2024-12-05' });
    expect(issues.filter((i) => !i.includes('不是数字'))).toEqual(['台账“案件台账”没有重复段落所需的“职务”列']);
    expect(texts(document.body)[0]).toBe('张某【职务】2024');
  });

  it('prints ledger table cells as fields traced to their row and column, so 数据来源 lists them', () => {
    const t = template({
      sections: [
        {
          ...template().sections[1]!,
          content: [
            {
              type: 'table',
              dataset: '案件台账',
              filters: [{ column: '处置方式', op: 'eq', value: '立案' }],
              numbered: true,
              columns: [
                { header: '姓名', column: '被审查人', width: 2 },
                { header: '金额', column: '挽回损失', width: 1 },
              ],
            },
          ],
        },
      ],
    });
    const { document } = mergeTemplate(t, { values: new Map([['年度', '2024']]), datasets: new Map([['案件台账', cases]]), today: '2024-12-05' });
    const table = document.body[0];
    if (table?.type !== 'table') throw new Error('no table');
    expect(table.rows.map((row) => row.cells.map((cell) => inlineText(cell.content)))).toEqual([
      ['序号', '姓名', '金额'],
      ['1', '张某', '120000'],
      ['2', '王某', '545,700'],
      ['3', '赵某', 'not a number'],
    ]);
    expect(table.rows[0]!.cells[1]!.content).toEqual([{ type: 'text', text: '姓名' }]);
    expect(table.rows[1]!.cells[0]!.content).toEqual([{ type: 'text', text: '1' }]);
    expect(table.rows[2]!.cells[1]!.content).toEqual([
      { type: 'field', key: '被审查人', value: '王某', source: { dataset: '案件台账', sheet: '2024', column: '被审查人', aggregate: 'value', rows: [4], filter: '' } },
    ]);
    expect(GongwenDocumentSchema.safeParse(document).success).toBe(true);
  });

  it('puts the counting word after a number, per group too, but not after words', () => {
    const t = template({
      fields: [
        { key: '年度', label: '年度', type: 'number', required: true, default: null, binding: null },
        {
          key: '件数',
          label: '件数',
          type: 'number',
          required: true,
          default: null,
          format: { countingWord: '件' },
          binding: { kind: 'aggregate', dataset: '案件台账', aggregate: 'count', column: null, filters: [{ column: '处置方式', op: 'eq', value: '立案' }] },
        },
        { key: '人次', label: '人次', type: 'number', required: true, default: '约十', format: { countingWord: '人次' }, binding: null },
        {
          key: '分布',
          label: '分布',
          type: 'text',
          required: true,
          default: null,
          format: { countingWord: '件' },
          binding: { kind: 'group', dataset: '案件台账', aggregate: 'count', column: null, filters: [], groupBy: '处置方式', unit: '' },
        },
      ],
      sections: [{ ...template().sections[1]!, content: [{ type: 'paragraph', text: '立案{{件数}}，处分{{人次}}，其中{{分布}}。' }] }],
    });
    const merge = (values: [string, string][]) =>
      texts(mergeTemplate(t, { values: new Map([['年度', '2024'], ...values]), datasets: new Map([['案件台账', cases]]), today: '2024-12-05' }).document.body);
    expect(merge([])).toEqual(['立案3件，处分约十，其中立案3件、谈话函询1件。']);
    expect(merge([['人次', '12']])).toEqual(['立案3件，处分12人次，其中立案3件、谈话函询1件。']);
  });

  it('compares dates, not printed text, when a filter reads a date field', () => {
    const filed: MergeTable = {
      name: '案件台账',
      sheet: null,
      columns: ['被审查人', '立案日期'],
      rows: [
        ['甲', '2024.3.5'],
        ['乙', '2024-03-06'],
        ['丙', '2024年3月7日'],
        ['丁', '2024/11/2'],
        ['戊', '待定'],
      ],
      rowNumbers: [2, 3, 4, 5, 6],
    };
    const t = template({
      fields: [
        { key: '年度', label: '年度', type: 'number', required: true, default: null, binding: null },
        { key: '起始日期', label: '起始日期', type: 'date', required: true, default: null, format: { dateStyle: 'chinese' }, binding: null },
        {
          key: '以来立案',
          label: '以来立案',
          type: 'number',
          required: true,
          default: null,
          binding: { kind: 'aggregate', dataset: '案件台账', aggregate: 'count', column: null, filters: [{ column: '立案日期', op: 'gte', value: { field: '起始日期' } }] },
        },
        {
          key: '当日立案',
          label: '当日立案',
          type: 'text',
          required: true,
          default: null,
          binding: { kind: 'value', dataset: '案件台账', column: '被审查人', filters: [{ column: '立案日期', op: 'eq', value: { field: '起始日期' } }] },
        },
        {
          key: '此前立案',
          label: '此前立案',
          type: 'number',
          required: true,
          default: null,
          binding: { kind: 'aggregate', dataset: '案件台账', aggregate: 'count', column: null, filters: [{ column: '立案日期', op: 'lte', value: '2024-03-06' }] },
        },
      ],
      sections: [{ ...template().sections[1]!, content: [{ type: 'paragraph', text: '{{起始日期}}以来立案{{以来立案}}件，当日立案的是{{当日立案}}，此前{{此前立案}}件。' }] }],
    });
    const { document, issues } = mergeTemplate(t, {
      values: new Map([
        ['年度', '2024'],
        ['起始日期', '2024年3月6日'],
      ]),
      datasets: new Map([['案件台账', filed]]),
      today: '2024-12-05',
    });
    expect(issues).toEqual(['模板“测试报告”引用了未声明的字段“发文机关”']);
    expect(texts(document.body)).toEqual(['二〇二四年三月六日以来立案3件，当日立案的是乙，此前2件。']);
    const first = document.body[0];
    expect(first?.type === 'paragraph' && first.content[2]).toMatchObject({ key: '以来立案', source: { rows: [3, 4, 5], filter: '立案日期 ≥ 2024-03-06' } });
  });
});
