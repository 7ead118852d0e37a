import { describe, expect, it } from 'vitest';
import { selectRows } from './aggregate.ts';
import { LedgerIndex, ledgerIndex, NumberKind } from './ledger-index.ts';
import type { MergeTable } from './merge-table.ts';
import type { Filter } from './template-schema.ts';

const table = (rows: (string | number | null)[][]): MergeTable => ({ name: '台账', sheet: null, columns: ['甲', '乙'], rows, rowNumbers: rows.map((_, i) => i + 2) });

describe('LedgerIndex', () => {
  it('encodes a column on its second use, one code per trimmed text, with the rows of each code in order', () => {
    const index = new LedgerIndex(table([['立案', 1], [' 立案', 2], ['谈话函询', 3], [5, 4], ['5', 5], [null, 6]]));
    expect(index.codesOf(0)).toBeNull();
    const encoded = index.codesOf(0)!;
    expect(Array.from(encoded.codes)).toEqual([0, 0, 1, 2, 2, 3]);
    expect(encoded.samples).toEqual(['立案', '谈话函询', 5, null]);
    const rowsOf = (code: number) => Array.from(encoded.postings.subarray(encoded.starts[code]!, encoded.starts[code + 1]!));
    expect([0, 1, 2, 3].map(rowsOf)).toEqual([[0, 1], [2], [3, 4], [5]]);
  });

  it('gives up encoding a column with thousands of distinct values and still filters it', () => {
    const many = table(Array.from({ length: 5_000 }, (_, i) => [`XS${i}`, i]));
    const index = new LedgerIndex(many);
    index.codesOf(0);
    expect(index.codesOf(0)).toBeNull();
    expect(Array.from(selectRows(many, [{ column: '甲', op: 'eq', value: 'XS4321' }], index))).toEqual([4321]);
    expect(Array.from(selectRows(many, [{ column: '甲', op: 'eq', value: 'XS4321' }], index))).toEqual([4321]);
  });

  it('parses a column into numbers once, telling blanks from text', () => {
    const numbers = new LedgerIndex(table([[null, '1,200.5'], [null, ' '], [null, 'abc'], [null, 7]])).numbersOf(1);
    expect(Array.from(numbers.kinds)).toEqual([NumberKind.Number, NumberKind.Blank, NumberKind.NotANumber, NumberKind.Number]);
    expect(numbers.values[0]).toBe(1200.5);
    expect(numbers.values[3]).toBe(7);
  });

  it('keeps one index per table object, so recomputing reuses it and a re-imported ledger gets its own', () => {
    const first = table([['a', 1]]);
    expect(ledgerIndex(first)).toBe(ledgerIndex(first));
    expect(ledgerIndex({ ...first })).not.toBe(ledgerIndex(first));
  });

  it('filters identically whether or not a column is encoded', () => {
    const rows = table(Array.from({ length: 300 }, (_, i) => [['立案', '谈话函询', ' 立案 ', '初步核实', ''][i % 5]!, `2024-${String((i % 12) + 1).padStart(2, '0')}-15`]));
    const filters: Filter[][] = [
      [{ column: '甲', op: 'eq', value: '立案' }],
      [{ column: '甲', op: 'in', value: ['立案', '初步核实'] }],
      [{ column: '甲', op: 'notEmpty', value: null }, { column: '乙', op: 'gte', value: '2024-03-01' }, { column: '乙', op: 'lte', value: '2024-06-30' }],
    ];
    for (const filter of filters) {
      const fresh = () => new LedgerIndex(rows);
      const plain = Array.from(selectRows(rows, filter, fresh()));
      const warm = fresh();
      selectRows(rows, filter, warm);
      expect(Array.from(selectRows(rows, filter, warm))).toEqual(plain);
      expect(plain.length).toBeGreaterThan(0);
    }
  });
});
