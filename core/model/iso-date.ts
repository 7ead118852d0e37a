/** Calendar dates travel as `YYYY-MM-DD` strings: JSON-safe, time-zone free, checked against the calendar. */
import { z } from '../validation/zod.ts';

export function isValidIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

export const IsoDateSchema = z.string().refine(isValidIsoDate, { message: '日期应为真实存在的日期，写成 YYYY-MM-DD（如 2024-03-05）' });

export function parseIsoDate(value: string): { year: number; month: number; day: number } {
  if (!isValidIsoDate(value)) throw new RangeError(`不是有效日期：${value}`);
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}
