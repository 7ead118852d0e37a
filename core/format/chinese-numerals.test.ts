import { describe, expect, it } from 'vitest';
import { chineseDigits, chineseNumeral } from './chinese-numerals.ts';

describe('chineseNumeral', () => {
  it.each([
    [0, '〇'],
    [1, '一'],
    [10, '十'],
    [11, '十一'],
    [20, '二十'],
    [21, '二十一'],
    [99, '九十九'],
  ])('%i → %s', (n, expected) => {
    expect(chineseNumeral(n)).toBe(expected);
  });

  it('refuses numbers it cannot write', () => {
    expect(() => chineseNumeral(100)).toThrow(RangeError);
    expect(() => chineseNumeral(1.5)).toThrow(RangeError);
  });
});

describe('chineseDigits', () => {
  it('reads years digit by digit with 〇 (U+3007)', () => {
    expect(chineseDigits(2024)).toBe('二〇二四');
    expect(chineseDigits(2024).charCodeAt(1)).toBe(0x3007);
  });
});
