/** 成文日期 as GB/T 9704 wants it: Arabic digits, full year, no zero padding (2024年3月5日). */
import { parseIsoDate } from '../model/iso-date.ts';
import { chineseDigits, chineseNumeral } from './chinese-numerals.ts';

export function formatArabicDate(isoDate: string): string {
  const { year, month, day } = parseIsoDate(isoDate);
  return `${year}年${month}月${day}日`;
}

/** 二〇二四年三月五日: years digit by digit with 〇 (U+3007), month and day as numbers. */
export function formatChineseDate(isoDate: string): string {
  const { year, month, day } = parseIsoDate(isoDate);
  return `${chineseDigits(year)}年${chineseNumeral(month)}月${chineseNumeral(day)}日`;
}

export function formatDate(isoDate: string, style: 'arabic' | 'chinese'): string {
  return style === 'chinese' ? formatChineseDate(isoDate) : formatArabicDate(isoDate);
}
