import { describe, expect, it } from 'vitest';
import type { Block } from '../../../../core/model/blocks.ts';
import { text } from '../../../../core/model/inline.ts';
import { blocksFromLines, bodyText } from './body-text.ts';

const source = { dataset: '案件台账', sheet: null, column: null, aggregate: 'count' as const, rows: [2, 3], filter: '处置方式 = 立案' };
const blocks: Block[] = [
  { type: 'heading', level: 1, content: text('主要工作'), runIn: null },
  { type: 'paragraph', content: [...text('全年立案'), { type: 'field', key: '立案件数', value: '118', source }, ...text('件。')] },
  { type: 'table', headerRows: 1, columnWidths: [1, 2], rows: [{ cells: [{ content: text('序号') }, { content: text('问题') }] }] },
  { type: 'pageBreak' },
  { type: 'paragraph', content: text('其他工作。') },
];

describe('body text', () => {
  it('prints ordinals, values and one marker per table and page break', () => {
    expect(bodyText(blocks).lines).toEqual(['一、主要工作', '全年立案118件。', '［表格1：1行×2列］', '［分页］', '其他工作。']);
  });

  it('gives back unchanged blocks with their fields, tables and page breaks', () => {
    const { lines, keep } = bodyText(blocks);
    expect(blocksFromLines(lines, keep)).toEqual(blocks);
  });

  it('reads what was typed as new blocks, keeping the untouched ones', () => {
    const { lines, keep } = bodyText(blocks);
    const edited = [lines[0]!, '全年立案120件。', '二、下一步打算', ...lines.slice(2)];
    const result = blocksFromLines(edited, keep);
    expect(result[1]).toEqual({ type: 'paragraph', content: text('全年立案120件。') });
    expect(result[2]).toMatchObject({ type: 'heading', level: 1, content: text('下一步打算') });
    expect(result[3]).toBe(blocks[2]);
  });
});
