import { describe, expect, it } from 'vitest';
import { yuanToWan } from '../format/numbers.ts';
import { GongwenDocumentSchema, type GongwenDocument } from '../model/document.ts';
import type { FieldInline } from '../model/inline.ts';
import type { Cell, MergeTable } from './merge-table.ts';
import { mergeTemplate, type MergeInput } from './merge.ts';
import { acceptChanges } from './refresh-accept.ts';
import { fieldSlots } from './refresh-walk.ts';
import { findStaleFields, type StaleField } from './refresh.ts';
import { TemplateSchema, type Template } from './template-schema.ts';

const columns = ['被审查人', '职务', '处置方式', '挽回损失', '__proto__'];
const dispositions = ['立案', '谈话函询', '立案', '初步核实', '立案'];
const posts = ['科员', '副科长', '科长', '副局长'];

/** 案件台账 as a secretary keeps it: one case per row under a header row, amounts in 元, some blank. */
function caseRows(count: number): Cell[][] {
  return Array.from({ length: count }, (_, i) => [
    `${'张王李赵刘陈杨黄'[i % 8]}某${i + 1}`,
    posts[i % 4]!,
    dispositions[i % 5]!,
    i % 7 === 0 ? null : ((i * 1370) % 50_000) + 5_000,
    `备注${i + 1}`,
  ]);
}

function ledger(rows: Cell[][]): MergeTable {
  return { name: '案件台账', sheet: '2024年', columns, rows, rowNumbers: rows.map((_, i) => i + 2) };
}

const template: Template = TemplateSchema.parse({
  formatVersion: 2,
  id: 'refresh-test',
  version: '1.0.0',
  name: '年度工作总结',
  family: '工作总结',
  description: '测试用',
  genre: '工作总结',
  form: 'plain',
  header: { organs: [], markSuffix: '', numberSequence: null, signers: [] },
  title: '{{年度}}年工作总结',
  byline: null,
  addressees: [],
  fields: [
    { key: '年度', label: '年度', type: 'number', required: true, default: '2024', binding: null },
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
      label: '挽回经济损失',
      type: 'money',
      required: true,
      default: null,
      format: { yuanToWan: true },
      binding: { kind: 'aggregate', dataset: '案件台账', aggregate: 'sum', column: '挽回损失', filters: [{ column: '处置方式', op: 'eq', value: '立案' }] },
    },
    {
      key: '分布',
      label: '处置方式分布',
      type: 'text',
      required: true,
      default: null,
      binding: { kind: 'group', dataset: '案件台账', aggregate: 'count', column: null, filters: [], groupBy: '处置方式', unit: '件' },
    },
    {
      key: '首案',
      label: '首案被审查人',
      type: 'text',
      required: true,
      default: null,
      binding: { kind: 'value', dataset: '案件台账', column: '被审查人', filters: [{ column: '__proto__', op: 'eq', value: '备注1' }] },
    },
  ],
  sections: [
    {
      id: 'overview',
      label: '总体情况',
      required: true,
      repeatable: false,
      guidance: '',
      content: [
        { type: 'paragraph', text: '全年立案{{立案件数}}件，挽回经济损失{{挽回损失}}万元。' },
        { type: 'heading', level: 2, text: '（一）{{年度}}年案件情况。', runIn: '其中{{分布}}，首案为{{首案}}。' },
        { type: 'enumeration', style: 'yishi', runOn: true, lead: '从案件看：', items: ['立案{{立案件数}}件', '挽回{{挽回损失}}万元'] },
        {
          type: 'repeat',
          dataset: '案件台账',
          filters: [{ column: '处置方式', op: 'eq', value: '谈话函询' }],
          each: [{ type: 'paragraph', text: '{{被审查人}}（{{职务}}，{{__proto__}}）：{{处置方式}}。' }],
        },
        {
          type: 'grid',
          headerRows: 1,
          columnWidths: [1, 1],
          rows: [
            ['项目', '数量'],
            ['立案', '{{立案件数}}'],
          ],
        },
      ],
      alternatives: [],
    },
  ],
  attachments: [{ title: '案件统计', content: [{ type: 'paragraph', text: '立案{{立案件数}}件。' }] }],
  signature: null,
  note: null,
  record: { cc: [], printer: null },
  snippets: [],
  sample: { values: [], datasets: [] },
});

const input = (rows: Cell[][]): MergeInput => ({ values: new Map(), datasets: new Map([['案件台账', ledger(rows)]]), today: '2024-12-05' });

function merged(rows: Cell[][]): GongwenDocument {
  const { document, issues } = mergeTemplate(template, input(rows));
  expect(issues).toEqual([]);
  return document;
}

const original = caseRows(200);
const countOf = (rows: Cell[][], disposition: string) => rows.filter((row) => row[2] === disposition).length;
const edited = (change: (rows: Cell[][]) => void): Cell[][] => {
  const rows = original.map((row) => [...row]);
  change(rows);
  return rows;
};
/** The ledger row number of the first 谈话函询 case the repeat printed: its index + 2 (header on row 1). */
const firstTalk = original.findIndex((row) => row[2] === '谈话函询');
const byKey = (changes: StaleField[], key: string) => changes.filter((change) => change.key === key);

describe('findStaleFields', () => {
  it('finds nothing when the re-imported ledger has the same numbers', () => {
    expect(findStaleFields(merged(original), template, input(original.map((row) => [...row])))).toEqual([]);
  });

  it('names the row whose filter column changed and every count it moved', () => {
    const rows = edited((r) => (r[firstTalk]![2] = '立案'));
    const changes = findStaleFields(merged(original), template, input(rows));
    const before = countOf(original, '立案');
    const row = firstTalk + 2;
    // The case no longer passes the repeat's filter: its paragraph goes, rather than its cell changing.
    expect(byKey(changes, '处置方式')).toEqual([]);
    const [name, post] = original[firstTalk]!;
    expect(byKey(changes, '删除段落')).toEqual([
      expect.objectContaining({
        path: `body.3`,
        newValue: null,
        reason: `台账“案件台账”第 ${row} 行已不符合条件（处置方式 = 谈话函询）：（被审查人“${name}”，职务“${post}”，__proto__“备注${firstTalk + 1}”，处置方式“谈话函询”），将删除这一段`,
        structure: expect.objectContaining({ kind: 'removeBlocks', container: 'body', index: 3, count: 1 }),
      }),
    ]);
    const counts = byKey(changes, '立案件数');
    const grid = 3 + countOf(original, '谈话函询');
    expect(counts.map((c) => c.path)).toEqual(['body.0.content.1', 'body.2.items.0.1', `body.${grid}.rows.1.cells.1.content.0`, 'attachments.0.blocks.0.content.1']);
    expect(counts[0]).toMatchObject({
      oldValue: String(before),
      newValue: String(before + 1),
      reason: `台账“案件台账”第 ${row} 行“处置方式”由“谈话函询”改为“立案”，立案件数由 ${before} 变为 ${before + 1}`,
    });
    expect(counts[0]!.newSource!.rows).toContain(row);
    // Groups print in the order they first appear in the ledger: the first 谈话函询 is now a 立案.
    expect(byKey(changes, '分布')[0]!.reason).toBe(
      `台账“案件台账”第 ${row} 行“处置方式”由“谈话函询”改为“立案”，处置方式分布由“立案120件、谈话函询40件、初步核实40件”变为“立案121件、初步核实40件、谈话函询39件”`,
    );
  });

  it('reports a changed cell in a repeat and a changed amount in a sum', () => {
    const firstCase = original.findIndex((row) => row[2] === '立案' && row[3] !== null);
    const rows = edited((r) => {
      r[firstTalk]![1] = '局长';
      r[firstCase]![3] = 1_000_000;
    });
    const changes = findStaleFields(merged(original), template, input(rows));
    expect(byKey(changes, '职务')).toEqual([
      expect.objectContaining({ oldValue: posts[firstTalk % 4], newValue: '局长', reason: `台账“案件台账”第 ${firstTalk + 2} 行“职务”由“${posts[firstTalk % 4]}”改为“局长”` }),
    ]);
    const sums = byKey(changes, '挽回损失');
    expect(sums).toHaveLength(2);
    expect(sums[0]!.reason).toMatch(new RegExp(`^台账“案件台账”所计 ${countOf(original, '立案')} 行中“挽回损失”列有变动，挽回经济损失由 [\\d.]+ 变为 [\\d.]+$`));
    expect(changes.map((c) => c.key).sort()).toEqual(['挽回损失', '挽回损失', '职务']);
  });

  it('counts an added row and follows repeat rows that an inserted row pushed down', () => {
    const appended = edited((r) => r.push(['新某', '科员', '立案', 8_000, '备注201']));
    const before = countOf(original, '立案');
    const added = byKey(findStaleFields(merged(original), template, input(appended)), '立案件数');
    expect(added[0]!.reason).toBe(`台账“案件台账”第 202 行（处置方式“立案”）现计入，立案件数由 ${before} 变为 ${before + 1}`);

    const inserted = edited((r) => r.splice(1, 0, ['新某', '科员', '立案', 8_000, '备注新']));
    const changes = findStaleFields(merged(original), template, input(inserted));
    const talk = byKey(changes, '被审查人');
    expect(talk).toHaveLength(countOf(original, '谈话函询'));
    expect(talk[0]).toMatchObject({
      oldValue: original[firstTalk]![0],
      newValue: original[firstTalk]![0],
      reason: `台账“案件台账”原第 ${firstTalk + 2} 行现为第 ${firstTalk + 3} 行`,
      newSource: { rows: [firstTalk + 3] },
    });
    expect(byKey(changes, '立案件数')[0]!.reason).toBe(`台账“案件台账”计入的行由 ${before} 行变为 ${before + 1} 行，立案件数由 ${before} 变为 ${before + 1}`);
  });

  it('reports a deleted row as gone, and the rows below it as moved up', () => {
    const rows = edited((r) => r.splice(firstTalk, 1));
    const changes = findStaleFields(merged(original), template, input(rows));
    const gone = changes.filter((c) => c.newValue === null);
    expect(gone.map((c) => c.key)).toEqual(['删除段落']);
    const [name, post] = original[firstTalk]!;
    expect(gone[0]!.reason).toBe(
      `已不在台账中：台账“案件台账”原第 ${firstTalk + 2} 行（被审查人“${name}”，职务“${post}”，__proto__“备注${firstTalk + 1}”，处置方式“谈话函询”），将删除这一段`,
    );
    expect(gone[0]!.newSource).toBeNull();
    const nextTalk = original.findIndex((row, i) => i > firstTalk && row[2] === '谈话函询');
    expect(changes.find((c) => c.key === '被审查人' && c.oldSource.rows[0] === nextTalk + 2)).toMatchObject({
      newValue: original[nextTalk]![0],
      reason: `台账“案件台账”原第 ${nextTalk + 2} 行现为第 ${nextTalk + 1} 行`,
    });
    expect(byKey(changes, '立案件数')).toEqual([]);
  });

  it('reports nothing for a sum in 万元 that rounds to the same figure', () => {
    const firstCase = original.findIndex((row) => row[2] === '立案' && typeof row[3] === 'number');
    const rows = edited((r) => (r[firstCase]![3] = (r[firstCase]![3] as number) + 10));
    const total = (data: Cell[][]) => data.reduce((sum, row) => sum + (row[2] === '立案' && typeof row[3] === 'number' ? row[3] : 0), 0);
    expect(total(rows)).not.toBe(total(original));
    expect(yuanToWan(total(rows))).toBe(yuanToWan(total(original)));
    expect(findStaleFields(merged(original), template, input(rows))).toEqual([]);
  });

  it('never touches a value the writer typed over', () => {
    const document = merged(original);
    const overridden: GongwenDocument = {
      ...document,
      body: document.body.map((block, i) =>
        i === 0 && block.type === 'paragraph'
          ? { ...block, content: block.content.map((inline) => (inline.type === 'field' && inline.key === '立案件数' ? { ...inline, value: '约120', source: null } : inline)) }
          : block,
      ),
    };
    const rows = edited((r) => (r[firstTalk]![2] = '立案'));
    const paths = findStaleFields(overridden, template, input(rows)).map((c) => c.path);
    expect(paths).not.toContain('body.0.content.1');
    expect(paths).toContain('body.2.items.0.1');
  });

  it('treats __proto__ as a plain column name', () => {
    const rows = edited((r) => {
      r[firstTalk]![4] = '已结案';
      r[0]![4] = '备注甲';
    });
    const changes = findStaleFields(merged(original), template, input(rows));
    expect(byKey(changes, '__proto__')).toEqual([
      expect.objectContaining({
        oldValue: `备注${firstTalk + 1}`,
        newValue: '已结案',
        reason: `台账“案件台账”第 ${firstTalk + 2} 行“__proto__”由“备注${firstTalk + 1}”改为“已结案”`,
      }),
    ]);
    // The lookup 首案 = 被审查人 where __proto__ = 备注1 now finds no row.
    expect(byKey(changes, '首案')[0]).toMatchObject({
      oldValue: original[0]![0],
      newValue: null,
      newSource: null,
      reason: `字段“首案”：台账“案件台账”中符合条件（__proto__ = 备注1）的行有 0 行，应恰好 1 行，首案被审查人原为“${original[0]![0]}”`,
    });
    expect(({} as Record<string, unknown>).已结案).toBeUndefined();
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });

  it('leaves fields alone when their ledger was not re-imported', () => {
    expect(findStaleFields(merged(original), template, { values: new Map(), datasets: new Map(), today: '2024-12-05' })).toEqual([]);
  });
});

describe('acceptChanges', () => {
  const rows = edited((r) => {
    r[firstTalk]![2] = '立案';
    // A 初步核实 case deleted further down: the counts change and the rows below it move up.
    r.splice(3, 1);
  });
  const document = merged(original);
  const snapshot = JSON.stringify(document);
  const changes = findStaleFields(document, template, input(rows));
  const fieldAt = (doc: GongwenDocument, path: string): FieldInline | undefined => fieldSlots(doc).find((slot) => slot.path === path)?.field;

  it('applies one change with its provenance and leaves the input document as it was', () => {
    const count = byKey(changes, '立案件数')[0]!;
    const next = acceptChanges(document, changes, count.path);
    expect(fieldAt(next, count.path)).toMatchObject({ value: count.newValue, source: count.newSource });
    expect(fieldAt(next, 'body.2.items.0.1')?.value).toBe(count.oldValue);
    expect(JSON.stringify(document)).toBe(snapshot);
    expect(next.attachments).toBe(document.attachments);
  });

  it('applies several or all, after which nothing is stale and the document is still valid', () => {
    const some = byKey(changes, '立案件数').map((c) => c.path);
    const partly = acceptChanges(document, changes, some);
    expect(findStaleFields(partly, template, input(rows)).map((c) => c.path)).toEqual(changes.map((c) => c.path).filter((path) => !some.includes(path)));
    const all = acceptChanges(document, changes, 'all');
    expect(findStaleFields(all, template, input(rows))).toEqual([]);
    expect(GongwenDocumentSchema.safeParse(all).success).toBe(true);
    expect(JSON.stringify(document)).toBe(snapshot);
  });

  it('leaves a field the writer edited after the changes were found', () => {
    const count = byKey(changes, '立案件数')[0]!;
    const typed = acceptChanges(document, [{ ...count, newValue: '一百余', newSource: null }], count.path);
    expect(acceptChanges(typed, changes, 'all') === typed).toBe(false);
    expect(fieldAt(acceptChanges(typed, changes, 'all'), count.path)).toMatchObject({ value: '一百余', source: null });
  });
});
