import { describe, expect, it } from 'vitest';
import { readCell } from './cell-value.ts';

describe('readCell', () => {
  it('reads dates typed as text', () => {
    expect(readCell('2024.3.5')).toEqual({ kind: 'date', value: '2024-03-05' });
    expect(readCell(' 2024年3月5日 ')).toEqual({ kind: 'date', value: '2024-03-05' });
    expect(readCell('2024/03/05')).toEqual({ kind: 'date', value: '2024-03-05' });
    expect(readCell('2024.2.30')).toEqual({ kind: 'text', value: '2024.2.30' });
  });

  it('reads numbers and money typed as text', () => {
    expect(readCell('1,234.5')).toEqual({ kind: 'number', value: 1234.5, money: false });
    expect(readCell('１２３')).toEqual({ kind: 'number', value: 123, money: false });
    expect(readCell('-12')).toEqual({ kind: 'number', value: -12, money: false });
    expect(readCell('￥3,000.00')).toEqual({ kind: 'number', value: 3000, money: true });
    expect(readCell('500元')).toEqual({ kind: 'number', value: 500, money: true });
    expect(readCell('66.57万元')).toEqual({ kind: 'number', value: 665_700, money: true });
  });

  it('keeps codes that only look like numbers as text', () => {
    expect(readCell('001')).toEqual({ kind: 'text', value: '001' });
    expect(readCell('110101199003071234')).toEqual({ kind: 'text', value: '110101199003071234' });
    expect(readCell('1,23')).toEqual({ kind: 'text', value: '1,23' });
    expect(readCell('0.5')).toEqual({ kind: 'number', value: 0.5, money: false });
  });

  it('passes workbook numbers through and treats blanks as empty', () => {
    expect(readCell(42)).toEqual({ kind: 'number', value: 42, money: false });
    expect(readCell('  ')).toEqual({ kind: 'empty' });
    expect(readCell(null)).toEqual({ kind: 'empty' });
  });
});
