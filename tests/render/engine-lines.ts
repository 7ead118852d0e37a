/**
 * The layout engine's pages as `{ page, text }` lines, shaped like the measured ones: pieces
 * that share a line box top (table cells of one row, 签发人 beside the 文号, 版记 organ and
 * date) become one line, left to right, because pdftotext reads them as one.
 */
import type { DocumentLayout } from '../../core/layout/page-layout.ts';
import type { LayoutLine } from './line-compare.ts';

/** Lines whose tops are this close (twips) share a row: table cells are offset by their margins. */
const sameRowTwips = 60;

export function engineLayoutLines(layout: DocumentLayout): LayoutLine[] {
  return layout.pages.flatMap((page) => {
    const lines = page.lines.filter((line) => line.text.trim() !== '').sort((a, b) => a.y - b.y || a.x - b.x);
    const rows: (typeof lines)[] = [];
    for (const line of lines) {
      const row = rows[rows.length - 1];
      if (row && row[0] && Math.abs(row[0].y - line.y) <= sameRowTwips) row.push(line);
      else rows.push([line]);
    }
    return rows.map((row) => ({ page: page.number, text: row.sort((a, b) => a.x - b.x).map((line) => line.text).join('') }));
  });
}
