/**
 * Decides how a ledger file's bytes are read, by their content rather than their name: a zip is
 * an .xlsx, a compound file an .xls (or an encrypted .xlsx); anything else is text, decoded and
 * then read either as an HTML/XML table (systems that export "xls" that way) or as delimited text.
 */
import { defaultDataCaps, type DataCaps } from '../../core/data/data-caps.ts';
import { DataImportError } from '../../core/data/data-import-error.ts';
import type { DataImport } from '../../core/data/data-table.ts';
import { importDelimitedText, importWorkbook } from '../../core/data/import-data.ts';
import type { Delimiter } from '../../core/data/parse-delimited.ts';
import { isCompoundFile } from '../../core/data/read-workbook.ts';
import { decodeTableText, type EncodingChoice } from './decode-table-text.ts';

export interface ReadDataOptions {
  fileName: string;
  sheet?: string;
  encoding?: EncodingChoice;
  delimiter?: Delimiter;
  sha256?: string;
  caps?: DataCaps;
}

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
const markupTable = /^\s*</;
const workbookName = /\.(xlsx|xlsm|xls|et)$/i;

export function readDataBytes(bytes: Uint8Array, options: ReadDataOptions): DataImport {
  const { fileName } = options;
  const caps = options.caps ?? defaultDataCaps;
  if (bytes.length === 0) throw new DataImportError('empty', { fileName }, '文件是空的');
  if (isZip(bytes) || isCompoundFile(bytes)) return importWorkbook(bytes, { ...options, caps });
  if (/\.(xlsx|xlsm)$/i.test(fileName)) throw new DataImportError('corrupt-workbook', { fileName }, '文件名是 .xlsx，但内容不是 Excel 工作簿，文件可能已损坏');
  const { text, encoding } = decodeTableText(bytes, fileName, options.encoding);
  if (workbookName.test(fileName) && markupTable.test(text)) return importWorkbook(text, { ...options, caps });
  return importDelimitedText(text, encoding, { ...options, caps });
}
