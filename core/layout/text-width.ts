/**
 * Printed width of a line of 3号 text in twips, by character cells: a full-width character
 * takes one 320-twip cell, an ASCII digit or letter (Times New Roman) half of one. Latin-1
 * signs such as × ÷ · ° take a whole cell: with the eastAsia hint Word sets them in the
 * Chinese font, so 中共××县 is as wide as 中共某某县.
 */
import { gbt9704 } from './gbt9704.ts';

const halfWidth = /[\u0020-\u007E\u00A0]/u;

export function textWidth(text: string, charWidth: number = gbt9704.char.body): number {
  let width = 0;
  for (const ch of text) width += halfWidth.test(ch) ? charWidth / 2 : charWidth;
  return width;
}
