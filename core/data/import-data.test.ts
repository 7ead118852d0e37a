import { describe, expect, it } from 'vitest';
import { caseLedgerWorkbook, corruptWorkbook, encryptedWorkbook, workbookBytes } from '../../tests/fixtures/data/ledger-workbooks.ts';
import { DataImportError } from './data-import-error.ts';
import { importDelimitedText, importWorkbook } from './import-data.ts';

function failure(run: () => unknown): DataImportError {
  try {
    run();
  } catch (error) {
    if (error instanceof DataImportError) return error;
    throw error;
  }
  throw new Error('expected a DataImportError');
}

const expectedRows = [
  [1, '张三', '警告', null, '2024-03-05', 12000],
  [2, '李四𠀀', null, '记过', '2024-03-05', 3500.5],
  [3, '王五', '严重警告', '撤职', '2024-03-05', 800],
];

describe('importWorkbook', () => {
  it.each([
    ['台账.xlsx', 'xlsx', false],
    ['台账.xls', 'biff8', false],
    ['台账1904.xlsx', 'xlsx', true],
    ['台账1904.xls', 'biff8', true],
  ] as const)('reads %s: skips the hidden sheet and title, flattens the merged header, reads dates in its date system', (fileName, bookType, date1904) => {
    const result = importWorkbook(workbookBytes(caseLedgerWorkbook({ date1904 }), bookType), { fileName });
    expect(result.sheets).toEqual([
      { name: '填报说明', hidden: true },
      { name: '案件台账', hidden: false },
      { name: '统计', hidden: false },
    ]);
    expect(result.table.source).toEqual({ fileName, sheet: '案件台账', encoding: 'workbook' });
    expect(result.table.headerRows).toBe(2);
    expect(result.table.columns.map((c) => `${c.name}:${c.type}`)).toEqual(['序号:number', '被审查人:text', '处分情况/党纪处分:text', '处分情况/政务处分:text', '立案日期:date', '涉案金额（元）:money']);
    expect(result.table.rows).toEqual(expectedRows);
    expect(result.table.sourceRows).toEqual([4, 5, 6]);
    expect(result.notes).toEqual(['表头之前的第 1 行视为标题，已跳过', '已跳过隐藏的工作表：“填报说明”（可用 --sheet 指定）']);
  });

  it('reads a hidden sheet when it is named, and names the sheets when the name is wrong', () => {
    const bytes = workbookBytes(caseLedgerWorkbook(), 'xlsx');
    expect(importWorkbook(bytes, { fileName: 'a.xlsx', sheet: '填报说明' }).table.rows).toEqual([['此表为填报口径，勿改']]);
    expect(failure(() => importWorkbook(bytes, { fileName: 'a.xlsx', sheet: '汇总' })).message).toBe('文件“a.xlsx”：没有名为“汇总”的工作表（现有：“填报说明”、“案件台账”、“统计”）');
  });

  it('refuses corrupt and password-protected workbooks in Chinese', () => {
    expect(failure(() => importWorkbook(corruptWorkbook(), { fileName: '坏.xlsx' })).code).toBe('corrupt-workbook');
    const locked = failure(() => importWorkbook(encryptedWorkbook(), { fileName: '加密.xlsx' }));
    expect(locked.code).toBe('password-protected');
    expect(locked.message).toMatch(/^文件“加密\.xlsx”：文件设置了打开密码/);
  });

  it('caps rows and columns, naming the sheet', () => {
    const bytes = workbookBytes(caseLedgerWorkbook(), 'xlsx');
    const caps = { maxFileBytes: 1e9, maxRows: 4, maxColumns: 5, maxCellChars: 100 };
    expect(failure(() => importWorkbook(bytes, { fileName: 'a.xlsx', caps })).message).toBe('文件“a.xlsx”工作表“案件台账”第 5 行：行数超过上限 4 行，请拆分后分别导入');
    expect(failure(() => importWorkbook(bytes, { fileName: 'a.xlsx', caps: { ...caps, maxRows: 100 } })).location).toEqual({ fileName: 'a.xlsx', sheet: '案件台账', row: 2, column: 6 });
  });

  it('reads an HTML table saved with an .xls name, as some systems export', () => {
    const html = '<html><body><table><tr><td>单位</td><td>件数</td></tr><tr><td>县纪委</td><td>3</td></tr></table></body></html>';
    expect(importWorkbook(html, { fileName: '导出.xls' }).table.rows).toEqual([['县纪委', 3]]);
  });
});

describe('importDelimitedText', () => {
  it('reads decoded text into a table with its encoding and delimiter', () => {
    const result = importDelimitedText('姓名\t立案日期\n张三\t2024.3.5\n', 'UTF-16LE', { fileName: '台账.txt' });
    expect(result.table.source).toEqual({ fileName: '台账.txt', sheet: null, encoding: 'UTF-16LE' });
    expect(result.table.rows).toEqual([['张三', '2024-03-05']]);
    expect(result.notes).toEqual(['分隔符：制表符']);
  });

  it('refuses a file with no content', () => {
    expect(failure(() => importDelimitedText('\n\n', 'UTF-8', { fileName: '空.csv' })).message).toBe('文件“空.csv”：没有任何内容');
  });
});
