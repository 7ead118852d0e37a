import { describe, expect, it } from 'vitest';
import { bodyIndent, paragraph, run } from '../typeset/build.ts';
import type { TypesetItem, TypesetTable } from '../typeset/typeset.ts';
import { textBlockWidth } from './gbt9704.ts';
import { paginate } from './paginate.ts';

const body = (lines: number) => paragraph('body', [run('纪'.repeat(26 + 28 * (lines - 1)))], { indent: bodyIndent });
const heading = paragraph('heading2', [run('（一）建立问题清单', { font: 'kaiti' })], { indent: bodyIndent, keepNext: true });
const row = (text: string, header = false) => ({
  cells: [{ paragraphs: [paragraph('tableCell', [run(text, { size: 28 })])], width: textBlockWidth, colSpan: 1, verticalMerge: null }],
  header,
  height: null,
  cantSplit: true,
});
const table: TypesetTable = {
  kind: 'table',
  role: 'bodyTable',
  columnWidths: [textBlockWidth],
  rows: [row('表头', true), row('第一行'), row('第二行')],
  borders: { top: null, bottom: null, insideH: null, insideV: null, left: null, right: null },
  source: 'body.2',
};
const itemsOn = (flow: TypesetItem[]) => paginate(flow, 0, flow.length).map((page) => page.placed.map((placed) => placed.piece.item));

describe('paginate', () => {
  it('moves a table’s header row and the heading above it over with the first body row', () => {
    // 20 body lines, the heading on line 21, the header row on line 22: the first body row does not fit.
    expect(itemsOn([body(20), heading, table])).toEqual([Array(20).fill(0), [1, 2, 2, 2]]);
  });

  it('repeats the header row above rows continued on the next page', () => {
    const pages = paginate([body(20), table], 0, 2);
    const second = pages[1]!.placed.map((placed) => placed.piece.lines[0]!.text);
    expect(second).toEqual(['表头', '第二行']);
  });

  it('keeps a keep-with-next chain that fills a page from its top where it is', () => {
    const chain = Array.from({ length: 22 }, () => heading);
    const pages = paginate([...chain, body(1)], 0, 23);
    expect(pages.map((page) => page.placed.length)).toEqual([22, 1]);
  });

  it('reserves room at the top of page 1 for a tall 信函 header', () => {
    const pages = paginate([body(22)], 0, 1, 579);
    expect(pages.map((page) => page.placed.length)).toEqual([21, 1]);
  });
});
