/** `gongwen data inspect <台账文件> [--sheet S] [--encoding E] [--json]`: what the import would read from a ledger. */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DataImportError } from '../../core/data/data-import-error.ts';
import type { CellValue, ColumnType, DataImport } from '../../core/data/data-table.ts';
import { encodingChoices, type EncodingChoice } from '../../host/data/decode-table-text.ts';
import { importDataFile } from '../../host/data/import-data-file.ts';
import { CliError } from '../cli-error.ts';

export const dataHelp = `用法：gongwen data inspect <台账文件> [--sheet 工作表] [--encoding 编码] [--json]

读取 Excel 台账（.xlsx/.xls）或文本表格（.csv/.txt，逗号、制表符或分号分隔），显示编码、工作表
（隐藏的会标出并默认跳过）、表头所在的行、每列的名称与识别出的类型（文本、数字、金额、日期、混合）和几个示例值。
不改动任何文件。

选项：
  --sheet 工作表    读取指定的工作表（默认：第一个未隐藏的工作表）
  --encoding 编码   文本文件的编码：${encodingChoices.join('、')}（默认 auto：按 BOM、UTF-8、GB18030 依次判断）
  --json            以 JSON 输出同样的内容`;

const typeNames: Record<ColumnType, string> = { text: '文本', number: '数字', date: '日期', money: '金额', mixed: '混合', empty: '空列' };

const encodingName = (encoding: string) => (encoding === 'workbook' ? 'Excel 工作簿' : encoding === 'GB18030' ? 'GB18030（兼容 GBK）' : encoding);
const rowSpan = (first: number, last: number) => (first === last ? `第 ${first} 行` : `第 ${first}–${last} 行`);
const sample = (value: CellValue) => (typeof value === 'string' && value.length > 20 ? `${value.slice(0, 20)}…` : String(value));

export function inspectionJson({ sheets, table, notes }: DataImport) {
  return {
    source: table.source,
    sheets,
    headerRows: table.headerRows,
    dataRows: table.rows.length,
    firstDataRow: table.sourceRows[0] ?? null,
    columns: table.columns,
    notes,
  };
}

export function inspectionText({ sheets, table, notes }: DataImport): string[] {
  const lines = [`文件：${table.source.fileName}`, `编码：${encodingName(table.source.encoding)}`];
  if (sheets.length > 0) {
    const names = sheets.map((s) => `${s.name}${s.hidden ? '（隐藏）' : ''}${s.name === table.source.sheet ? '（已读取）' : ''}`);
    lines.push(`工作表：${names.join('、')}`);
  }
  const first = table.sourceRows[0];
  const last = table.sourceRows.at(-1);
  if (table.headerRows > 0 && first !== undefined) lines.push(`表头：${rowSpan(first - table.headerRows, first - 1)}（${table.headerRows} 行）`);
  else lines.push(table.headerRows > 0 ? `表头：${table.headerRows} 行，无数据行` : '表头：无（首行即数据，列按位置命名）');
  lines.push(first !== undefined && last !== undefined ? `数据：${table.rows.length} 行（${rowSpan(first, last)}）` : '数据：0 行');
  lines.push(`列（${table.columns.length}）：`);
  table.columns.forEach((column, i) => {
    const samples = column.samples.length > 0 ? `：${column.samples.map(sample).join('、')}` : '';
    lines.push(`  ${i + 1}. ${column.name} — ${typeNames[column.type]}，${column.filled} 个值${samples}`);
  });
  for (const note of notes) lines.push(`提示：${note}`);
  return lines;
}

function describeFailure(error: DataImportError): string {
  if (error.code !== 'unknown-encoding') return error.message;
  return `${error.message}\n用 --encoding 指定编码（${encodingChoices.filter((e) => e !== 'auto').join('、')}）。文件开头（按 GB18030 显示）：\n${error.preview ?? ''}`;
}

export async function runData(argv: string[], print: (line: string) => void): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      sheet: { type: 'string' },
      encoding: { type: 'string' },
      json: { type: 'boolean' },
      workspace: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    print(dataHelp);
    return 0;
  }
  const [action, input, ...extra] = positionals;
  if (action !== 'inspect') throw new CliError(action ? `未知的 data 子命令“${action}”。\n${dataHelp}` : dataHelp, 2);
  if (!input || extra.length > 0) throw new CliError(`请给出一个台账文件。\n${dataHelp}`, 2);
  const encoding = values.encoding ?? 'auto';
  if (!encodingChoices.includes(encoding as EncodingChoice)) throw new CliError(`不支持的编码“${encoding}”，可选：${encodingChoices.join('、')}`, 2);

  let result: DataImport;
  try {
    result = await importDataFile(path.resolve(input), { encoding: encoding as EncodingChoice, ...(values.sheet === undefined ? {} : { sheet: values.sheet }) });
  } catch (error) {
    if (error instanceof DataImportError) throw new CliError(describeFailure(error));
    throw error;
  }
  if (values.json) print(JSON.stringify(inspectionJson(result), null, 2));
  else for (const line of inspectionText(result)) print(line);
  return 0;
}
