/**
 * 发文字号 written with the wrong year brackets, a 第 or a zero-padded number
 * (示纪发[2024]第05号, 示纪发【2024】5号, 示纪发(2024)5号) → 示纪发〔2024〕5号, in the 版头
 * and where the text cites another document's number.
 */
import type { TextEdit } from './text-edit.ts';

// The 机关代字 before the year is Chinese; that is what tells a 文号 from a bracketed year anywhere else.
const typedNumber = /(?<=[\u3400-\u9FFF])\s*[[［【(（﹝{〔]\s*(\d{4})\s*[\]］】)）﹞}〕]\s*第?\s*0*([1-9]\d*)\s*号/g;

export function documentNumberEdits(text: string): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const match of text.matchAll(typedNumber)) {
    const right = `〔${match[1]}〕${match[2]}号`;
    if (match[0] !== right) edits.push({ start: match.index, end: match.index + match[0].length, text: right });
  }
  return edits;
}
