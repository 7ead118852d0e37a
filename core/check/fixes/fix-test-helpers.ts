/** Shared by the fix tests: run a fixer to its fixed point on plain text, and text arbitraries mixing the characters fixes look at. */
import fc from 'fast-check';
import { applyEdits, type TextFixer } from './text-edit.ts';

export function fixAll(text: string, fixer: TextFixer): string {
  for (let pass = 0; pass < 8; pass++) {
    const edits = fixer(text);
    if (edits.length === 0) return text;
    text = applyEdits(text, edits);
  }
  return text;
}

const pieces = [
  '工作',
  '通知',
  '。',
  '，',
  ',',
  ';',
  ':',
  '?',
  '!',
  '.',
  '(',
  ')',
  '（',
  '）',
  '"',
  '1',
  '2024',
  '3',
  '05',
  '-',
  '/',
  '--',
  '—',
  '——',
  '…',
  '...',
  '。。。',
  '·',
  'a',
  'Word',
  ' ',
  'http://a.cn/x?y=1',
  '号',
  '第',
  '[',
  ']',
  '【',
  '】',
  '〔',
  '〕',
  '一',
  '、',
  '０',
  'Ａ',
  '𠀀',
];

/** Strings built from the characters the fixes react to, so shrinking finds short counterexamples. */
export const mixedText = fc.array(fc.constantFrom(...pieces), { maxLength: 24 }).map((parts) => parts.join(''));
