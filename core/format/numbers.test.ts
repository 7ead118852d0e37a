import { describe, expect, it } from 'vitest';
import { formatCount, percentagePointChange, percentOf, yearOnYear, yuanToWan } from './numbers.ts';

describe('report numbers', () => {
  it('turns 元 into 万元 with two decimals, rounding as people do', () => {
    expect(yuanToWan(665_700)).toBe('66.57');
    expect(yuanToWan(1_005)).toBe('0.10');
    expect(yuanToWan(1_004.99)).toBe('0.10');
    expect(yuanToWan(12_345)).toBe('1.23');
    expect(yuanToWan(12_355)).toBe('1.24');
  });

  it('prints shares with one decimal', () => {
    expect(percentOf(179, 252)).toBe('71.0%');
    expect(percentOf(1, 3)).toBe('33.3%');
    expect(percentOf(1, 8)).toBe('12.5%');
    expect(() => percentOf(1, 0)).toThrow('总数为 0');
  });

  it('says 上升, 下降 or 持平 for year-on-year changes', () => {
    expect(yearOnYear(118, 105)).toBe('上升12.4%');
    expect(yearOnYear(95, 100)).toBe('下降5.0%');
    expect(yearOnYear(100, 100)).toBe('持平');
    expect(yearOnYear(1000, 1000.2)).toBe('持平');
  });

  it('speaks of 个百分点 for changes in a rate', () => {
    expect(percentagePointChange(72.5, 70.4)).toBe('提高2.1个百分点');
    expect(percentagePointChange(60, 62.35)).toBe('降低2.4个百分点');
    expect(percentagePointChange(50, 50)).toBe('持平');
  });

  it('writes counts with their measure word', () => {
    expect(formatCount(126, '件')).toBe('126件');
    expect(formatCount(652, '人次')).toBe('652人次');
    expect(() => formatCount(1.5, '人')).toThrow(RangeError);
  });
});
