/** All four font slots filled, so Word, WPS and LibreOffice pick the same faces for Chinese and for Latin text. */
import { escapeXml } from './xml-escape.ts';

export function runFontsXml(eastAsia: string, latin: string): string {
  const l = escapeXml(latin);
  return `<w:rFonts w:ascii="${l}" w:cs="${l}" w:eastAsia="${escapeXml(eastAsia)}" w:hAnsi="${l}" w:hint="eastAsia"/>`;
}
