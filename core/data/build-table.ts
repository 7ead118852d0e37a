/**
 * Grid → DataTable: fills merged ranges with their value (a 责任单位 merged over five problems
 * belongs to each of them), skips the title, flattens the header, drops empty rows, 合计/小计
 * rows, trailing empty columns and columns a cell was only merged across for width, and types
 * every column. Each data row remembers its row number in the file.
 */
import { readCell } from './cell-value.ts';
import { cellValue, ColumnTally } from './column-type.ts';
import type { CellValue, DataColumn, DataSource, DataTable } from './data-table.ts';
import { isBlank, type Grid, type GridCell } from './grid.ts';
import { countTitleRows, detectHeader } from './header-rows.ts';

function usedWidth(rows: GridCell[][]): number {
  let width = 0;
  for (const row of rows) for (let c = row.length - 1; c >= width; c--) if (!isBlank(row[c])) width = c + 1;
  return width;
}

function fillMerges({ rows, merges }: Grid, width: number): GridCell[][] {
  if (merges.length === 0) return rows;
  const filled = rows.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? null));
  for (const { s, e } of merges) {
    const value = filled[s.r]?.[s.c] ?? null;
    if (value === null) continue;
    for (let r = s.r; r <= Math.min(e.r, filled.length - 1); r++) for (let c = s.c; c <= Math.min(e.c, width - 1); c++) filled[r]![c] = value;
  }
  return filled;
}

/**
 * Columns that only exist because a cell was merged across them for width: their header is the
 * tail of a merge from the left and the file holds nothing of its own in them.
 */
function widthOnlyColumns(grid: Grid, width: number, headerRow: number): Set<number> {
  const columns = new Set<number>();
  for (let c = 1; c < width; c++) {
    const mergedFromLeft = grid.merges.some(({ s, e }) => s.r <= headerRow && e.r >= headerRow && s.c < c && e.c >= c);
    if (mergedFromLeft && grid.rows.slice(headerRow).every((row) => isBlank(row[c]))) columns.add(c);
  }
  return columns;
}

/** 合计/小计 rows repeat what the data rows already say; counted as data they would double every sum. */
const totalLabel = /^(合|总|小)\s*计$/;

function isTotalRow(row: GridCell[]): boolean {
  const first = row.find((cell) => !isBlank(cell));
  return typeof first === 'string' && totalLabel.test(first.trim());
}

export function buildTable(grid: Grid, source: DataSource): DataTable {
  const width = usedWidth(grid.rows);
  const rows = fillMerges(grid, width);
  const skipped = countTitleRows(rows, width);
  const header = detectHeader(rows, grid.merges, width, skipped);
  const dropped = widthOnlyColumns(grid, width, skipped);
  const kept = header.names.map((_, c) => c).filter((c) => !dropped.has(c));
  const tallies = kept.map(() => new ColumnTally());
  const values: CellValue[][] = [];
  const sourceRows: number[] = [];
  const totalRows: number[] = [];
  for (let r = skipped + header.headerRows; r < rows.length; r++) {
    const row = rows[r]!;
    if (row.every(isBlank)) continue;
    if (isTotalRow(row)) {
      totalRows.push(grid.firstRow + r);
      continue;
    }
    const out = new Array<CellValue>(kept.length);
    for (let k = 0; k < kept.length; k++) {
      const cell = readCell(row[kept[k]!] ?? null);
      tallies[k]!.add(cell);
      out[k] = cellValue(cell);
    }
    values.push(out);
    sourceRows.push(grid.firstRow + r);
  }
  const columns = kept.map((c, k): DataColumn => {
    const name = header.names[c]!;
    const tally = tallies[k]!;
    return { name, type: tally.type(name), filled: tally.filled, samples: tally.samples };
  });
  return { source, headerRows: header.headerRows, columns, rows: values, sourceRows, totalRows };
}
