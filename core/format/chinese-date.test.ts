import { describe, expect, it } from 'vitest';
import { formatArabicDate, formatChineseDate } from './chinese-date.ts';

describe('formatArabicDate', () => {
  it('writes the full year and no zero padding', () => {
    expect(formatArabicDate('2024-03-05')).toBe('2024年3月5日');
    expect(formatArabicDate('2024-12-31')).toBe('2024年12月31日');
  });

  it('refuses an impossible date rather than printing it', () => {
    expect(() => formatArabicDate('2024-02-30')).toThrow(RangeError);
  });
});

describe('formatChineseDate', () => {
  it('writes 〇 and the day words', () => {
    expect(formatChineseDate('2024-03-05')).toBe('二〇二四年三月五日');
    expect(formatChineseDate('2020-10-31')).toBe('二〇二〇年十月三十一日');
    expect(formatChineseDate('2021-12-20')).toBe('二〇二一年十二月二十日');
  });
});
