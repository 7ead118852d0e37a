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

/** Characters String.prototype.trim removes; a superset is harmless, it only sends a cell down the slow path. */
export function isSpaceCode(code: number): boolean {
  return code <= 32 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * Reads "1,234.5", " 37 " or 37 as a number; anything else (1e3, 0x10, 约3万) is not one.
 * Scans the characters once instead of cleaning with regular expressions: sums over a
 * 100 000-row ledger call this for every cell typed as text.
 */
export function cellNumber(cell: Cell): number | null {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  if (cell === null) return null;
  let digits = 0;
  let dot = false;
  let sign = false;
  let skipped = false;
  for (let i = 0; i < cell.length; i++) {
    const c = cell.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (c === 46 && !dot) dot = true;
    else if ((c === 45 || c === 43) && !sign && digits === 0 && !dot) sign = true;
    else if (c === 44 || c === 0xff0c || isSpaceCode(c)) skipped = true;
    else return null;
  }
  if (digits === 0) return null;
  return Number(skipped ? cell.replace(/[,，\s\u3000]/g, '') : cell);
}

export function cellText(cell: Cell): string {
  return cell === null ? '' : String(cell);
}
