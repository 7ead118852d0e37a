import { describe, expect, it } from 'vitest';
import { mergeTemplate } from './merge.ts';
import { findStaleFields } from './refresh.ts';
import { TemplateSchema, type Binding, type Filter } from './template-schema.ts';
import { clueDispositions as dispositions, clueLedger, clueRanks as ranks, clueRows, clueSources as sources } from '../../tests/support/clue-ledger.ts';


function bindings(): Binding[] {
  const count = (filters: Filter[]): Binding => ({ kind: 'aggregate', dataset: '问题线索台账', aggregate: 'count', column: null, filters });
  const of = (aggregate: 'sum' | 'avg' | 'min' | 'max', column: string, filters: Filter[]): Binding => ({ kind: 'aggregate', dataset: '问题线索台账', aggregate, column, filters });
  const eq = (column: string, value: string): Filter => ({ column, op: 'eq', value });
  return [
    ...dispositions.map((d) => count([eq('处置方式', d)])),
    ...sources.map((s) => count([eq('来源', s)])),
    ...ranks.map((r) => count([eq('职级', r), eq('处置方式', '立案')])),
    ...dispositions.map((d) => of('sum', '涉案金额', [eq('处置方式', d)])),
    ...ranks.map((r) => of('sum', '挽回损失', [eq('职级', r)])),
    ...Array.from({ length: 12 }, (_, m) => count([{ column: '受理日期', op: 'gte', value: `2024-${String(m + 1).padStart(2, '0')}-01` }, { column: '受理日期', op: 'lte', value: `2024-${String(m + 1).padStart(2, '0')}-31` }])),
    count([]),
    count([eq('是否移送', '是')]),
    count([{ column: '办结日期', op: 'notEmpty', value: null }]),
    count([{ column: '处置方式', op: 'in', value: ['立案', '初步核实'] }]),
    of('avg', '涉案金额', []),
    of('max', '涉案金额', []),
    of('min', '挽回损失', []),
    of('sum', '处分人数', []),
    of('sum', '处分人数', [eq('是否移送', '是')]),
    count([{ column: '单位', op: 'contains', value: '第1' }]),
    count([eq('处置方式', '立案'), eq('来源', '巡察移交')]),
    count([eq('处置方式', '谈话函询'), eq('来源', '信访举报')]),
    of('sum', '挽回损失', [eq('处置方式', '立案')]),
    of('max', '挽回损失', [eq('来源', '审计移送')]),
    of('avg', '处分人数', [eq('职级', '乡科级')]),
  ];
}

const fields = bindings().map((binding, i) => ({ key: `汇总${i + 1}`, label: `汇总${i + 1}`, type: 'number' as const, required: true, default: null, binding }));
const template = TemplateSchema.parse({
  formatVersion: 2, id: 'refresh-large', version: '1.0.0', name: '线索统计', family: '工作总结', description: '', genre: '工作总结', form: 'plain',
  header: { organs: [], markSuffix: '', numberSequence: null, signers: [] }, title: '线索统计', byline: null, addressees: [], fields,
  sections: [{
    id: 'numbers', label: '数字', required: true, repeatable: false, guidance: '',
    content: [
      ...fields.map((f) => ({ type: 'paragraph', text: `${f.label}为{{${f.key}}}。` })),
      { type: 'repeat', dataset: '问题线索台账', filters: [{ column: '备注', op: 'eq', value: '重点' }], each: [{ type: 'paragraph', text: '{{受理编号}}：{{被反映人}}，{{处置方式}}。' }] },
    ],
    alternatives: [],
  }],
  attachments: [], signature: null, note: null, record: { cc: [], printer: null }, snippets: [], sample: { values: [], datasets: [] },
});

describe('findStaleFields over a 100 000-row ledger', () => {
  it('recomputes 50 bound fields and 20 listed rows of a re-imported ledger quickly', () => {
    expect(fields).toHaveLength(50);
    const original = clueRows(100_000);
    const { document, issues } = mergeTemplate(template, { values: new Map(), datasets: new Map([['问题线索台账', clueLedger(original)]]), today: '2024-12-05' });
    expect(issues).toEqual([]);
    // The re-import: one clue deleted near the top (every listed row below moves up), one listed case now 立案.
    const rows = original.map((row) => [...row]);
    rows.splice(100, 1);
    rows[10_006]![5] = '立案';
    // Each run gets a new table object, so its column index is built inside the timing, as after a real re-import.
    const input = () => ({ values: new Map<string, string>(), datasets: new Map([['问题线索台账', clueLedger(rows)]]), today: '2024-12-05' });
    const changes = findStaleFields(document, template, input());
    const times = Array.from({ length: 5 }, () => {
      const fresh = input();
      const started = performance.now();
      findStaleFields(document, template, fresh);
      return performance.now() - started;
    }).sort((a, b) => a - b);
    const [fastest, , median] = times as [number, number, number];
    console.info(`findStaleFields：10 万行 × 15 列台账，50 个汇总字段、20 个列出的行，最快 ${fastest.toFixed(1)} ms，中位 ${median.toFixed(1)} ms`);
    const moved = changes.filter((c) => c.key === '受理编号');
    expect(moved).toHaveLength(19);
    expect(moved[0]).toMatchObject({ oldValue: 'XS005007', newValue: 'XS005007', reason: '台账“问题线索台账”原第 5009 行现为第 5008 行' });
    expect(changes.find((c) => c.key === '处置方式' && c.oldSource.rows[0] === 10_009)).toMatchObject({ newValue: '立案', reason: `台账“问题线索台账”原第 10009 行现为第 10008 行，“处置方式”由“${original[10_007]![5]}”改为“立案”` });
    expect(changes.find((c) => c.key === '汇总1')?.reason).toBe('台账“问题线索台账”计入的行有变动，汇总1由 20000 变为 19999');
    expect(changes.find((c) => c.key === '汇总28')?.reason).toMatch(/^台账“问题线索台账”计入的行由 \d+ 行变为 \d+ 行，汇总28由 \d+ 变为 \d+$/);
    expect(changes.filter((c) => c.key.startsWith('汇总')).length).toBeGreaterThan(5);
    // The goal is 100 ms on a quiet machine; the bound leaves room for a busy CI runner with suites in parallel.
    expect(fastest).toBeLessThan(400);
  });
});
