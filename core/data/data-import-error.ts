/**
 * The one error every ledger-import problem becomes: a Chinese message that names the file and,
 * where they apply, the sheet, row and column — `文件“案件台账.csv”第 1203 行第 4 列：引号不成对`.
 */

export type DataImportErrorCode =
  | 'unbalanced-quote'
  | 'too-large'
  | 'too-many-rows'
  | 'too-many-columns'
  | 'cell-too-long'
  | 'unknown-encoding'
  | 'bad-bytes'
  | 'corrupt-workbook'
  | 'password-protected'
  | 'no-such-sheet'
  | 'empty'
  | 'timeout'
  | 'unreadable';

export interface DataLocation {
  fileName: string;
  sheet?: string | null;
  /** 1-based, as Excel and Notepad count. */
  row?: number;
  /** 1-based. */
  column?: number;
}

export class DataImportError extends Error {
  readonly code: DataImportErrorCode;
  readonly location: DataLocation;
  readonly reason: string;
  /** The first lines of an undecodable file, so the UI can ask which encoding it is. */
  readonly preview?: string;

  constructor(code: DataImportErrorCode, location: DataLocation, reason: string, preview?: string) {
    super(`${describeLocation(location)}：${reason}`);
    this.name = 'DataImportError';
    this.code = code;
    this.location = location;
    this.reason = reason;
    if (preview !== undefined) this.preview = preview;
  }
}

export function describeLocation({ fileName, sheet, row, column }: DataLocation): string {
  let text = `文件“${fileName}”`;
  if (sheet) text += `工作表“${sheet}”`;
  if (row !== undefined) text += `第 ${row} 行`;
  if (column !== undefined) text += `第 ${column} 列`;
  return text;
}

/** Excel names columns by letters; messages about workbooks give both. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
