import { describe, expect, it } from 'vitest';
import { buildTable } from './build-table.ts';
import type { Grid } from './grid.ts';

const source = { fileName: '案件台账.xlsx', sheet: '台账', encoding: 'workbook' as const };
const build = (grid: Partial<Grid> & Pick<Grid, 'rows'>) => buildTable({ merges: [], firstRow: 1, ...grid }, source);

describe('buildTable', () => {
  it('skips a merged title row and flattens a merged two-row header', () => {
    const table = build({
      rows: [
        ['2024年案件台账', null, null, null],
        ['序号', '姓名', '处分情况', null],
        [null, null, '党纪处分', '政务处分'],
        [1, '张三', '警告', null],
        [2, '李四', null, '记过'],
      ],
      merges: [
        { s: { r: 0, c: 0 }, e: { r: 0, c: 3 } },
        { s: { r: 1, c: 0 }, e: { r: 2, c: 0 } },
        { s: { r: 1, c: 1 }, e: { r: 2, c: 1 } },
        { s: { r: 1, c: 2 }, e: { r: 1, c: 3 } },
      ],
    });
    expect(table.headerRows).toBe(2);
    expect(table.columns.map((c) => c.name)).toEqual(['序号', '姓名', '处分情况/党纪处分', '处分情况/政务处分']);
    expect(table.rows).toEqual([
      [1, '张三', '警告', null],
      [2, '李四', null, '记过'],
    ]);
    expect(table.sourceRows).toEqual([4, 5]);
  });

  it('reads the same header from a .csv, where the group leaves blanks instead of merges', () => {
    const table = build({
      rows: [
        ['序号', '姓名', '处分情况', '', ''],
        ['', '', '党纪处分', '政务处分', '组织处理'],
        ['1', '张三', '警告', '', ''],
      ],
    });
    expect(table.columns.map((c) => c.name)).toEqual(['序号', '姓名', '处分情况/党纪处分', '处分情况/政务处分', '处分情况/组织处理']);
    expect(table.rows).toEqual([[1, '张三', '警告', null, null]]);
  });

  it('does not take a text data row for a second header row', () => {
    const table = build({ rows: [['单位', '问题描述', '整改时限'], ['县财政局', '专项资金拨付滞后', '2024.6.30']] });
    expect(table.headerRows).toBe(1);
    expect(table.rows).toEqual([['县财政局', '专项资金拨付滞后', '2024-06-30']]);
  });

  it('fills a value merged down over several data rows into each of them', () => {
    const table = build({
      rows: [['责任单位', '问题'], ['县教育局', '问题一'], [null, '问题二']],
      merges: [{ s: { r: 1, c: 0 }, e: { r: 2, c: 0 } }],
    });
    expect(table.rows).toEqual([
      ['县教育局', '问题一'],
      ['县教育局', '问题二'],
    ]);
  });

  it('types columns and keeps each cell as read', () => {
    const table = build({
      rows: [
        ['姓名', '立案日期', '涉案金额', '件数', '办结日期', '编号'],
        ['张三', '2024年3月5日', '1,200.50', '3', '2024.4.1', '001'],
        ['李四', '2024-03-06', '800', 2, '未办结', '002'],
      ],
    });
    expect(table.columns.map((c) => [c.name, c.type])).toEqual([
      ['姓名', 'text'],
      ['立案日期', 'date'],
      ['涉案金额', 'money'],
      ['件数', 'number'],
      ['办结日期', 'mixed'],
      ['编号', 'text'],
    ]);
    expect(table.rows[1]).toEqual(['李四', '2024-03-06', 800, 2, '未办结', '002']);
    expect(table.columns[4]!.samples).toEqual(['2024-04-01', '未办结']);
  });

  it('drops blank rows and trailing empty columns, naming blank headers by position', () => {
    const table = build({ rows: [['a', '', 'c', '', ''], ['1', '2', '3', '', ''], ['', '', '', '', ''], ['4', '5', '6', null, '']], firstRow: 2 });
    expect(table.columns.map((c) => c.name)).toEqual(['a', '第2列', 'c']);
    expect(table.rows).toEqual([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    expect(table.sourceRows).toEqual([3, 5]);
  });

  it('keeps headers such as __proto__ and constructor as plain names, and numbers duplicates', () => {
    const table = build({ rows: [['__proto__', 'constructor', '姓名', '姓名'], ['1', '2', '张三', '李四']] });
    expect(table.columns.map((c) => c.name)).toEqual(['__proto__', 'constructor', '姓名', '姓名（2）']);
    expect(Object.getPrototypeOf(table.columns[0])).toBe(Object.prototype);
  });

  it('reads a sheet without a header when its first row is data', () => {
    const table = build({ rows: [[1, '2024.3.5'], [2, '2024.3.6']] });
    expect(table.headerRows).toBe(0);
    expect(table.columns.map((c) => c.name)).toEqual(['第1列', '第2列']);
    expect(table.rows).toHaveLength(2);
  });
});

describe('buildTable: rows around the data', () => {
  it('skips a title and a 填报单位 line above the header', () => {
    const table = build({
      rows: [
        ['2024年巡察整改台账', null, null],
        ['填报单位：县纪委监委', null, '填报日期：2024年3月5日'],
        ['问题', '责任单位', '整改时限'],
        ['制度不健全', '县财政局', '2024.6.30'],
      ],
      merges: [{ s: { r: 0, c: 0 }, e: { r: 0, c: 2 } }],
    });
    expect(table.columns.map((c) => c.name)).toEqual(['问题', '责任单位', '整改时限']);
    expect(table.sourceRows).toEqual([4]);
  });

  it('leaves 合计 and 小计 rows out and says where they were', () => {
    const table = build({ rows: [['单位', '件数'], ['城关镇', '3'], ['小计', '3'], ['县教育局', '2'], ['合  计', '5']] });
    expect(table.rows).toEqual([
      ['城关镇', 3],
      ['县教育局', 2],
    ]);
    expect(table.totalRows).toEqual([3, 5]);
  });
});

describe('buildTable: wide header cells', () => {
  it('keeps one column for a cell merged across two for width, and does not take the text below for a sub-header', () => {
    const table = build({
      rows: [
        ['序号', '问题描述', null, '责任单位'],
        [1, '专项资金拨付滞后', null, '县财政局'],
        [2, '制度执行不严格', null, '县教育局'],
      ],
      merges: [
        { s: { r: 0, c: 1 }, e: { r: 0, c: 2 } },
        { s: { r: 1, c: 1 }, e: { r: 1, c: 2 } },
        { s: { r: 2, c: 1 }, e: { r: 2, c: 2 } },
      ],
    });
    expect(table.headerRows).toBe(1);
    expect(table.columns.map((c) => c.name)).toEqual(['序号', '问题描述', '责任单位']);
    expect(table.rows[0]).toEqual([1, '专项资金拨付滞后', '县财政局']);
  });
});
