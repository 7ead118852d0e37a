/**
 * A whole line that is a date, read only when printing the date back gives the very same
 * characters: 2024年3月5日 or 二〇二四年三月五日. Zero-padded, 零/○-written or otherwise
 * irregular dates are left as typed text for the checker to flag, so nothing is rewritten.
 */
import { formatDate } from '../format/chinese-date.ts';
import { isValidIsoDate } from '../model/iso-date.ts';

export interface TypedDate {
  iso: string;
  style: 'arabic' | 'chinese';
}

const arabic = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/;
const chinese = /^([〇一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日$/;
const digitValue = new Map([...'〇一二三四五六七八九'].map((ch, i) => [ch, i] as const));

function chineseNumber(text: string): number {
  if (!text.includes('十')) return digitValue.get(text) ?? Number.NaN;
  const [tens, ones] = text.split('十') as [string, string];
  return (tens ? (digitValue.get(tens) ?? Number.NaN) : 1) * 10 + (ones ? (digitValue.get(ones) ?? Number.NaN) : 0);
}

function iso(year: number, month: number, day: number): string | null {
  const value = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isValidIsoDate(value) ? value : null;
}

export function readTypedDate(text: string): TypedDate | null {
  const a = arabic.exec(text);
  const c = a ? null : chinese.exec(text);
  let candidate: TypedDate | null = null;
  if (a) {
    const value = iso(Number(a[1]), Number(a[2]), Number(a[3]));
    candidate = value ? { iso: value, style: 'arabic' } : null;
  } else if (c) {
    const year = Number([...c[1]!].map((ch) => digitValue.get(ch)).join(''));
    const value = iso(year, chineseNumber(c[2]!), chineseNumber(c[3]!));
    candidate = value ? { iso: value, style: 'chinese' } : null;
  }
  return candidate && formatDate(candidate.iso, candidate.style) === text ? candidate : null;
}
