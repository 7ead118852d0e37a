import { describe, expect, it } from 'vitest';
import { formatArabicDate } from './chinese-date.ts';

describe('formatArabicDate', () => {
  it('writes the full year and no zero padding', () => {
    expect(formatArabicDate('2024-03-05')).toBe('2024年3月5日');
    expect(formatArabicDate('2024-12-31')).toBe('2024年12月31日');
  });

  it('refuses an impossible date rather than printing it', () => {
    expect(() => formatArabicDate('2024-02-30')).toThrow(RangeError);
  });
});
