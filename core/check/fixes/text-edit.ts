/** A fix proposes edits to a run of text; the edits of one pass never overlap. */
import { cjk } from '../text-patterns.ts';

export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** Proposes the edits of one pass over `text`; returns none when the text is already right. */
export type TextFixer = (text: string) => TextEdit[];

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let result = '';
  let at = 0;
  for (const edit of [...edits].sort((a, b) => a.start - b.start)) {
    result += text.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return result + text.slice(at);
}

/** The character (a whole code point) ending at `index`, or '' at the start. */
export function charBefore(text: string, index: number): string {
  if (index <= 0) return '';
  const low = text.charCodeAt(index - 1);
  return low >= 0xdc00 && low <= 0xdfff && index >= 2 ? text.slice(index - 2, index) : text.slice(index - 1, index);
}

/** The character (a whole code point) starting at `index`, or '' at the end. */
export function charAfter(text: string, index: number): string {
  const code = text.codePointAt(index);
  return code === undefined ? '' : String.fromCodePoint(code);
}

/** Full-width punctuation, quotes, dashes and ellipses that only Chinese text uses. */
const chinesePunctuation = /[\u3000-\u303F\uFF01-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF65\u2018-\u201D\u2026\u2014]/;

/** True for a CJK ideograph or a mark that only appears in Chinese text. */
export const isChinese = (char: string): boolean => char !== '' && (cjk.test(char) || chinesePunctuation.test(char));

export const isDigit = (char: string): boolean => /^[0-9]$/.test(char);

/** Web and mail addresses, whose punctuation is part of the address; a path may hold Chinese, so it ends only at a space or Chinese punctuation. */
const addressPattern = /(?:(?:https?|ftp):\/\/|www\.)[^\s，。；：！？、“”‘’（）《》【】]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gi;

export function addressRanges(text: string): [number, number][] {
  return [...text.matchAll(addressPattern)].map((match) => [match.index, match.index + match[0].length]);
}

export const inRanges = (ranges: readonly [number, number][], index: number): boolean => ranges.some(([start, end]) => index >= start && index < end);
