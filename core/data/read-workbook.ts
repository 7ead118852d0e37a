/**
 * .xlsx/.xls bytes → the sheet list and one sheet as a grid, through SheetJS CE. Read options keep
 * the parser to values only (no formulas, styles, HTML or macros). Date-formatted numbers become
 * `YYYY-MM-DD` by day arithmetic in the workbook's own date system (1900 or 1904); the codepage
 * tables are loaded because Excel 95 .xls files from Chinese Windows store text in GBK.
 */
import * as XLSX from '@e965/xlsx';
import * as cptable from '@e965/xlsx/dist/cpexcel.full.mjs';
import { defaultDataCaps, type DataCaps } from './data-caps.ts';
import { DataImportError, columnLetters } from './data-import-error.ts';
import type { SheetSummary } from './data-table.ts';
import { excelSerialToIso, type DateSystem } from './excel-serial.ts';
import type { Grid, GridCell, MergedRange } from './grid.ts';

XLSX.set_cptable(cptable);

export interface WorkbookOptions {
  fileName: string;
  /** Sheet name; by default the first visible sheet. */
  sheet?: string;
  caps?: DataCaps;
}

export interface WorkbookSheet {
  sheets: SheetSummary[];
  sheet: string;
  grid: Grid;
}

const maxMerges = 50_000;
const cfbMagic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export const isCompoundFile = (bytes: Uint8Array): boolean => cfbMagic.every((byte, i) => bytes[i] === byte);

/** An encrypted .xlsx is a compound file holding EncryptionInfo and EncryptedPackage streams. */
function isEncryptedPackage(bytes: Uint8Array): boolean {
  if (!isCompoundFile(bytes)) return false;
  try {
    const container = XLSX.CFB.read(bytes, { type: 'array' }) as { FileIndex: { name: string }[] };
    return container.FileIndex.some((entry) => entry.name === 'EncryptionInfo' || entry.name === 'EncryptedPackage');
  } catch {
    return false;
  }
}

function openWorkbook(input: Uint8Array | string, fileName: string, caps: DataCaps): XLSX.WorkBook {
  const passwordMessage = '文件设置了打开密码，无法读取。请在 Excel 或 WPS 中打开后另存为不加密的文件再导入';
  if (typeof input !== 'string' && isEncryptedPackage(input)) throw new DataImportError('password-protected', { fileName }, passwordMessage);
  try {
    return XLSX.read(input, {
      type: typeof input === 'string' ? 'string' : 'array',
      dense: true,
      cellNF: true,
      // Formatted text is only a fallback here, and formatting every cell costs a third of the parse.
      cellText: false,
      cellFormula: false,
      cellHTML: false,
      cellStyles: false,
      bookVBA: false,
      sheetRows: caps.maxRows + 1,
    });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    if (/password|encrypt/i.test(detail)) throw new DataImportError('password-protected', { fileName }, passwordMessage);
    throw new DataImportError('corrupt-workbook', { fileName }, `工作簿已损坏或不是 Excel 文件，无法读取（${detail}）`);
  }
}

function sheetSummaries(workbook: XLSX.WorkBook): SheetSummary[] {
  return workbook.SheetNames.map((name, i) => ({ name, hidden: Boolean(workbook.Workbook?.Sheets?.[i]?.Hidden) }));
}

function chooseSheet(sheets: SheetSummary[], wanted: string | undefined, fileName: string): string {
  if (wanted !== undefined) {
    const found = sheets.find((s) => s.name === wanted) ?? sheets.find((s) => s.name.trim() === wanted.trim());
    if (!found) throw new DataImportError('no-such-sheet', { fileName }, `没有名为“${wanted}”的工作表（现有：${sheets.map((s) => `“${s.name}”`).join('、')}）`);
    return found.name;
  }
  const first = sheets.find((s) => !s.hidden) ?? sheets[0];
  if (!first) throw new DataImportError('empty', { fileName }, '工作簿中没有工作表');
  return first.name;
}

function cellOf(cell: XLSX.CellObject | undefined, system: DateSystem): GridCell {
  if (!cell) return null;
  switch (cell.t) {
    case 's':
      return typeof cell.v === 'string' ? cell.v : String(cell.v ?? '');
    case 'n': {
      const value = Number(cell.v);
      if (!Number.isFinite(value)) return null;
      if (typeof cell.z === 'string' && XLSX.SSF.is_date(cell.z)) return excelSerialToIso(value, system) ?? value;
      return value;
    }
    case 'b':
      return cell.v ? 'TRUE' : 'FALSE';
    case 'e':
      return cell.w ?? '#错误';
    default:
      return cell.w ?? null;
  }
}

function sheetRowCount(sheet: XLSX.WorkSheet): number {
  const ref = sheet['!fullref'] ?? sheet['!ref'];
  return ref ? XLSX.utils.decode_range(ref).e.r + 1 : 0;
}

export function readWorkbook(input: Uint8Array | string, options: WorkbookOptions): WorkbookSheet {
  const { fileName } = options;
  const caps = options.caps ?? defaultDataCaps;
  const workbook = openWorkbook(input, fileName, caps);
  const sheets = sheetSummaries(workbook);
  const name = chooseSheet(sheets, options.sheet, fileName);
  const sheet = workbook.Sheets[name];
  if (!sheet) throw new DataImportError('corrupt-workbook', { fileName, sheet: name }, '工作表内容缺失，文件可能已损坏');
  if (sheetRowCount(sheet) > caps.maxRows) throw new DataImportError('too-many-rows', { fileName, sheet: name, row: caps.maxRows + 1 }, `行数超过上限 ${caps.maxRows} 行，请拆分后分别导入`);
  const system: DateSystem = workbook.Workbook?.WBProps?.date1904 ? 1904 : 1900;
  const dense = (sheet['!data'] ?? []) as (XLSX.CellObject[] | undefined)[];
  const rows: GridCell[][] = [];
  for (let r = 0; r < dense.length; r++) {
    const source = dense[r] ?? [];
    const row: GridCell[] = [];
    for (let c = 0; c < source.length; c++) {
      const value = cellOf(source[c], system);
      if (value === null) continue;
      const place = { fileName, sheet: name, row: r + 1, column: c + 1 };
      if (c + 1 > caps.maxColumns) throw new DataImportError('too-many-columns', place, `此列（${columnLetters(c + 1)} 列）有内容，超过列数上限 ${caps.maxColumns} 列，请只保留需要的列`);
      if (typeof value === 'string' && value.length > caps.maxCellChars) throw new DataImportError('cell-too-long', place, `单元格有 ${value.length} 个字符，超过上限 ${caps.maxCellChars} 个`);
      row[c] = value;
    }
    rows.push(Array.from(row, (cell) => cell ?? null));
  }
  const merges = (sheet['!merges'] ?? []) as MergedRange[];
  if (merges.length > maxMerges) throw new DataImportError('corrupt-workbook', { fileName, sheet: name }, `合并单元格多达 ${merges.length} 处，超过上限 ${maxMerges} 处`);
  return { sheets, sheet: name, grid: { rows, merges, firstRow: 1 } };
}
