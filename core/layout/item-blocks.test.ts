import { describe, expect, it } from 'vitest';
import { paragraph, run } from '../typeset/build.ts';
import type { TypesetCell, TypesetTable } from '../typeset/typeset.ts';
import { gbt9704, textBlockWidth } from './gbt9704.ts';
import { borderExtent, paragraphPieces, tablePieces } from './item-blocks.ts';

const cell = (text: string, width = textBlockWidth, borderBottom: TypesetCell['borderBottom'] = null): TypesetCell => ({
  paragraphs: [paragraph('tableCell', text ? [run(text, { size: 28 })] : [], { align: 'center' })],
  width,
  colSpan: 1,
  verticalMerge: null,
  borderBottom,
});

describe('paragraphPieces', () => {
  it('adds the red separator under the 文号 to its line: distance plus rule width', () => {
    const border = { color: 'red' as const, size: gbt9704.separator.size, space: gbt9704.separator.space };
    expect(borderExtent(border)).toBe(8 * 20 + 30);
    const [piece] = paragraphPieces(paragraph('documentNumber', [run('某纪发〔2024〕12号')], { align: 'center', borderBottom: border }), 0);
    expect(piece!.height).toBe(gbt9704.linePitch + 190);
    expect(piece!.rules[0]!.y1).toBe(gbt9704.linePitch + 160 + 15);
  });

  it('gives each line of a paragraph its own piece, only the first marked first', () => {
    const pieces = paragraphPieces(paragraph('body', [run('纪'.repeat(60))]), 3);
    expect(pieces.map((piece) => [piece.first, piece.item, piece.lines[0]!.text.length])).toEqual([
      [true, 3, 28],
      [false, 3, 28],
      [false, 3, 4],
    ]);
  });
});

describe('tablePieces', () => {
  it('adds the rules above each row and below the last to the row heights', () => {
    const table: TypesetTable = {
      kind: 'table',
      role: 'record',
      columnWidths: [textBlockWidth],
      rows: [
        { cells: [cell('抄送：县委办公室。')], header: false, height: null, cantSplit: true },
        { cells: [cell('县纪委办公室')], header: false, height: null, cantSplit: true },
      ],
      borders: { top: { size: 8 }, bottom: { size: 8 }, insideH: { size: 6 }, insideV: null, left: null, right: null },
      source: 'record',
    };
    const rows = tablePieces(table, 0);
    expect(rows.map((row) => row.height)).toEqual([20 + 579, 15 + 579 + 20]);
    expect(rows[1]!.lines[0]!.y).toBe(15);
  });

  it('centres short cells in a taller row and counts a rule under single cells', () => {
    const rule = { size: 12, color: 'red' as const };
    const table: TypesetTable = {
      kind: 'table',
      role: 'bodyTable',
      columnWidths: [600, 8245],
      rows: [{ cells: [cell('序号', 600), cell('', 8245, rule)], header: true, height: null, cantSplit: true }],
      borders: { top: null, bottom: null, insideH: null, insideV: { size: 4 }, left: null, right: null },
      source: 'body.0',
    };
    const [row] = tablePieces(table, 0);
    // “序号” wraps in the 384-twip text area (600 minus two 108-twip cell margins): two lines.
    expect(row!.lines.map((line) => line.text)).toEqual(['序', '号', '']);
    expect(row!.height).toBe(2 * 579 + 30);
    expect(row!.lines[2]!.y).toBe(579 / 2);
    expect(row!.rules.some((r) => r.x1 === 600 && r.x2 === 600)).toBe(true);
  });
});
