/** All four font slots filled, so Word, WPS and LibreOffice pick the same faces for Chinese and for Latin text. */
import type { IRunOptions } from 'docx';

export function runFont(eastAsia: string, latin: string): IRunOptions['font'] {
  return { ascii: latin, hAnsi: latin, eastAsia, cs: latin, hint: 'eastAsia' };
}
