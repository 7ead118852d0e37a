import fc from 'fast-check';
import { createEditor, $getRoot } from 'lexical';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../../../core/model/blocks.ts';
import { text, type Inline, type Provenance } from '../../../../../core/model/inline.ts';
import { $blocksFromRoot, $readRoot, blocksToEditorState } from './convert.ts';
import { bodyNodes } from './nodes.ts';
import { $renumber } from './numbering.ts';
import { BodyHeadingNode } from './HeadingNode.ts';
import { EnumItemNode } from './EnumItemNode.ts';

const source: Provenance = { dataset: '案件台账', sheet: 'Sheet1', column: '处置方式', aggregate: 'count', rows: [3, 5, 9], filter: '处置方式 = 立案' };

const roundTrip = (blocks: readonly Block[]): Block[] => {
  const editor = createEditor({
    nodes: bodyNodes,
    onError: (error) => {
      throw error;
    },
  });
  return blocksToEditorState(editor, blocks).read($blocksFromRoot);
};

const every: Block[] = [
  { type: 'heading', level: 1, content: text('主要工作'), runIn: null },
  { type: 'heading', level: 2, content: text('强化政治监督。'), runIn: [...text('全年立案'), { type: 'field', key: '立案件数', value: '118', source }, ...text('件。')] },
  { type: 'heading', level: 3, content: text('标题无后文。'), runIn: [] },
  {
    type: 'paragraph',
    content: [{ type: 'text', text: '加粗', bold: true }, ...text('与普通'), { type: 'break' }, ...text('换行后'), { type: 'field', key: '整改期限', value: null, source: null }],
  },
  { type: 'enumeration', style: 'yishi', runOn: true, lead: text('主要做法：'), items: [text('抓学习；'), text('抓整改；'), text('抓落实。')] },
  { type: 'enumeration', style: 'diyi', runOn: false, lead: text('建议你局：'), items: [text('第一项内容。'), [{ type: 'field', key: '问题个数', value: '4', source }]] },
  { type: 'enumeration', style: 'diyi', runOn: false, lead: [], items: [text('紧随的另一组。'), text('第二项。')] },
  { type: 'enumeration', style: 'yishi', runOn: false, lead: [], items: [text('一是另一种。')] },
  { type: 'heading', level: 4, content: text('四级'), runIn: null },
  {
    type: 'table',
    headerRows: 1,
    columnWidths: [1, 2, 3],
    rows: [
      { cells: [{ content: text('序号') }, { content: text('问题'), colSpan: 2 }] },
      { cells: [{ content: text('1'), rowSpan: 2 }, { content: [{ type: 'field', key: '问题描述', value: '台账不全', source }] }, { content: [] }] },
      { cells: [{ content: text('甲') }, { content: text('乙') }] },
    ],
  },
  { type: 'pageBreak' },
  { type: 'paragraph', content: text('其他工作。') },
];

describe('body blocks ⇄ editor state', () => {
  it('round-trips every block type identically, with fields and their provenance', () => {
    expect(roundTrip(every)).toEqual(every);
  });

  it('gives an empty body one paragraph to type in, and reads it back as no blocks', () => {
    const editor = createEditor({
      nodes: bodyNodes,
      onError: (error) => {
        throw error;
      },
    });
    const state = blocksToEditorState(editor, []);
    expect(state.read(() => $getRoot().getChildrenSize())).toBe(1);
    expect(state.read($blocksFromRoot)).toEqual([]);
  });

  it('places every top-level node in its block, a whole enumeration in one', () => {
    const editor = createEditor({
      nodes: bodyNodes,
      onError: (error) => {
        throw error;
      },
    });
    const placed = blocksToEditorState(editor, every).read(() => [...$readRoot().placed.values()]);
    // The 第一/第二 enumeration with its lead is three paragraphs of block 5, the next one two of block 6.
    expect(placed).toEqual([0, 1, 2, 3, 4, 5, 5, 5, 6, 6, 7, 8, 9, 10, 11]);
  });

  it('numbers headings and items the way the model prints them', () => {
    const editor = createEditor({
      nodes: bodyNodes,
      onError: (error) => {
        throw error;
      },
    });
    blocksToEditorState(editor, every);
    editor.update($renumber, { discrete: true });
    const ordinals = editor.getEditorState().read(() =>
      $getRoot()
        .getChildren()
        .map((node) => (node instanceof BodyHeadingNode || node instanceof EnumItemNode ? node.getOrdinal() : null)),
    );
    expect(ordinals).toEqual(['一、', '（一）', '1.', null, null, '', '第一，', '第二，', '第一，', '第二，', '一是', '（1）', null, null, null]);
  });

  it('round-trips random block lists', () => {
    const run = fc.oneof(
      fc.string({ minLength: 1, maxLength: 6 }).map((t): Inline => ({ type: 'text', text: t })),
      fc.constant<Inline>({ type: 'break' }),
      fc
        .record({ key: fc.constantFrom('甲', '乙'), value: fc.option(fc.constantFrom('1', '二十')) })
        .map(({ key, value }): Inline => ({ type: 'field', key, value, source: value ? source : null })),
    );
    // The model keeps adjacent text as one run, as the editor does.
    const content = fc.array(run, { maxLength: 5 }).map((items) =>
      items.reduce<Inline[]>((out, item) => {
        const last = out.at(-1);
        if (item.type === 'text' && last?.type === 'text') out[out.length - 1] = { type: 'text', text: last.text + item.text };
        else out.push(item);
        return out;
      }, []),
    );
    const filled = content.filter((c) => c.some((i) => i.type !== 'text' || i.text.trim() !== ''));
    const block: fc.Arbitrary<Block> = fc.oneof(
      filled.map((c): Block => ({ type: 'paragraph', content: c })),
      fc.record({ level: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const), content, runIn: fc.option(content) }).map((h): Block => ({ type: 'heading', ...h })),
      fc
        .record({ style: fc.constantFrom('yishi' as const, 'diyi' as const), runOn: fc.boolean(), lead: content, items: fc.array(content, { minLength: 1, maxLength: 3 }) })
        .map((e): Block => ({ type: 'enumeration', ...e })),
      fc.constant<Block>({ type: 'pageBreak' }),
    );
    fc.assert(
      fc.property(fc.array(block, { maxLength: 8 }), (blocks) => {
        expect(roundTrip(blocks)).toEqual(blocks);
      }),
      { numRuns: 150 },
    );
  });
});
