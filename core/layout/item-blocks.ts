/**
 * Flow items cut into the pieces pagination moves as a whole: one piece per paragraph line,
 * one per table row (rows never split here). Positions are relative to the piece's top-left
 * corner at the 版心's left edge; pagination adds the page offsets.
 */
import type { ParagraphBorder, TypesetParagraph, TypesetTable, TypesetTableBorder } from '../typeset/typeset.ts';
import { breakParagraph } from './break-lines.ts';
import { textBlockWidth } from './gbt9704.ts';
import type { LaidLine, Rule } from './page-layout.ts';

export interface Piece {
  item: number;
  height: number;
  lines: LaidLine[];
  rules: Rule[];
  /** A table header row, repeated at the top of every page the table continues on. */
  header: boolean;
  /** The first piece of its item: where keep-with-next and page breaks apply. */
  first: boolean;
}

/** Twips a paragraph border adds under (or over) the text: its distance plus its own width. */
export function borderExtent(border: ParagraphBorder | null | undefined): number {
  if (!border) return 0;
  const width = border.style && border.style !== 'single' ? border.size * 2.5 * 2 : border.size * 2.5;
  return border.space * 20 + width;
}

/** Lines of a paragraph in a box, at `x`/`y` offsets, each `lineHeight` tall. */
function paragraphLines(paragraph: TypesetParagraph, item: number, boxWidth: number, x: number, y: number): LaidLine[] {
  return breakParagraph(paragraph, boxWidth).map((line, index) => ({
    text: line.text,
    role: paragraph.role,
    source: paragraph.source,
    item,
    x: x + line.x,
    y: y + index * paragraph.lineHeight,
    width: line.width,
    height: paragraph.lineHeight,
    justifyTo: line.justifyTo,
    hanging: line.hanging,
    runs: line.runs,
  }));
}

export function paragraphPieces(paragraph: TypesetParagraph, item: number, boxWidth: number = textBlockWidth): Piece[] {
  const lines = paragraphLines(paragraph, item, boxWidth, 0, 0);
  const top = borderExtent(paragraph.borderTop);
  const bottom = borderExtent(paragraph.borderBottom);
  const ruleFor = (border: ParagraphBorder, y: number): Rule => ({
    x1: paragraph.indent.left,
    x2: boxWidth - paragraph.indent.right,
    y1: y,
    y2: y,
    size: border.size,
    color: border.color,
    style: border.style ?? 'single',
    item,
  });
  return lines.map((line, index) => {
    const first = index === 0;
    const last = index === lines.length - 1;
    const shift = first ? top : 0;
    const rules: Rule[] = [];
    if (first && paragraph.borderTop) rules.push(ruleFor(paragraph.borderTop, top / 2));
    if (last && paragraph.borderBottom) rules.push(ruleFor(paragraph.borderBottom, shift + line.height + bottom - (bottom - paragraph.borderBottom.space * 20) / 2));
    return {
      item,
      height: line.height + shift + (last ? bottom : 0),
      lines: [{ ...line, y: shift }],
      rules,
      header: false,
      first,
    };
  });
}

/** Twips of a table rule's own width (`w:sz` is in eighths of a point). */
const ruleWidth = (border: TypesetTableBorder | null): number => (border ? border.size * 2.5 : 0);

const cellMargin = (table: TypesetTable) => (table.role === 'bodyTable' ? 108 : 0);

function tableRule(border: TypesetTableBorder, x1: number, y1: number, x2: number, y2: number, item: number): Rule {
  return { x1, y1, x2, y2, size: border.size, color: border.color ?? 'black', style: 'single', item };
}

/** One piece per row: its cells' lines centred vertically, its borders as rules. */
export function tablePieces(table: TypesetTable, item: number): Piece[] {
  const margin = cellMargin(table);
  const width = table.columnWidths.reduce((sum, w) => sum + w, 0);
  return table.rows.map((row, rowIndex) => {
    const cells: { lines: LaidLine[]; height: number }[] = [];
    let x = 0;
    const edges: number[] = [];
    for (const cell of row.cells) {
      edges.push(x);
      const lines: LaidLine[] = [];
      let height = 0;
      if (cell.verticalMerge !== 'continue') {
        for (const paragraph of cell.paragraphs) {
          const laid = paragraphLines(paragraph, item, cell.width - 2 * margin, x + margin, height);
          lines.push(...laid);
          height += laid.length * paragraph.lineHeight;
        }
      }
      cells.push({ lines, height });
      x += cell.width;
    }
    // LibreOffice adds the width of the rule above a row (and under the last one) to the row's
    // height (measured: 版记 rows 579 twips of text are 594 apart with a 0.75 pt rule between).
    const top = rowIndex === 0 ? table.borders.top : table.borders.insideH;
    const bottom = rowIndex === table.rows.length - 1 ? table.borders.bottom : null;
    const above = ruleWidth(top);
    const content = row.height ?? Math.max(0, ...cells.map((cell) => cell.height));
    // A rule under single cells (the ★ separator) adds its width the same way (measured: +30 twips for 1.5 pt).
    const below = Math.max(ruleWidth(bottom), ...row.cells.map((cell) => ruleWidth(cell.borderBottom ?? null)));
    const height = above + content + below;
    const lines = cells.flatMap((cell) => {
      const offset = above + (content - cell.height) / 2;
      return cell.lines.map((line) => ({ ...line, y: line.y + offset }));
    });
    const rules: Rule[] = [];
    if (top) rules.push(tableRule(top, 0, above / 2, width, above / 2, item));
    if (bottom) rules.push(tableRule(bottom, 0, height - ruleWidth(bottom) / 2, width, height - ruleWidth(bottom) / 2, item));
    const cellRuleY = above + content;
    if (table.borders.left) rules.push(tableRule(table.borders.left, 0, 0, 0, height, item));
    if (table.borders.right) rules.push(tableRule(table.borders.right, width, 0, width, height, item));
    const insideV = table.borders.insideV;
    if (insideV) for (const edge of edges.slice(1)) rules.push(tableRule(insideV, edge, 0, edge, height, item));
    row.cells.forEach((cell, index) => {
      if (cell.borderBottom) {
        const y = cellRuleY + ruleWidth(cell.borderBottom) / 2;
        rules.push(tableRule(cell.borderBottom, edges[index]!, y, edges[index]! + cell.width, y, item));
      }
    });
    return { item, height, lines, rules, header: row.header, first: rowIndex === 0 };
  });
}
