/** Text patterns shared by role detection and the text rules: dates, ordinals, 文号, CJK characters. */
import { isValidIsoDate } from '../model/iso-date.ts';

/** A CJK ideograph (BMP and supplementary planes) or a full-width Chinese punctuation mark. */
export const cjk = /[\u3400-\u9FFF\uF900-\uFAFF\u{20000}-\u{3FFFF}]/u;

export const isBlank = (text: string): boolean => text.replace(/[\s\u3000]/g, '') === '';

/** Strips every kind of space a writer may have used for alignment. */
export const compact = (text: string): string => text.replace(/[\s\u3000\u00A0]+/g, '');

/** Sentence punctuation: a line containing it is prose, not a name or a heading line. */
export const sentencePunctuation = /[。，；！？,;!?]/;

const chineseDigit = '〇○零Ｏ一二三四五六七八九十';

/** Anything a writer might mean as a date: 2024年3月5日, 二〇二四年三月五日, 2024.3.5, 2024-03-05, 2024/3/5. */
export const looseDate = new RegExp(`^[（(]?((?:\\d|[０-９]){2,4}|[${chineseDigit}]{2,4})\\s*[年.．\\-/／]\\s*((?:\\d|[０-９]){1,2}|[${chineseDigit}]{1,3})\\s*[月.．\\-/／]\\s*((?:\\d|[０-９]){1,2}|[${chineseDigit}]{1,3})\\s*日?[）)]?$`);

/** GB/T 9704 §7.3.5: Arabic digits, full year, no zero padding. */
const strictDate = /^(\d{4})年([1-9]\d?)月([1-9]\d?)日$/;

export type DateProblem = null | 'form' | 'calendar';

export function dateProblem(text: string): DateProblem {
  const match = strictDate.exec(text);
  if (!match) return 'form';
  const iso = `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
  return isValidIsoDate(iso) ? null : 'calendar';
}

/** 文号 as typed, in any bracket style, for finding the line; the strict form is checked separately. */
export const looseDocumentNumber = /^[^\s，。]{0,20}[〔［[【（(﹝{]\s*(?:\d|[０-９]){2,4}\s*[〕］\]】）)﹞}]\s*第?\s*(?:\d|[０-９])+\s*号$/;
export const strictDocumentNumber = /^.+〔\d{4}〕[1-9]\d*号$/;

export type HeadingLevel = 1 | 2 | 3 | 4;

export interface Ordinal {
  level: HeadingLevel;
  /** The ordinal as typed, e.g. `（一）` or `1、`. */
  typed: string;
  /** Its numeric value, for sequence checks. */
  value: number;
  /** The GB/T 9704 form it should have been, when it is not one. */
  expected: string | null;
}

const chineseNumber = '[一二三四五六七八九十]{1,3}';
const arabicNumber = '[1-9０-９][0-9０-９]?';
const chineseValues = '一二三四五六七八九';

function chineseValue(text: string): number {
  if (!text.includes('十')) return chineseValues.indexOf(text) + 1;
  const [tens = '', ones = ''] = text.split('十');
  return (tens ? chineseValues.indexOf(tens) + 1 : 1) * 10 + (ones ? chineseValues.indexOf(ones) + 1 : 0);
}

const arabicValue = (text: string): number => Number(text.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));

/** Nonstandard forms first: they are prefixes of nothing standard, and `（一）、` must not read as `（一）`. */
const ordinalForms: { level: HeadingLevel; pattern: RegExp; chinese: boolean; standard: boolean }[] = [
  { level: 2, pattern: new RegExp(`^[（(](${chineseNumber})[）)][、，,.．]`), chinese: true, standard: false },
  { level: 4, pattern: new RegExp(`^[（(](${arabicNumber})[）)][、，,.．]`), chinese: false, standard: false },
  { level: 2, pattern: new RegExp(`^（(${chineseNumber})）`), chinese: true, standard: true },
  { level: 4, pattern: new RegExp(`^（(${arabicNumber})）`), chinese: false, standard: true },
  { level: 2, pattern: new RegExp(`^[（(](${chineseNumber})[）)]`), chinese: true, standard: false },
  { level: 4, pattern: new RegExp(`^[（(](${arabicNumber})[）)]`), chinese: false, standard: false },
  { level: 1, pattern: new RegExp(`^(${chineseNumber})、`), chinese: true, standard: true },
  { level: 1, pattern: new RegExp(`^(${chineseNumber})[.．，,](?![0-9])`), chinese: true, standard: false },
  { level: 3, pattern: new RegExp(`^(${arabicNumber})[.．](?![0-9０-９.．])`), chinese: false, standard: true },
  { level: 3, pattern: new RegExp(`^(${arabicNumber})[、，,](?![0-9])`), chinese: false, standard: false },
];

const circled = /^([\u2460-\u2473])/;

export function readOrdinal(text: string): Ordinal | null {
  const circle = circled.exec(text);
  if (circle) {
    const value = circle[1]!.charCodeAt(0) - 0x245f;
    return { level: 4, typed: circle[1]!, value, expected: `（${value}）` };
  }
  for (const form of ordinalForms) {
    const match = form.pattern.exec(text);
    if (!match) continue;
    const raw = match[1]!;
    const value = form.chinese ? chineseValue(raw) : arabicValue(raw);
    const digits = form.chinese ? raw : String(value);
    const expected = [`${digits}、`, `（${digits}）`, `${digits}.`, `（${digits}）`][form.level - 1]!;
    return { level: form.level, typed: match[0], value, expected: form.standard ? null : expected };
  }
  return null;
}

/** Font families by role; names in Chinese and English as Word and WPS accept both. */
export const fontFamilies = {
  fangsong: /仿宋|fangsong/i,
  kaiti: /楷体|kaiti|\bkai\b/i,
  heiti: /黑体|simhei|\bhei\b|heiti/i,
  xiaobiaosong: /小标宋|xiaobiaosong/i,
  songti: /^(?!.*(仿宋|小标宋|fangsong|xiaobiao)).*(宋体|simsun|song)/i,
} as const;

export type FontFamily = keyof typeof fontFamilies;

export const familyNames: Record<FontFamily, string> = { fangsong: '仿宋', kaiti: '楷体', heiti: '黑体', xiaobiaosong: '小标宋', songti: '宋体' };

/** Chinese size names for the sizes GB/T 9704 uses, by `w:sz`. */
export function sizeName(halfPoints: number | null): string {
  if (halfPoints === null) return '未设字号';
  const names: Record<number, string> = { 84: '初号', 72: '小初', 52: '一号', 48: '小一', 44: '2号', 36: '小二', 32: '3号', 30: '小三', 28: '4号', 24: '小四', 21: '五号', 18: '小五' };
  return names[halfPoints] ?? `${halfPoints / 2} 磅`;
}
