/**
 * The PDF font names of the free stand-ins that `fonts.conf` maps each role to. Noto's CFF
 * names read "jp" for every language face of the .ttc, so the language is not asserted.
 */
import type { FontRole } from './corpus/corpus-entry.ts';

export const standInFonts: Record<FontRole, RegExp> = {
  fangsong: /^NotoSerifCJK\w*-Light/,
  xiaobiaosong: /^NotoSerifCJK\w*-Bold/,
  heiti: /^NotoSansCJK\w*-Regular/,
  kaiti: /^UKai/,
  songti: /^UMing/,
  latin: /^LiberationSerif/,
};

/** Fonts that appear only when a name fell through the aliases to fontconfig's defaults. */
export const fallbackFonts = /DejaVu|Liberation(Sans|Mono)|OpenSymbol/;
