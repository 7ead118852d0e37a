/**
 * Grid → DataTable: fills merged ranges with their value (a 责任单位 merged over five problems
 * belongs to each of them), skips the title, flattens the header, drops empty rows, 合计/小计
 * rows and trailing empty columns, and types every column. Each data row remembers its row
 * number in the file.
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
  const tallies = header.names.map(() => new ColumnTally());
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
    const out = new Array<CellValue>(width);
    for (let c = 0; c < width; c++) {
      const cell = readCell(row[c] ?? null);
      tallies[c]!.add(cell);
      out[c] = cellValue(cell);
    }
    values.push(out);
    sourceRows.push(grid.firstRow + r);
  }
  const columns = header.names.map((name, c): DataColumn => {
    const tally = tallies[c]!;
    return { name, type: tally.type(name), filled: tally.filled, samples: tally.samples };
  });
  return { source, headerRows: header.headerRows, columns, rows: values, sourceRows, totalRows };
}
