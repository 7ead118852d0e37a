/** Text runs with all four font slots filled, so Word, WPS and LibreOffice pick the same faces. */
import { TextRun, type IRunOptions } from 'docx';
import type { FontProfile } from '../layout/font-profiles.ts';
import { gbt9704 } from '../layout/gbt9704.ts';
import { stripXmlInvalid } from '../text/xml-safe.ts';

export interface RunStyle {
  eastAsia: string;
  latin: string;
  size: number;
  characterSpacing?: number;
  color?: string;
}

export function runFont(eastAsia: string, latin: string): IRunOptions['font'] {
  return { ascii: latin, hAnsi: latin, eastAsia, cs: latin, hint: 'eastAsia' };
}

export function textRun(text: string, style: RunStyle): TextRun {
  return new TextRun({
    text: stripXmlInvalid(text),
    font: runFont(style.eastAsia, style.latin),
    size: style.size,
    sizeComplexScript: style.size,
    characterSpacing: style.characterSpacing ?? 0,
    color: style.color ?? gbt9704.colour.text,
    language: { value: 'en-US', eastAsia: 'zh-CN' },
  });
}

export const bodyStyle = (fonts: FontProfile): RunStyle => ({
  eastAsia: fonts.fangsong,
  latin: fonts.latin,
  size: gbt9704.size.body,
  characterSpacing: gbt9704.bodyCharacterSpacing,
});

export const titleStyle = (fonts: FontProfile): RunStyle => ({
  eastAsia: fonts.xiaobiaosong,
  latin: fonts.latin,
  size: gbt9704.size.title,
});
