/**
 * Templates: render a 建议书 from its template and ledger data (merge + writeDocx), and 50
 * aggregate fields over a generated 100 000-row × 15-column ledger through the merge — computed
 * the first time (the ledger's column index is built on the way) and recomputed (it is reused).
 */
import { writeDocx } from '../core/docx/write-docx.ts';
import { mergeTemplate } from '../core/template/merge.ts';
import { sampleMergeInput } from '../core/template/sample-input.ts';
import { TemplateSchema, type Binding, type FieldDef, type Filter } from '../core/template/template-schema.ts';
import { loadBuiltinPack } from '../host/templates/builtin-pack.ts';
import { findStaleFields } from '../core/template/refresh.ts';
import { clueDispositions as dispositions, clueLedger, clueRanks as ranks, clueRows, clueSources as sources } from '../tests/support/clue-ledger.ts';
import { clueStatisticsTemplate } from '../tests/support/clue-statistics.ts';
import type { Figure } from './figure.ts';

const pack = await loadBuiltinPack();
const suggestion = pack.templates.find((t) => t.id === 'jijian-jiancha-jianyi');
if (!suggestion) throw new Error(`内置模板包缺少纪检监察建议书：${pack.problems.map((p) => p.message).join('；')}`);
const suggestionInput = sampleMergeInput(suggestion, '2024-12-05', pack.laws ?? undefined);

const bigRows = clueRows(100_000);
const big = clueLedger(bigRows);

// A re-imported ledger: one clue gone near the top (every listed row below moves up) and one listed case now 立案.
const reimported = bigRows.map((row) => [...row]);
reimported.splice(100, 1);
reimported[10_006]![5] = '立案';
const refreshed = mergeTemplate(clueStatisticsTemplate, { values: new Map(), datasets: new Map([['问题线索台账', big]]), today: '2024-12-05' }).document;

function bindings(): Binding[] {
  const count = (filters: Filter[]): Binding => ({ kind: 'aggregate', dataset: '问题线索台账', aggregate: 'count', column: null, filters });
  const of = (aggregate: 'sum' | 'avg' | 'min' | 'max', column: string, filters: Filter[]): Binding => ({ kind: 'aggregate', dataset: '问题线索台账', aggregate, column, filters });
  const list: Binding[] = [];
  for (const d of dispositions) list.push(count([{ column: '处置方式', op: 'eq', value: d }]));
  for (const s of sources) list.push(count([{ column: '来源', op: 'eq', value: s }]));
  for (const r of ranks) list.push(count([{ column: '职级', op: 'eq', value: r }, { column: '处置方式', op: 'eq', value: '立案' }]));
  for (const d of dispositions) list.push(of('sum', '涉案金额', [{ column: '处置方式', op: 'eq', value: d }]));
  for (const r of ranks) list.push(of('sum', '挽回损失', [{ column: '职级', op: 'eq', value: r }]));
  for (let m = 1; m <= 12; m++) list.push(count([{ column: '受理日期', op: 'gte', value: `2024-${String(m).padStart(2, '0')}-01` }, { column: '受理日期', op: 'lte', value: `2024-${String(m).padStart(2, '0')}-31` }]));
  list.push(count([]), count([{ column: '是否移送', op: 'eq', value: '是' }]), count([{ column: '办结日期', op: 'notEmpty', value: null }]), count([{ column: '处置方式', op: 'in', value: ['立案', '初步核实'] }]));
  list.push(of('avg', '涉案金额', []), of('max', '涉案金额', []), of('min', '挽回损失', []), of('sum', '处分人数', []), of('sum', '处分人数', [{ column: '是否移送', op: 'eq', value: '是' }]));
  list.push(count([{ column: '单位', op: 'contains', value: '第1' }]));
  list.push(count([{ column: '处置方式', op: 'eq', value: '立案' }, { column: '来源', op: 'eq', value: '巡察移交' }]), count([{ column: '处置方式', op: 'eq', value: '谈话函询' }, { column: '来源', op: 'eq', value: '信访举报' }]));
  list.push(of('sum', '挽回损失', [{ column: '处置方式', op: 'eq', value: '立案' }]), of('max', '挽回损失', [{ column: '来源', op: 'eq', value: '审计移送' }]), of('avg', '处分人数', [{ column: '职级', op: 'eq', value: '乡科级' }]));
  return list;
}

const bound = bindings();
if (bound.length !== 50) throw new Error(`应为 50 个汇总字段，实为 ${bound.length} 个`);
const fields: FieldDef[] = bound.map((binding, i) => ({ key: `汇总${i + 1}`, label: `汇总${i + 1}`, type: 'number', required: true, default: null, binding }));
const statistics = TemplateSchema.parse({
  formatVersion: 1, id: 'bench-statistics', version: '1.0.0', name: '统计基准', family: '工作总结', description: '', genre: '工作总结', form: 'plain',
  header: { organs: [], markSuffix: '', numberSequence: null, signers: [] }, title: '统计', byline: null, addressees: [], fields,
  sections: [{ id: 'numbers', label: '数字', required: true, repeatable: false, guidance: '', content: fields.map((f) => ({ type: 'paragraph', text: `{{${f.key}}}` })), alternatives: [] }],
  attachments: [], signature: null, note: null, record: { cc: [], printer: null }, snippets: [], sample: { values: [], datasets: [] },
});
const statisticsInput = { values: new Map<string, string>(), datasets: new Map([['问题线索台账', big]]), today: '2024-12-05' };

const figures: Figure[] = [
  {
    name: '由模板和台账生成纪检监察建议书（合并 + 写 .docx）',
    runs: 30,
    warmup: 5,
    goalMs: 40,
    run: async () => {
      const { document, issues } = mergeTemplate(suggestion, suggestionInput);
      if (issues.length > 0) throw new Error(issues.join('；'));
      return writeDocx(document);
    },
  },
  {
    name: '首次计算 50 个汇总字段（10 万行 × 15 列台账，含建立列索引）',
    runs: 10,
    warmup: 2,
    run: () => {
      // A new table object has no index yet, exactly like a freshly imported ledger.
      const { issues } = mergeTemplate(statistics, { ...statisticsInput, datasets: new Map([['问题线索台账', { ...big }]]) });
      if (issues.length > 0) throw new Error(issues.join('；'));
    },
  },
  {
    name: '重算 50 个汇总字段（10 万行 × 15 列台账）',
    runs: 20,
    warmup: 3,
    goalMs: 50,
    run: () => {
      const { issues } = mergeTemplate(statistics, statisticsInput);
      if (issues.length > 0) throw new Error(issues.join('；'));
    },
  },
  {
    name: '重新导入台账后找出变动的值（10 万行，50 个汇总字段 + 20 个列出的行，含建立列索引）',
    runs: 10,
    warmup: 2,
    goalMs: 100,
    run: () => {
      // A new table object, as after a real re-import: its column index is built inside the timing.
      const changes = findStaleFields(refreshed, clueStatisticsTemplate, { values: new Map(), datasets: new Map([['问题线索台账', clueLedger(reimported)]]), today: '2024-12-05' });
      if (changes.length === 0) throw new Error('重新导入的台账应有变动');
    },
  },
];

export default figures;
