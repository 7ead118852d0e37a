/** Embedded fonts (`pdffonts`): every role's stand-in is there and embedded, and nothing fell back to a default font. */
import { describe, expect, it } from 'vitest';
import { loadRenderedCorpus, measured } from './rendered-corpus.ts';
import { fallbackFonts, standInFonts } from './stand-in-fonts.ts';

const corpus = loadRenderedCorpus();

describe('嵌入字体', () => {
  it.each(corpus.map((entry) => [entry.name, entry] as const))('%s：各角色的替代字体均已嵌入，无回退字体', (_name, entry) => {
    const fonts = measured(entry).fonts;
    const missing = entry.fonts.filter((role) => !fonts.some((font) => standInFonts[role].test(font.name)));
    expect(missing, `${entry.name} 缺少这些角色的字体（PDF 中有：${fonts.map((f) => f.name).join('、')}）`).toEqual([]);
    expect(fonts.filter((font) => !font.embedded).map((font) => font.name), `${entry.name} 未嵌入的字体`).toEqual([]);
    expect(fonts.filter((font) => fallbackFonts.test(font.name)).map((font) => font.name), `${entry.name} 出现回退字体：某个字体名没有映射`).toEqual([]);
  });
});
