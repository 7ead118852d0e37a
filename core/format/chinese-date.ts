/** 成文日期 as GB/T 9704 wants it: Arabic digits, full year, no zero padding (2024年3月5日). */
import { parseIsoDate } from '../model/iso-date.ts';

export function formatArabicDate(isoDate: string): string {
  const { year, month, day } = parseIsoDate(isoDate);
  return `${year}年${month}月${day}日`;
}
