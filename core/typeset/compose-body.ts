/**
 * 正文 blocks (§7.3.3): paragraphs 左空二字, headings with computed ordinals in the font
 * of their level (一、黑体, （一）楷体, 1. and （1）仿宋), run-in headings continuing in 仿宋,
 * 一是/二是 enumerations, tables and page breaks.
 */
import { gbt9704, textBlockWidth } from '../layout/gbt9704.ts';
import type { Block, EnumerationBlock, HeadingBlock, TableBlock } from '../model/blocks.ts';
import { enumerationPrefix, headingOrdinals } from '../model/ordinals.ts';
import { bodyIndent, inlineRuns, paragraph, run } from './build.ts';
import type { FontRole, TypesetCell, TypesetItem, TypesetParagraph, TypesetTable } from './typeset.ts';

const headingFont: Record<HeadingBlock['level'], FontRole> = { 1: 'heiti', 2: 'kaiti', 3: 'fangsong', 4: 'fangsong' };

function heading(block: HeadingBlock, ordinal: string, source: string): TypesetParagraph {
  const font = headingFont[block.level];
  const runs = [run(ordinal, { font }), ...inlineRuns(block.content, { font }), ...(block.runIn ? inlineRuns(block.runIn) : [])];
  return paragraph(`heading${block.level}`, runs, { indent: bodyIndent, keepNext: block.runIn === null, source });
}

function enumeration(block: EnumerationBlock, source: string): TypesetParagraph[] {
  const items = block.items.map((item, i) => [run(enumerationPrefix(block.style, i + 1)), ...inlineRuns(item)]);
  if (block.runOn) return [paragraph('enumeration', [...inlineRuns(block.lead), ...items.flat()], { indent: bodyIndent, source })];
  const lead = block.lead.length > 0 ? [paragraph('body', inlineRuns(block.lead), { indent: bodyIndent, source })] : [];
  return [...lead, ...items.map((runs, i) => paragraph('enumeration', runs, { indent: bodyIndent, source: `${source}.items.${i}` }))];
}

/** Column widths scaled to the 版心 so the table never runs into the margin; WPS reads gridCol, Word tblW. */
function scaleColumns(widths: readonly number[]): number[] {
  const total = widths.reduce((sum, w) => sum + w, 0);
  const scaled = widths.map((w) => Math.floor((w / total) * textBlockWidth));
  scaled[scaled.length - 1]! += textBlockWidth - scaled.reduce((sum, w) => sum + w, 0);
  return scaled;
}

function table(block: TableBlock, source: string): TypesetTable {
  const columns = scaleColumns(block.columnWidths);
  const covered = new Map<string, number>();
  const rows = block.rows.map((row, r) => {
    const header = r < block.headerRows;
    const cells: TypesetCell[] = [];
    let column = 0;
    const takeCovered = () => {
      while (covered.has(`${r}:${column}`)) {
        const span = covered.get(`${r}:${column}`)!;
        cells.push({ paragraphs: [paragraph('tableCell', [], { align: 'center' })], width: sum(columns, column, span), colSpan: span, verticalMerge: 'continue' });
        column += span;
      }
    };
    row.cells.forEach((cell, c) => {
      takeCovered();
      const span = Math.min(cell.colSpan ?? 1, columns.length - column);
      const rowSpan = cell.rowSpan ?? 1;
      for (let below = 1; below < rowSpan; below++) covered.set(`${r + below}:${column}`, span);
      const runs = inlineRuns(cell.content, { font: header ? 'heiti' : 'fangsong', size: gbt9704.size.table });
      cells.push({
        paragraphs: [paragraph('tableCell', runs, { align: header ? 'center' : 'both', source: `${source}.rows.${r}.cells.${c}` })],
        width: sum(columns, column, span),
        colSpan: span,
        verticalMerge: rowSpan > 1 ? 'restart' : null,
      });
      column += span;
    });
    takeCovered();
    return { cells, header, height: null, cantSplit: true };
  });
  const rule = { size: gbt9704.tableRule };
  return { kind: 'table', role: 'bodyTable', columnWidths: columns, rows, borders: { top: rule, bottom: rule, insideH: rule, insideV: rule, left: rule, right: rule }, source };
}

function sum(values: readonly number[], from: number, count: number): number {
  return values.slice(from, from + count).reduce((total, v) => total + v, 0);
}

/** Composes a block list; `path` names it in `source` (e.g. `body` or `attachments.0.blocks`). */
export function composeBlocks(blocks: readonly Block[], path: string): TypesetItem[] {
  const ordinals = headingOrdinals(blocks);
  const items: TypesetItem[] = [];
  let breakPending = false;
  blocks.forEach((block, index) => {
    const source = `${path}.${index}`;
    let composed: TypesetItem[];
    switch (block.type) {
      case 'pageBreak':
        breakPending = true;
        return;
      case 'paragraph':
        composed = [paragraph('body', inlineRuns(block.content), { indent: bodyIndent, source })];
        break;
      case 'heading':
        composed = [heading(block, ordinals.get(index) ?? '', source)];
        break;
      case 'enumeration':
        composed = enumeration(block, source);
        break;
      case 'table':
        composed = [table(block, source)];
        break;
    }
    if (breakPending) {
      const first = composed[0];
      if (first?.kind === 'paragraph') composed[0] = { ...first, pageBreakBefore: true };
      else composed.unshift(paragraph('blank', [], { pageBreakBefore: true, lineHeight: 20 }));
      breakPending = false;
    }
    items.push(...composed);
  });
  return items;
}
