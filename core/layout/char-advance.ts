/**
 * Advance widths in twips as Word and LibreOffice set them: Chinese characters and full-width
 * punctuation 1 em, digits and Latin letters in Times New Roman (Liberation Serif metrics),
 * 宋体 page-number digits half an em; the run's character spacing is added to every character.
 */
import type { FontRole } from '../typeset/typeset.ts';
import { Script } from './char-class.ts';
import { latinBoldWidths, latinRegularWidths, latinUnitsPerEm } from './latin-widths.ts';

/**
 * Width of one character (by code point) in twips. `latinContext` says whether a weak character
 * (space, — … “ ”) follows a Latin one and so takes the Latin font.
 * `size` is in half-points, so one em is size × 10 twips.
 */
export function charAdvance(code: number, script: Script, latinContext: boolean, font: FontRole, size: number, bold: boolean, characterSpacing: number, scale = 100): number {
  const em = size * 10;
  let width: number;
  if (script === Script.Asian) width = em;
  // 宋体 (page numbers) sets digits, spaces and Latin half an em wide, dashes a full em.
  else if (font === 'songti') width = code < 0x2000 ? em / 2 : em;
  else if (script === Script.Latin || latinContext) width = latinWidth(code, bold, em);
  // Weak characters after Chinese text use the CJK font: punctuation a full em; LibreOffice's
  // stand-in fonts set the space a quarter em wide, like Times.
  else width = code === 0x20 || code === 0xa0 ? em / 4 : em;
  return Math.round((width * scale) / 100) + characterSpacing;
}

/**
 * The gap LibreOffice inserts between a Chinese character and a Latin letter or digit
 * (“Asian–Latin spacing”, on unless `w:autoSpaceDE`/`DN` is off): a fifth of the font height.
 * The character before the gap loses its character spacing (measured: 69 twips after a
 * condensed 3号 character, 88 at 2号).
 */
export function autoSpace(size: number, previousSpacing: number): number {
  return size * 2 - previousSpacing;
}

function latinWidth(code: number, bold: boolean, em: number): number {
  const units = (bold ? latinBoldWidths : latinRegularWidths)[code];
  // Latin-script characters outside the table (Greek, Cyrillic) are rare in 公文; half an em is Times' average.
  return units === undefined ? em / 2 : (units * em) / latinUnitsPerEm;
}
