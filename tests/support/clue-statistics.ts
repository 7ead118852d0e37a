/**
 * A 工作总结-style statistics template over the generated clue ledger: 50 aggregate fields and a
 * repeat listing the 重点 clues — the refresh test checks what it finds, the bench times it.
 */
import { TemplateSchema, type Binding, type Filter } from '../../core/template/template-schema.ts';
import { clueDispositions as dispositions, clueRanks as ranks, clueSources as sources } from './clue-ledger.ts';

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
    ...Array.from({ length: 12 }, (_, m) =>
      count([
        { column: '受理日期', op: 'gte', value: `2024-${String(m + 1).padStart(2, '0')}-01` },
        { column: '受理日期', op: 'lte', value: `2024-${String(m + 1).padStart(2, '0')}-31` },
      ]),
    ),
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

export const clueStatisticsFields = bindings().map((binding, i) => ({
  key: `汇总${i + 1}`,
  label: `汇总${i + 1}`,
  type: 'number' as const,
  required: true,
  default: null,
  binding,
}));
export const clueStatisticsTemplate = TemplateSchema.parse({
  formatVersion: 2,
  id: 'refresh-large',
  version: '1.0.0',
  name: '线索统计',
  family: '工作总结',
  description: '',
  genre: '工作总结',
  form: 'plain',
  header: { organs: [], markSuffix: '', numberSequence: null, signers: [] },
  title: '线索统计',
  byline: null,
  addressees: [],
  fields: clueStatisticsFields,
  sections: [
    {
      id: 'numbers',
      label: '数字',
      required: true,
      repeatable: false,
      guidance: '',
      content: [
        ...clueStatisticsFields.map((f) => ({ type: 'paragraph', text: `${f.label}为{{${f.key}}}。` })),
        {
          type: 'repeat',
          dataset: '问题线索台账',
          filters: [{ column: '备注', op: 'eq', value: '重点' }],
          each: [{ type: 'paragraph', text: '{{受理编号}}：{{被反映人}}，{{处置方式}}。' }],
        },
      ],
      alternatives: [],
    },
  ],
  attachments: [],
  signature: null,
  note: null,
  record: { cc: [], printer: null },
  snippets: [],
  sample: { values: [], datasets: [] },
});
