/**
 * Grid → DataTable: fills merged ranges with their value (a 责任单位 merged over five problems
 * belongs to each of them), skips the title, flattens the header, drops empty rows and trailing
 * empty columns, and types every column. Each data row remembers its row number in the file.
 */
import { readCell, type ReadCell } from './cell-value.ts';
import { cellValue, columnType } from './column-type.ts';
import type { DataColumn, DataSource, DataTable } from './data-table.ts';
import { isBlank, type Grid, type GridCell } from './grid.ts';
import { countTitleRows, detectHeader } from './header-rows.ts';

const sampleCount = 3;

function usedWidth(rows: GridCell[][]): number {
  let width = 0;
  for (const row of rows) for (let c = row.length - 1; c >= width; c--) if (!isBlank(row[c])) width = c + 1;
  return width;
}

function fillMerges({ rows, merges }: Grid, width: number): GridCell[][] {
  const filled = rows.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? null));
  for (const { s, e } of merges) {
    const value = filled[s.r]?.[s.c] ?? null;
    if (value === null) continue;
    for (let r = s.r; r <= Math.min(e.r, filled.length - 1); r++) for (let c = s.c; c <= Math.min(e.c, width - 1); c++) filled[r]![c] = value;
  }
  return filled;
}

function samplesOf(values: ReadCell[]): DataColumn['samples'] {
  const samples: DataColumn['samples'] = [];
  for (const cell of values) {
    const value = cellValue(cell);
    if (value !== null && !samples.includes(value)) samples.push(value);
    if (samples.length === sampleCount) break;
  }
  return samples;
}

export function buildTable(grid: Grid, source: DataSource): DataTable {
  const width = usedWidth(grid.rows);
  const skipped = countTitleRows(grid.rows, width);
  const rows = fillMerges(grid, width);
  const header = detectHeader(rows, grid.merges, width, skipped);
  const bodyStart = skipped + header.headerRows;
  const read: ReadCell[][] = [];
  const sourceRows: number[] = [];
  for (let r = bodyStart; r < rows.length; r++) {
    const row = rows[r]!;
    if (row.every(isBlank)) continue;
    read.push(row.map(readCell));
    sourceRows.push(grid.firstRow + r);
  }
  const columns = header.names.map((name, c): DataColumn => {
    const cells = read.map((row) => row[c]!);
    return { name, type: columnType(cells, name), filled: cells.filter((cell) => cell.kind !== 'empty').length, samples: samplesOf(cells) };
  });
  return {
    source,
    headerRows: header.headerRows,
    columns,
    rows: read.map((row) => row.map(cellValue)),
    sourceRows,
  };
}
