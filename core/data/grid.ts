/**
 * A sheet as read, before any interpretation: rows of cells holding the text or number found in
 * the file (workbook date cells already turned into `YYYY-MM-DD`), plus the merged ranges.
 */
export type GridCell = string | number | null;

/** A merged range, 0-based and inclusive, in grid coordinates (SheetJS uses the same shape). */
export interface MergedRange {
  s: { r: number; c: number };
  e: { r: number; c: number };
}

export interface Grid {
  rows: GridCell[][];
  merges: MergedRange[];
  /** 1-based row number in the file of `rows[0]`. */
  firstRow: number;
}

export const isBlank = (cell: GridCell | undefined): boolean => cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
