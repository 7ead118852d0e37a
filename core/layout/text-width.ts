/**
 * Printed width of a line of 3号 text in twips: a full-width character takes one 320-twip
 * cell, a half-width digit or Latin letter (Times New Roman) half of one.
 */
import { gbt9704 } from './gbt9704.ts';

const halfWidth = /[\u0020-\u007E\u00A0-\u00FF]/u;

export function textWidth(text: string, charWidth: number = gbt9704.char.body): number {
  let width = 0;
  for (const ch of text) width += halfWidth.test(ch) ? charWidth / 2 : charWidth;
  return width;
}
