import { describe, expect, it } from 'vitest';
import { BindingError, describeFilters, evaluateBinding, selectRows } from './aggregate.ts';
import type { MergeTable } from './merge-table.ts';

const clues: MergeTable = {
  name: '问题线索台账',
  sheet: null,
  columns: ['处置方式', '金额', '日期'],
  rows: [
    ['谈话函询', 100, '2024-02-01'],
    [' 立案 ', '1,200.5', '2024-05-01'],
    ['谈话函询', null, '2024-07-01'],
    ['立案', '', '2024-09-30'],
    [null, 50, ''],
  ],
  rowNumbers: [3, 4, 5, 6, 8],
};

const rowsOf = (...args: Parameters<typeof selectRows>) => Array.from(selectRows(...args));

describe('selectRows', () => {
  it('compares trimmed text, numbers as numbers and ISO dates as text', () => {
    expect(rowsOf(clues, [{ column: '处置方式', op: 'eq', value: '立案' }])).toEqual([1, 3]);
    expect(rowsOf(clues, [{ column: '处置方式', op: 'ne', value: '立案' }])).toEqual([0, 2, 4]);
    expect(rowsOf(clues, [{ column: '处置方式', op: 'in', value: ['立案', '谈话函询'] }])).toEqual([0, 1, 2, 3]);
    expect(rowsOf(clues, [{ column: '处置方式', op: 'contains', value: '函' }])).toEqual([0, 2]);
    expect(rowsOf(clues, [{ column: '金额', op: 'gte', value: 100 }])).toEqual([0, 1]);
    expect(rowsOf(clues, [{ column: '日期', op: 'lte', value: '2024-06-30' }])).toEqual([0, 1]);
    expect(rowsOf(clues, [{ column: '金额', op: 'notEmpty', value: null }, { column: '处置方式', op: 'notEmpty', value: null }])).toEqual([0, 1]);
  });

  it('refuses unknown columns and unresolved field references with the ledger named', () => {
    expect(() => selectRows(clues, [{ column: '__proto__', op: 'eq', value: 'x' }])).toThrow(new BindingError('台账“问题线索台账”没有“__proto__”列'));
    expect(() => selectRows(clues, [{ column: '处置方式', op: 'eq', value: { field: '单位' } }])).toThrow('筛选条件“处置方式”引用了字段“单位”，但该字段还没有值');
  });
});

describe('evaluateBinding', () => {
  it('sums, averages and bounds numbers, skipping blanks and keeping the rows', () => {
    const sum = (aggregate: 'sum' | 'avg' | 'min' | 'max') => evaluateBinding(clues, { kind: 'aggregate', dataset: '问题线索台账', aggregate, column: '金额', filters: [] });
    expect(sum('sum')).toEqual({ value: 1350.5, rows: Int32Array.from([0, 1, 2, 3, 4]) });
    expect(sum('avg').value).toBeCloseTo(450.1667, 3);
    expect(sum('min').value).toBe(50);
    expect(sum('max').value).toBe(1200.5);
  });

  it('counts per group in ledger order and leaves blank groups out', () => {
    const bound = evaluateBinding(clues, { kind: 'group', dataset: '问题线索台账', aggregate: 'count', column: null, filters: [], groupBy: '处置方式', unit: '件' });
    expect(bound.groups).toEqual([
      { name: '谈话函询', value: 2 },
      { name: '立案', value: 2 },
    ]);
    expect(Array.from(bound.rows)).toEqual([0, 1, 2, 3, 4]);
  });

  it('names the row of a value that is not a number, as the user numbers rows', () => {
    const table = { ...clues, rows: [...clues.rows, ['立案', '约3万', '']] , rowNumbers: [...clues.rowNumbers, 9] };
    expect(() => evaluateBinding(table, { kind: 'aggregate', dataset: 'x', aggregate: 'sum', column: '金额', filters: [] })).toThrow('台账“问题线索台账”第 9 行“金额”列不是数字：约3万');
  });

  it('wants exactly one row for a single value', () => {
    expect(evaluateBinding(clues, { kind: 'value', dataset: 'x', column: '金额', filters: [{ column: '日期', op: 'eq', value: '2024-05-01' }] })).toEqual({ value: '1,200.5', rows: Int32Array.from([1]) });
    expect(() => evaluateBinding(clues, { kind: 'value', dataset: 'x', column: '金额', filters: [{ column: '处置方式', op: 'eq', value: '立案' }] })).toThrow('符合条件（处置方式 = 立案）的行有 2 行，应恰好 1 行');
  });

  it('describes filters in words, field references as 【名称】', () => {
    expect(describeFilters([{ column: '单位全称', op: 'eq', value: { field: '被建议单位' } }, { column: '金额', op: 'notEmpty', value: null }])).toBe('单位全称 = 【被建议单位】，且 金额 不为空');
  });
});
