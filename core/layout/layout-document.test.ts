import { describe, expect, it } from 'vitest';
import { blankLine, bodyIndent, paragraph, run } from '../typeset/build.ts';
import type { TypesetDocument, TypesetItem, TypesetTable } from '../typeset/typeset.ts';
import { gbt9704, textBlockWidth } from './gbt9704.ts';
import { layoutDocument } from './layout-document.ts';
import type { LaidPage } from './page-layout.ts';
import { textBlockHeight } from './paginate.ts';

const fonts = { fangsong: '仿宋_GB2312', kaiti: '楷体_GB2312', heiti: '黑体', xiaobiaosong: '方正小标宋简体', songti: '宋体', latin: 'Times New Roman' };
const { margin, linePitch } = gbt9704;

/** A body paragraph of exactly `lines` full lines (26 characters after the indent, then 28 each). */
const bodyLines = (lines: number, source = 'body.0') => paragraph('body', [run('纪'.repeat(26 + 28 * (lines - 1)))], { indent: bodyIndent, source });
const heading = (source: string) => paragraph('heading1', [run('一、总体要求', { font: 'heiti' })], { indent: bodyIndent, keepNext: true, source });

const record = (): TypesetTable => ({
  kind: 'table',
  role: 'record',
  columnWidths: [textBlockWidth],
  rows: [
    { cells: [{ paragraphs: [paragraph('recordCc', [run('抄送：县委办公室。', { size: 28 })], { source: 'record.cc' })], width: textBlockWidth, colSpan: 1, verticalMerge: null }], header: false, height: null, cantSplit: true },
    { cells: [{ paragraphs: [paragraph('recordPrinter', [run('县纪委办公室', { size: 28 })], { source: 'record.printer' })], width: textBlockWidth, colSpan: 1, verticalMerge: null }], header: false, height: null, cantSplit: true },
  ],
  borders: { top: { size: 8 }, bottom: { size: 8 }, insideH: { size: 6 }, insideV: null, left: null, right: null },
  source: 'record',
});
/** The record above: two 579-twip rows plus its three rules (1 pt + 0.75 pt + 1 pt). */
const recordHeight = 2 * linePitch + 20 + 15 + 20;

function typeset(flow: TypesetItem[], withRecord = false, firstPage = true): TypesetDocument {
  const items = withRecord ? [...flow, record()] : flow;
  return { flow: items, recordStart: withRecord ? flow.length : null, pageNumbers: { firstPage }, letterhead: null, fonts };
}

const textLines = (page: LaidPage) => page.lines.filter((line) => line.text !== '');

describe('layoutDocument', () => {
  it('puts 22 lines of 579 twips on a page and continues on the next', () => {
    const layout = layoutDocument(typeset([bodyLines(30), bodyLines(20, 'body.1')]));
    expect(layout.pages.map((page) => page.lines.length)).toEqual([22, 22, 6]);
    const first = layout.pages[0]!.lines;
    expect(first[0]!.y).toBe(margin.top);
    expect(first[21]!.y).toBe(margin.top + 21 * linePitch);
    expect(first[0]!.x).toBe(margin.left + gbt9704.indent.firstLineTwips);
    expect(first[1]!.x).toBe(margin.left);
    expect(first[1]!.justifyTo).toBe(textBlockWidth);
    expect(layout.pages[1]!.lines[8]!.source).toBe('body.1');
  });

  it('moves a heading at the foot of a page over with the paragraph it belongs to', () => {
    const layout = layoutDocument(typeset([bodyLines(21), heading('body.1'), bodyLines(3, 'body.2')]));
    expect(layout.pages[0]!.lines).toHaveLength(21);
    expect(layout.pages[1]!.lines[0]!.text).toBe('一、总体要求');
    expect(layout.pages[1]!.lines[0]!.y).toBe(margin.top);
  });

  it('does not split a paragraph to keep lines together (widow control is off)', () => {
    const layout = layoutDocument(typeset([bodyLines(21), bodyLines(3, 'body.1')]));
    expect(layout.pages[0]!.lines).toHaveLength(22);
    expect(layout.pages[1]!.lines).toHaveLength(2);
  });

  it('starts a page at pageBreakBefore', () => {
    const label = paragraph('attachmentLabel', [run('附件', { font: 'heiti' })], { pageBreakBefore: true, source: 'attachments.0' });
    const layout = layoutDocument(typeset([bodyLines(2), label, bodyLines(1, 'attachments.0.blocks.0')]));
    expect(layout.pages).toHaveLength(2);
    expect(layout.pages[1]!.lines[0]!.source).toBe('attachments.0');
  });

  it('numbers odd pages on the right and even pages on the left, one 4号 character in', () => {
    const layout = layoutDocument(typeset([bodyLines(30)]));
    const [odd, even] = layout.pages.map((page) => page.pageNumber!);
    expect(odd!.text).toBe('— 1 —');
    expect(odd!.x + odd!.width).toBe(margin.left + textBlockWidth - gbt9704.indent.pageNumber);
    expect(even!.x).toBe(margin.left + gbt9704.indent.pageNumber);
    expect(odd!.y).toBe(gbt9704.page.height - margin.footer - gbt9704.pageNumberLine);
  });

  it('leaves the first page of a letter without a number', () => {
    const layout = layoutDocument(typeset([bodyLines(30)], false, false));
    expect(layout.pages.map((page) => page.showNumber)).toEqual([false, true]);
  });

  it('puts the 版记 on its own even page when the body ends on an odd page, unnumbered', () => {
    const layout = layoutDocument(typeset([bodyLines(5)], true));
    const blankLines = Math.floor((textBlockHeight - recordHeight) / linePitch);
    const spacer = textBlockHeight - recordHeight - blankLines * linePitch - 20;
    expect(layout.recordPadding).toEqual({ blankLines, spacer, newPage: true, blankPageBefore: false });
    expect(layout.pages.map((page) => [page.kind, page.showNumber])).toEqual([['content', true], ['record', false]]);
    const recordPage = layout.pages[1]!;
    expect(recordPage.lines[0]!.y).toBe(margin.top + blankLines * linePitch + spacer + 20);
    const lastRule = Math.max(...recordPage.rules.map((rule) => rule.y1));
    expect(margin.top + textBlockHeight - lastRule).toBe(20 + 10);
  });

  it('pads the 版记 down on the body’s last page when that page is even and has room', () => {
    const layout = layoutDocument(typeset([bodyLines(30)], true));
    const room = textBlockHeight - 8 * linePitch - recordHeight;
    const blankLines = Math.floor(room / linePitch);
    expect(layout.recordPadding).toEqual({ blankLines, spacer: room - blankLines * linePitch - 20, newPage: false, blankPageBefore: false });
    expect(layout.pages).toHaveLength(2);
    expect(layout.pages[1]!.showNumber).toBe(true);
    expect(textLines(layout.pages[1]!).map((line) => line.source)).toContain('record.cc');
  });

  it('adds a blank odd page when the body fills its last, even page', () => {
    const layout = layoutDocument(typeset([bodyLines(43)], true));
    expect(layout.recordPadding?.blankPageBefore).toBe(true);
    expect(layout.pages.map((page) => [page.number, page.kind, page.showNumber])).toEqual([
      [1, 'content', true],
      [2, 'content', true],
      [3, 'blank', false],
      [4, 'record', false],
    ]);
  });

  it('tells whether the first page shows any body text', () => {
    expect(layoutDocument(typeset([bodyLines(2)])).firstPageShowsBody).toBe(true);
    const title = Array.from({ length: 22 }, () => blankLine());
    expect(layoutDocument(typeset([...title, bodyLines(2)])).firstPageShowsBody).toBe(false);
  });

  it('repeats table header rows on the next page and never splits a row', () => {
    const cell = (text: string) => ({ paragraphs: [paragraph('tableCell', [run(text, { size: 28 })], { align: 'center' })], width: textBlockWidth, colSpan: 1, verticalMerge: null });
    const table: TypesetTable = {
      kind: 'table',
      role: 'bodyTable',
      columnWidths: [textBlockWidth],
      rows: [{ cells: [cell('表头')], header: true, height: null, cantSplit: true }, ...Array.from({ length: 30 }, (_, i) => ({ cells: [cell(`第${i + 1}行`)], header: false, height: null, cantSplit: true }))],
      borders: { top: { size: 4 }, bottom: { size: 4 }, insideH: { size: 4 }, insideV: null, left: null, right: null },
      source: 'body.0',
    };
    const layout = layoutDocument(typeset([table]));
    expect(layout.pages).toHaveLength(2);
    const second = layout.pages[1]!.lines;
    expect(second[0]!.text).toBe('表头');
    expect(second[1]!.text).toMatch(/^第\d+行$/);
    const firstPageRows = layout.pages[0]!.lines.length;
    expect(firstPageRows + second.length - 1).toBe(31);
  });
});
