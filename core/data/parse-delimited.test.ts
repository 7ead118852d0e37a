import { describe, expect, it } from 'vitest';
import { defaultDataCaps } from './data-caps.ts';
import { DataImportError } from './data-import-error.ts';
import { guessDelimiter, parseDelimited } from './parse-delimited.ts';

const parse = (text: string) => parseDelimited(text, { fileName: '案件台账.csv' });

function failure(run: () => unknown): DataImportError {
  try {
    run();
  } catch (error) {
    if (error instanceof DataImportError) return error;
    throw error;
  }
  throw new Error('expected a DataImportError');
}

describe('parseDelimited', () => {
  it('reads quoted fields with delimiters, doubled quotes and line breaks', () => {
    const { rows } = parse('姓名,备注\r\n张三,"说""好"",再见"\r\n李四,"第一行\n第二行"\r\n');
    expect(rows).toEqual([
      ['姓名', '备注'],
      ['张三', '说"好",再见'],
      ['李四', '第一行\n第二行'],
    ]);
  });

  it('keeps empty fields, a trailing delimiter and a last line without a newline', () => {
    expect(parse('a,,c,\n1,2').rows).toEqual([
      ['a', '', 'c', ''],
      ['1', '2'],
    ]);
  });

  it('guesses tab and semicolon from the first line and obeys an Excel sep= line', () => {
    expect(guessDelimiter('姓名\t单位\t金额\n张三\t纪委,监委\t1')).toBe('\t');
    expect(guessDelimiter('姓名;单位\n')).toBe(';');
    expect(guessDelimiter('"a;b;c",d\n')).toBe(',');
    const hinted = parse('sep=;\n姓名;金额\n张三;1,5\n');
    expect(hinted).toEqual({ delimiter: ';', firstRow: 2, rows: [['姓名', '金额'], ['张三', '1,5']] });
  });

  it('names the row and column where an unclosed quote starts', () => {
    const error = failure(() => parse('a,b,c,d\n1,2,3,4\n5,6,7,"8\n9,10'));
    expect(error.code).toBe('unbalanced-quote');
    expect(error.message).toBe('文件“案件台账.csv”第 3 行第 4 列：引号不成对：此处以引号开始的内容一直没有结束引号');
  });

  it('counts the sep= line in row numbers', () => {
    expect(failure(() => parse('sep=,\na,"b\n')).location).toEqual({ fileName: '案件台账.csv', row: 2, column: 2 });
  });

  it('keeps text after a closing quote, as Excel does', () => {
    expect(parse('"abc"def,x').rows).toEqual([['abcdef', 'x']]);
  });

  it('enforces the row, column and cell caps with the place named', () => {
    const caps = { ...defaultDataCaps, maxRows: 2, maxColumns: 3, maxCellChars: 5 };
    expect(failure(() => parseDelimited('a\nb\nc\n', { fileName: 'x.csv', caps })).message).toBe('文件“x.csv”第 3 行：行数超过上限 2 行，请拆分文件后分别导入');
    expect(failure(() => parseDelimited('a,b,c,d', { fileName: 'x.csv', caps })).location).toEqual({ fileName: 'x.csv', row: 1, column: 4 });
    expect(failure(() => parseDelimited('a\n"123456"', { fileName: 'x.csv', caps })).code).toBe('cell-too-long');
  });

  it('refuses NUL characters, which mean the file is not text in the guessed encoding', () => {
    expect(failure(() => parse('a,b\n1,\0\n')).location).toEqual({ fileName: '案件台账.csv', row: 2, column: 2 });
  });
});
