/**
 * The two ways bytes become a DataImport: a workbook (or an HTML/XML table saved as .xls) read by
 * SheetJS, or text already decoded by the host and split by delimiter. Either the whole table is
 * returned or a DataImportError is thrown; nothing is ever half-imported.
 */
import { buildTable } from './build-table.ts';
import type { DataCaps } from './data-caps.ts';
import { DataImportError } from './data-import-error.ts';
import type { DataImport, DataTable, TextEncodingName } from './data-table.ts';
import { parseDelimited, type Delimiter } from './parse-delimited.ts';
import { readWorkbook } from './read-workbook.ts';

export interface ImportOptions {
  fileName: string;
  sheet?: string;
  delimiter?: Delimiter;
  sha256?: string;
  caps?: DataCaps;
}

function checked(table: DataTable, fileName: string, sheet: string | null): DataTable {
  if (table.columns.length === 0) throw new DataImportError('empty', { fileName, sheet }, '没有任何内容');
  return table;
}

function skippedTotals(table: DataTable): string[] {
  const rows = table.totalRows ?? [];
  return rows.length === 0 ? [] : [`第 ${rows.join('、')} 行是合计/小计行，未作为数据导入`];
}

function skippedTitle(table: DataTable, firstRow: number): string[] {
  const first = table.sourceRows[0];
  const headerStart = first === undefined ? undefined : first - table.headerRows;
  if (headerStart === undefined || headerStart <= firstRow) return [];
  const rows = headerStart - 1 === firstRow ? `第 ${firstRow} 行` : `第 ${firstRow}–${headerStart - 1} 行`;
  return [`表头之前的${rows}视为标题，已跳过`];
}

export function importWorkbook(input: Uint8Array | string, options: ImportOptions): DataImport {
  const { fileName } = options;
  const read = readWorkbook(input, options);
  const source = { fileName, sheet: read.sheet, encoding: 'workbook' as const, ...(options.sha256 ? { sha256: options.sha256 } : {}) };
  const table = checked(buildTable(read.grid, source), fileName, read.sheet);
  const hidden = read.sheets.filter((s) => s.hidden && s.name !== read.sheet).map((s) => `“${s.name}”`);
  const notes = [...skippedTitle(table, read.grid.firstRow), ...skippedTotals(table), ...(hidden.length > 0 ? [`已跳过隐藏的工作表：${hidden.join('、')}（可用 --sheet 指定）`] : [])];
  return { sheets: read.sheets, table, notes };
}

export function importDelimitedText(text: string, encoding: TextEncodingName, options: ImportOptions): DataImport {
  const { fileName } = options;
  const parsed = parseDelimited(text, { fileName, ...(options.delimiter ? { delimiter: options.delimiter } : {}), ...(options.caps ? { caps: options.caps } : {}) });
  const source = { fileName, sheet: null, encoding, ...(options.sha256 ? { sha256: options.sha256 } : {}) };
  const table = checked(buildTable({ rows: parsed.rows, merges: [], firstRow: parsed.firstRow }, source), fileName, null);
  const delimiterName = { ',': '逗号', '\t': '制表符', ';': '分号' }[parsed.delimiter];
  return { sheets: [], table, notes: [`分隔符：${delimiterName}`, ...skippedTitle(table, parsed.firstRow), ...skippedTotals(table)] };
}
