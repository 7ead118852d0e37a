/**
 * The imported ledger as plain JSON-safe data: where it came from, how many rows made up the
 * header, the columns with their detected types, and the rows. Dates are `YYYY-MM-DD` strings,
 * never Date objects; a column is found by its index, never by using a header as an object key.
 */

export type ColumnType = 'text' | 'number' | 'date' | 'money' | 'mixed' | 'empty';

export type CellValue = string | number | null;

/** How the bytes of a text file were read; workbooks carry their own encoding. */
export type TextEncodingName = 'UTF-8' | 'UTF-8 BOM' | 'UTF-16LE' | 'UTF-16BE' | 'GB18030' | 'Big5';

export interface DataColumn {
  /** Header text; a multi-row header is flattened to `组/子列`. Blank headers become `第N列`. */
  name: string;
  type: ColumnType;
  /** Non-empty cells in this column. */
  filled: number;
  /** A few distinct values as they will be used, for a preview. */
  samples: CellValue[];
}

export interface DataSource {
  fileName: string;
  /** Null for .csv/.txt files. */
  sheet: string | null;
  sha256?: string;
  /** `workbook` for .xlsx/.xls, otherwise the text encoding used. */
  encoding: TextEncodingName | 'workbook';
}

export interface DataTable {
  source: DataSource;
  /** Rows above the data that were read as the header (0 when the sheet has no header). */
  headerRows: number;
  columns: DataColumn[];
  /** One array per data row, aligned with `columns`. */
  rows: CellValue[][];
  /** For each data row, its 1-based row number in the file or sheet (blank rows are dropped). */
  sourceRows: number[];
  /** Row numbers of 合计/总计/小计 rows, left out so that sums are not doubled. */
  totalRows?: number[];
}

export interface SheetSummary {
  name: string;
  hidden: boolean;
}

/** What one import yields: every sheet of the file named, one of them read into a table. */
export interface DataImport {
  sheets: SheetSummary[];
  table: DataTable;
  /** Things the user should know that did not stop the import (e.g. hidden sheets skipped). */
  notes: string[];
}
