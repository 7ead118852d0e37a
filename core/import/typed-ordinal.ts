/**
 * Heading ordinals as people type them at the start of a paragraph: the four GB/T 9704
 * forms (一、 （一） 1. （1）, with 1． accepted for 1.), and the look-alikes the checker
 * flags — (一), 一., 1、, 01., （一）、 — which import keeps as typed text.
 */
import { chineseNumeral } from '../format/chinese-numerals.ts';
import type { HeadingBlock } from '../model/blocks.ts';

export type HeadingLevel = HeadingBlock['level'];

export type TypedOrdinal =
  | { kind: 'standard'; level: HeadingLevel; n: number; typed: string }
  | { kind: 'nonstandard'; typed: string };

const chineseValues = new Map(Array.from({ length: 99 }, (_, i) => [chineseNumeral(i + 1), i + 1] as const));
const chinese = '[一二三四五六七八九十]{1,3}';

const standardForms: { level: HeadingLevel; pattern: RegExp; value: (digits: string) => number | undefined }[] = [
  { level: 1, pattern: new RegExp(`^(${chinese})、`), value: (s) => chineseValues.get(s) },
  { level: 2, pattern: new RegExp(`^（(${chinese})）`), value: (s) => chineseValues.get(s) },
  { level: 3, pattern: /^([1-9]\d?)[.．](?![\d.．])/, value: Number },
  { level: 4, pattern: /^（([1-9]\d?)）/, value: Number },
];

const nonstandardForms = [new RegExp(`^\\((?:${chinese}|\\d{1,2})\\)`), new RegExp(`^${chinese}[.．，,]`), /^\d{1,2}[、，,]/, /^0\d[.．](?!\d)/, /^[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[）)][、，,.．]/];

/** Punctuation straight after an ordinal means a doubled ordinal mark such as （一）、. */
const doubledMark = /^[、，,.．]/;

export function readTypedOrdinal(text: string): TypedOrdinal | null {
  for (const pattern of nonstandardForms) {
    const match = pattern.exec(text);
    if (match) return { kind: 'nonstandard', typed: match[0] };
  }
  for (const { level, pattern, value } of standardForms) {
    const match = pattern.exec(text);
    if (!match) continue;
    const n = value(match[1]!);
    if (n === undefined || doubledMark.test(text.slice(match[0].length))) return { kind: 'nonstandard', typed: match[0] };
    return { kind: 'standard', level, n, typed: match[0] };
  }
  return null;
}
