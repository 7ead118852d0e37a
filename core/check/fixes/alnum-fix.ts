/** Full-width digits and letters (０-９ Ａ-Ｚ ａ-ｚ) → half-width (GB/T 15835). */
import type { TextEdit } from './text-edit.ts';

export function fullWidthAlnumEdits(text: string): TextEdit[] {
  return [...text.matchAll(/[０-９Ａ-Ｚａ-ｚ]/g)].map((match) => ({ start: match.index, end: match.index + 1, text: String.fromCharCode(match[0].charCodeAt(0) - 0xfee0) }));
}
