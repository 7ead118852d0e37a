import { describe, expect, it } from 'vitest';
import type { Block } from '../model/blocks.ts';
import { GongwenDocumentSchema, type GongwenDocument } from '../model/document.ts';
import { inlineText } from '../model/inline.ts';
import type { Cell, MergeTable } from './merge-table.ts';
import { mergeTemplate, type MergeInput } from './merge.ts';
import { acceptChanges, pendingChanges } from './refresh-accept.ts';
import { findStaleFields, type StaleField } from './refresh.ts';
import { TemplateSchema } from './template-schema.ts';

const template = TemplateSchema.parse({
  formatVersion: 2,
  id: 'refresh-repeats',
  version: '1.0.0',
  name: '整改通知',
  family: '整改通知',
  description: '测试用',
  genre: '通知',
  form: 'file',
  header: { organs: ['示范县纪委'], markSuffix: '文件', numberSequence: null, signers: [] },
  title: '关于整改问题的通知',
  byline: null,
  addressees: [],
  fields: [
    {
      key: '问题个数',
      label: '问题个数',
      type: 'number',
      required: true,
      default: null,
      format: { countingWord: '个' },
      binding: { kind: 'aggregate', dataset: '问题清单', aggregate: 'count', column: null, filters: [{ column: '状态', op: 'eq', value: '未整改' }] },
    },
  ],
  sections: [
    {
      id: 'problems',
      label: '存在问题',
      required: true,
      repeatable: false,
      guidance: '',
      content: [
        { type: 'paragraph', text: '经查，尚未整改的问题有{{问题个数}}。' },
        {
          type: 'repeat',
          dataset: '问题清单',
          filters: [{ column: '状态', op: 'eq', value: '未整改' }],
          each: [{ type: 'heading', level: 2, text: '{{问题类别}}。', runIn: '{{问题描述}}' }],
        },
        { type: 'paragraph', text: '请认真整改。' },
      ],
      alternatives: [],
    },
  ],
  attachments: [
    {
      title: '问题清单',
      content: [
        {
          type: 'table',
          dataset: '问题清单',
          filters: [],
          numbered: true,
          columns: [
            { header: '问题类别', column: '问题类别', width: 2 },
            { header: '问题描述', column: '问题描述', width: 4 },
            { header: '状态', column: '状态', width: 1 },
          ],
        },
      ],
    },
  ],
  signature: null,
  note: null,
  record: { cc: [], printer: null },
  snippets: [],
  sample: { values: [], datasets: [] },
});

const original: Cell[][] = [
  ['政治监督', '落实主体责任不到位', '未整改'],
  ['作风建设', '违规发放津贴补贴', '已整改'],
  ['财务管理', '公务接待超标准', '未整改'],
  ['选人用人', '干部档案管理不规范', '未整改'],
];

const ledger = (rows: Cell[][]): MergeTable => ({ name: '问题清单', sheet: null, columns: ['问题类别', '问题描述', '状态'], rows, rowNumbers: rows.map((_, i) => i + 2) });
const input = (rows: Cell[][]): MergeInput => ({ values: new Map(), datasets: new Map([['问题清单', ledger(rows)]]), today: '2024-12-05' });
const edited = (change: (rows: Cell[][]) => void): Cell[][] => {
  const rows = original.map((row) => [...row]);
  change(rows);
  return rows;
};

function merged(rows: Cell[][]): GongwenDocument {
  const { document, issues } = mergeTemplate(template, input(rows));
  expect(issues).toEqual([]);
  return document;
}

const headings = (document: GongwenDocument): string[] => document.body.flatMap((block) => (block.type === 'heading' ? [inlineText(block.content)] : []));
const tableOf = (document: GongwenDocument): string[][] => {
  const block = document.attachments[0]!.blocks[0] as Extract<Block, { type: 'table' }>;
  return block.rows.map((row) => row.cells.map((cell) => inlineText(cell.content)));
};
const byKey = (changes: StaleField[], key: string) => changes.filter((change) => change.key === key);
/** What a full merge of the new ledger prints, without the provenance that says which merge it was. */
const printed = (document: GongwenDocument) => JSON.stringify({ body: document.body.map((b) => JSON.stringify(b).replace(/"source":\{[^}]*\}/g, '')), table: tableOf(document) });

describe('refresh adds and removes repeat paragraphs and table rows', () => {
  const before = merged(original);

  it('inserts a new matching row in ledger order, in the paragraphs and in the attachment table, numbered', () => {
    const rows = edited((r) => r.splice(1, 0, ['纪律建设', '“三重一大”决策不规范', '未整改']));
    const changes = findStaleFields(before, template, input(rows));
    const [paragraph] = byKey(changes, '新增段落');
    expect(paragraph).toMatchObject({
      path: 'body.2+3',
      oldValue: null,
      newValue: '纪律建设。“三重一大”决策不规范',
      reason: '台账“问题清单”新增：第 3 行（问题类别“纪律建设”，问题描述““三重一大”决策不规范”），将插入一段',
      newSource: { dataset: '问题清单', rows: [3], filter: '状态 = 未整改' },
      structure: { kind: 'insertBlocks', container: 'body', index: 2 },
    });
    expect(byKey(changes, '新增表格行')[0]).toMatchObject({
      path: 'attachments.0.blocks.0.rows.2+3',
      reason: '台账“问题清单”新增：第 3 行（问题类别“纪律建设”，问题描述““三重一大”决策不规范”，状态“未整改”），将在表格中插入一行',
    });
    // The count moved too, and the rows below the new one are reported as moved.
    expect(byKey(changes, '问题个数')[0]).toMatchObject({ oldValue: '3个', newValue: '4个' });
    const after = acceptChanges(before, changes, 'all');
    expect(headings(after)).toEqual(['政治监督。', '纪律建设。', '财务管理。', '选人用人。']);
    expect(tableOf(after).map((row) => row.slice(0, 2))).toEqual([
      ['序号', '问题类别'],
      ['1', '政治监督'],
      ['2', '纪律建设'],
      ['3', '作风建设'],
      ['4', '财务管理'],
      ['5', '选人用人'],
    ]);
    expect(GongwenDocumentSchema.safeParse(after).success).toBe(true);
    expect(findStaleFields(after, template, input(rows))).toEqual([]);
    expect(printed(after)).toBe(printed(merged(rows)));
  });

  it('adds a row that starts passing the filter and drops one that stops, keeping the table row that still belongs', () => {
    const rows = edited((r) => {
      r[1]![2] = '未整改';
      r[2]![2] = '已整改';
    });
    const changes = findStaleFields(before, template, input(rows));
    expect(byKey(changes, '删除段落')).toEqual([
      expect.objectContaining({ path: 'body.2', reason: '台账“问题清单”第 4 行已不符合条件（状态 = 未整改）：（问题类别“财务管理”，问题描述“公务接待超标准”），将删除这一段' }),
    ]);
    expect(byKey(changes, '新增段落')).toEqual([expect.objectContaining({ path: 'body.2+3' })]);
    expect(byKey(changes, '删除表格行')).toEqual([]);
    expect(byKey(changes, '状态').map((change) => [change.oldValue, change.newValue])).toEqual([
      ['已整改', '未整改'],
      ['未整改', '已整改'],
    ]);
    const after = acceptChanges(before, changes, 'all');
    expect(headings(after)).toEqual(['政治监督。', '作风建设。', '选人用人。']);
    expect(findStaleFields(after, template, input(rows))).toEqual([]);
    expect(printed(after)).toBe(printed(merged(rows)));
  });

  it('removes the paragraph and table row of a row deleted from the ledger', () => {
    const rows = edited((r) => r.splice(0, 1));
    const changes = findStaleFields(before, template, input(rows));
    expect(byKey(changes, '删除段落')[0]!.reason).toBe('已不在台账中：台账“问题清单”原第 2 行（问题类别“政治监督”，问题描述“落实主体责任不到位”），将删除这一段');
    expect(byKey(changes, '删除表格行')[0]).toMatchObject({ path: 'attachments.0.blocks.0.rows.1', oldValue: '政治监督 落实主体责任不到位 未整改' });
    const after = acceptChanges(before, changes, 'all');
    expect(tableOf(after).map((row) => row[0])).toEqual(['序号', '1', '2', '3']);
    expect(findStaleFields(after, template, input(rows))).toEqual([]);
    expect(printed(after)).toBe(printed(merged(rows)));
  });

  it('keeps a paragraph the writer edited, and says so', () => {
    const touched: GongwenDocument = {
      ...before,
      body: before.body.map((block, i) =>
        i === 1 && block.type === 'heading' ? { ...block, runIn: [...(block.runIn ?? []), { type: 'text' as const, text: '（已约谈主要负责人）' }] } : block,
      ),
    };
    const rows = edited((r) => r.splice(0, 1));
    const changes = findStaleFields(touched, template, input(rows));
    const [kept] = byKey(changes, '保留段落');
    expect(kept).toMatchObject({ path: 'body.1', structure: { kind: 'keep' } });
    expect(kept!.reason).toBe('已不在台账中：台账“问题清单”原第 2 行（问题类别“政治监督”，问题描述“落实主体责任不到位”）；这一段已改动过，予以保留，请自行核对');
    // Its cells are not turned into gaps either.
    expect(changes.filter((change) => change.path.startsWith('body.1.'))).toEqual([]);
    const after = acceptChanges(touched, changes, 'all');
    expect(after.body[1]).toBe(touched.body[1]);
    expect(headings(after)).toEqual(['政治监督。', '财务管理。', '选人用人。']);
  });

  it('accepts one change at a time with the rest moved to their new places, ending where accepting all ends', () => {
    const rows = edited((r) => {
      r.splice(0, 1);
      r.push(['队伍建设', '执纪审查程序不规范', '未整改'], ['基层治理', '村务公开不及时', '未整改']);
    });
    const changes = findStaleFields(before, template, input(rows));
    expect(changes.filter((change) => change.structure).map((change) => change.key)).toEqual(['删除段落', '新增段落', '新增段落', '删除表格行', '新增表格行', '新增表格行']);
    let document = before;
    let pending = changes;
    // Last insertion first, then the removal above it, then the rest one by one from the top.
    for (const pick of [pending.findLast((c) => c.key === '新增段落')!, pending.find((c) => c.key === '删除段落')!]) {
      document = acceptChanges(document, pending, pick.path);
      pending = pendingChanges(pending, pick.path);
    }
    while (pending.length > 0) {
      document = acceptChanges(document, pending, pending[0]!.path);
      pending = pendingChanges(pending, pending[0]!.path);
    }
    expect(document).toEqual(acceptChanges(before, changes, 'all'));
    expect(headings(document)).toEqual(['财务管理。', '选人用人。', '队伍建设。', '基层治理。']);
    expect(findStaleFields(document, template, input(rows))).toEqual([]);
  });
});
