/**
 * Comma-, tab- or semicolon-separated text → rows of fields, the way Excel reads a .csv:
 * quoted fields may hold delimiters, doubled quotes and line breaks; an Excel `sep=;` first line
 * names the delimiter. A quote that never closes is an error naming the row and column where the
 * field starts, because everything after it would silently land in one cell.
 */
import { defaultDataCaps, type DataCaps } from './data-caps.ts';
import { DataImportError } from './data-import-error.ts';

export type Delimiter = ',' | '\t' | ';';

export interface DelimitedText {
  delimiter: Delimiter;
  rows: string[][];
  /** 1-based row number of `rows[0]` (2 when an Excel `sep=` line came first). */
  firstRow: number;
}

export interface DelimitedOptions {
  fileName: string;
  delimiter?: Delimiter;
  caps?: DataCaps;
}

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;
const candidates: Delimiter[] = [',', '\t', ';'];

/** Counts candidate delimiters outside quotes on the first line; commas win ties, as in Excel. */
export function guessDelimiter(text: string): Delimiter {
  const counts = new Map<Delimiter, number>(candidates.map((d) => [d, 0]));
  let quoted = false;
  for (let i = 0; i < text.length && i < 65_536; i++) {
    const char = text[i]!;
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char as Delimiter)) counts.set(char as Delimiter, counts.get(char as Delimiter)! + 1);
  }
  let best: Delimiter = ',';
  for (const d of candidates) if (counts.get(d)! > counts.get(best)!) best = d;
  return best;
}

const sepLine = /^sep=(.)(\r\n|\n|\r)/;

export function parseDelimited(text: string, options: DelimitedOptions): DelimitedText {
  const caps = options.caps ?? defaultDataCaps;
  const { fileName } = options;
  const sep = sepLine.exec(text);
  const hinted = sep && candidates.includes(sep[1] as Delimiter) ? (sep[1] as Delimiter) : undefined;
  const start = sep ? sep[0].length : 0;
  const firstRow = sep ? 2 : 1;
  const delimiter = options.delimiter ?? hinted ?? guessDelimiter(text.slice(start));
  const delim = delimiter.charCodeAt(0);
  const rows: string[][] = [];
  const n = text.length;
  let row: string[] = [];
  let i = start;

  const here = (column: number) => ({ fileName, row: rows.length + firstRow, column });
  const push = (value: string) => {
    const column = row.length + 1;
    if (column > caps.maxColumns) throw new DataImportError('too-many-columns', here(column), `列数超过上限 ${caps.maxColumns} 列，请只保留需要的列`);
    if (value.length > caps.maxCellChars) throw new DataImportError('cell-too-long', here(column), `单元格有 ${value.length} 个字符，超过上限 ${caps.maxCellChars} 个（Excel 单元格最多也只能容纳这么多）`);
    if (value.includes('\0')) throw new DataImportError('bad-bytes', here(column), '含有空字符（NUL），文件可能不是文本表格，或是没有 BOM 的 UTF-16 文件');
    row.push(value);
  };
  const endRow = () => {
    if (rows.length + 1 > caps.maxRows) throw new DataImportError('too-many-rows', { fileName, row: rows.length + firstRow }, `行数超过上限 ${caps.maxRows} 行，请拆分文件后分别导入`);
    rows.push(row);
    row = [];
  };
  const fieldEnd = (from: number) => {
    let k = from;
    while (k < n) {
      const c = text.charCodeAt(k);
      if (c === delim || c === LF || c === CR) break;
      k++;
    }
    return k;
  };

  while (i < n) {
    if (text.charCodeAt(i) === QUOTE) {
      let value = '';
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q === -1) throw new DataImportError('unbalanced-quote', here(row.length + 1), '引号不成对：此处以引号开始的内容一直没有结束引号');
        if (text.charCodeAt(q + 1) === QUOTE) {
          value += text.slice(j, q + 1);
          j = q + 2;
          continue;
        }
        value += text.slice(j, q);
        j = q + 1;
        break;
      }
      // Excel keeps whatever follows a closing quote up to the delimiter (`"abc"def` → abcdef).
      const k = fieldEnd(j);
      push(value + text.slice(j, k));
      i = k;
    } else {
      const k = fieldEnd(i);
      push(text.slice(i, k));
      i = k;
    }
    if (i >= n) break;
    const c = text.charCodeAt(i);
    if (c === delim) {
      i++;
      if (i >= n) push('');
      continue;
    }
    i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    endRow();
  }
  if (row.length > 0) endRow();
  return { delimiter, rows, firstRow };
}
