import { describe, expect, it } from 'vitest';
import type { MergeTable } from './merge-table.ts';
import { LawReferencesSchema, type LawReferences } from './law-references.ts';
import { mergeTemplate, type MergeInput } from './merge.ts';
import { findStaleFields } from './refresh.ts';
import { TemplateSchema } from './template-schema.ts';

const template = TemplateSchema.parse({
  formatVersion: 2,
  id: 'refresh-bindings',
  version: '1.0.0',
  name: '监察建议书',
  family: '建议书',
  description: '测试用',
  genre: '建议书',
  form: 'file',
  header: { organs: ['示范县监察委员会'], markSuffix: '文件', numberSequence: null, signers: [] },
  title: '监察建议书',
  byline: null,
  addressees: ['{{单位}}'],
  fields: [
    { key: '单位', label: '被建议单位', type: 'unit', required: true, default: null, binding: null },
    { key: '称谓', label: '称谓', type: 'text', required: true, default: null, binding: { kind: 'value', dataset: '单位名录', column: '称谓', filters: [{ column: '单位全称', op: 'eq', value: { field: '单位' } }] } },
    { key: '立案日期', label: '立案日期', type: 'date', required: true, default: null, format: { dateStyle: 'chinese' }, binding: { kind: 'value', dataset: '案件台账', column: '立案日期', filters: [{ column: '案件编号', op: 'eq', value: 'A002' }] } },
    { key: '版本', label: '监察法版本', type: 'text', required: true, default: '2024', binding: null },
    { key: '条款', label: '条款', type: 'text', required: true, default: null, binding: { kind: 'law', law: '监察法', versionField: '版本', provisions: ['建议'] } },
  ],
  sections: [{ id: 'body', label: '正文', required: true, repeatable: false, guidance: '', content: [{ type: 'paragraph', text: '{{立案日期}}立案审查后，依据《中华人民共和国监察法》{{条款}}，建议{{称谓}}整改。' }], alternatives: [] }],
  attachments: [],
  signature: { organs: ['示范县监察委员会'], date: null, dateStyle: 'arabic', seal: 'sealed' },
  note: null,
  record: { cc: [], printer: null },
  snippets: [],
  sample: { values: [], datasets: [] },
});

const units = (rows: string[][]): MergeTable => ({ name: '单位名录', sheet: null, columns: ['单位全称', '称谓'], rows, rowNumbers: rows.map((_, i) => i + 2) });
const cases = (rows: string[][]): MergeTable => ({ name: '案件台账', sheet: '2024年', columns: ['案件编号', '立案日期'], rows, rowNumbers: rows.map((_, i) => i + 2) });
const directory = [['示范县财政局', '你局'], ['示范镇人民政府', '你镇']];
const register = [['A001', '2024-02-01'], ['A002', '2024-03-05']];

function laws(article: string): LawReferences {
  return LawReferencesSchema.parse({
    formatVersion: 1,
    laws: [{ id: '监察法', title: '《中华人民共和国监察法》', versions: [{ id: '2018', label: '2018年通过', effective: '2018-03-20', provisions: [['建议', '第四十五条']] }, { id: '2024', label: '2024年修正', effective: '2025-06-01', provisions: [['建议', article]] }] }],
  });
}

const input = (unitRows: string[][], caseRows: string[][], article = '第五十二条'): MergeInput => ({
  values: new Map([['单位', '示范镇人民政府']]),
  datasets: new Map([['单位名录', units(unitRows)], ['案件台账', cases(caseRows)]]),
  today: '2024-12-05',
  laws: laws(article),
});

const { document, issues } = mergeTemplate(template, input(directory, register));

describe('findStaleFields for looked-up values, dates and law articles', () => {
  it('starts from a complete document', () => {
    expect(issues).toEqual([]);
  });

  it('follows a lookup keyed by a typed field, and a row that only moved is no change', () => {
    expect(findStaleFields(document, template, input([['示范县教育局', '你局'], ...directory], register))).toEqual([]);
    const [change] = findStaleFields(document, template, input([directory[0]!, ['示范镇人民政府', '贵镇']], register));
    expect(change).toMatchObject({ key: '称谓', oldValue: '你镇', newValue: '贵镇', reason: '台账“单位名录”第 3 行“称谓”有变动，称谓由“你镇”变为“贵镇”', newSource: { rows: [3], filter: '单位全称 = 示范镇人民政府' } });
  });

  it('reports a lookup that no longer finds its row, with the merge’s own message', () => {
    const [change] = findStaleFields(document, template, input([directory[0]!], register));
    expect(change).toMatchObject({ key: '称谓', newValue: null, newSource: null, reason: '字段“称谓”：台账“单位名录”中符合条件（单位全称 = 示范镇人民政府）的行有 0 行，应恰好 1 行，称谓原为“你镇”' });
  });

  it('prints a changed date as the merge prints it', () => {
    const [change] = findStaleFields(document, template, input(directory, [register[0]!, ['A002', '2024.3.6']]));
    expect(change).toMatchObject({ key: '立案日期', oldValue: '二〇二四年三月五日', newValue: '二〇二四年三月六日', reason: '台账“案件台账”第 3 行“立案日期”有变动，立案日期由“二〇二四年三月五日”变为“二〇二四年三月六日”' });
  });

  it('recomputes a law article from updated law references', () => {
    const [change] = findStaleFields(document, template, input(directory, register, '第五十三条'));
    expect(change).toMatchObject({ key: '条款', oldValue: '第五十二条', newValue: '第五十三条', reason: '法规条文依据《中华人民共和国监察法》（2024年修正），条款由“第五十二条”变为“第五十三条”' });
  });
});
