/**
 * The view of an imported ledger that the merge needs: named columns, rows of cells and the
 * row numbers the user sees in Excel (for provenance). Column lookups go through a Map, so a
 * header called `__proto__` or `constructor` is just a name.
 */
export type Cell = string | number | null;

export interface MergeTable {
  name: string;
  sheet: string | null;
  columns: readonly string[];
  rows: readonly (readonly Cell[])[];
  /** 1-based row numbers in the source sheet, parallel to `rows`. */
  rowNumbers: readonly number[];
}

export function columnIndex(table: MergeTable): Map<string, number> {
  return new Map(table.columns.map((name, index) => [name, index]));
}

/** Reads "1,234.5", " 37 " or 37 as a number; anything else is not one. */
export function cellNumber(cell: Cell): number | null {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  if (cell === null) return null;
  const cleaned = cell.replace(/[,，\s]/g, '');
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(cleaned)) return null;
  return Number(cleaned);
}

export function cellText(cell: Cell): string {
  return cell === null ? '' : String(cell);
}
