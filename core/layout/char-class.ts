/**
 * How LibreOffice 7.4 treats each character when it sets Chinese text (zh-CN): which font
 * script it belongs to, and the zh-CN line rules (避头尾) and hanging punctuation, copied
 * from LibreOffice's zh_CN locale data (i18npool) so our breaks match its renders.
 */

/** Script classes: ASIAN takes the East Asian font (1 em), LATIN the Latin font, WEAK the script before it. */
export const enum Script {
  Asian = 0,
  Latin = 1,
  Weak = 2,
}

/**
 * LibreOffice's script of a character (i18npool `getScriptClass`, by Unicode block): Latin up to
 * the spacing modifiers and for Greek/Cyrillic; Asian from the CJK radicals to the Hangul
 * syllables, CJK compatibility and full-width forms, and the supplementary ideographs; weak for
 * spaces and every symbol block in between (General Punctuation — “ ” … —, ℃, №, arrows, ①,
 * ★, ■). Weak characters take the script of the character before them, so “ or ★ after a
 * Chinese character is a full-width glyph; at the start of a paragraph they take the Latin font
 * (measured: a leading “ is 0.44 em).
 */
export function scriptOf(code: number): Script {
  if (code === 0x20 || code === 0xa0) return Script.Weak;
  if (code < 0x0300) return Script.Latin;
  if (code < 0x0370) return Script.Weak;
  if (code < 0x1100) return Script.Latin;
  if (code < 0x1200) return Script.Asian;
  if (code < 0x2000) return Script.Latin;
  if (code < 0x2e80) return Script.Weak;
  if (code < 0xd7b0) return Script.Asian;
  if (code >= 0xf900 && code < 0xfb00) return Script.Asian;
  if (code >= 0xfe30 && code < 0xfe50) return Script.Asian;
  if (code >= 0xff00 && code < 0xfff0) return Script.Asian;
  if (code >= 0x20000 && code < 0x30000) return Script.Asian;
  if (code >= 0xfb00 && code < 0xff00) return Script.Latin;
  return Script.Weak;
}

/** Bit flags per UTF-16 code unit, so the line breaker tests a character with one array read. */
export const enum CharFlag {
  ForbiddenBegin = 1,
  ForbiddenEnd = 2,
  Hanging = 4,
}

const flags = new Uint8Array(0x10000);
function mark(chars: string, flag: CharFlag): void {
  for (const ch of chars) flags[ch.charCodeAt(0)]! |= flag;
}

/** zh_CN ForbiddenLineBeginCharacters: never the first character of a line. */
mark(':!),.:;?]}¢\'"、。〉》」』】〕〗〞︰︱︳﹐､﹒﹔﹕﹖﹗﹚﹜﹞！），．：；？｜｝︴︶︸︺︼︾﹀﹂﹄﹏､～￠々‖•·ˇˉ―--′’”', CharFlag.ForbiddenBegin);
/** zh_CN ForbiddenLineEndCharacters: never the last character of a line. */
mark('([{£¥\'"‵〈《「『【〔〖（［｛￡￥〝︵︷︹︻︽︿﹁﹃﹙﹛﹝（｛“‘', CharFlag.ForbiddenEnd);
/** zh_CN HangingCharacters: may hang past the right margin instead of moving to the next line. */
mark('!,.:;?、。！，．：；？', CharFlag.Hanging);

/** The 避头尾 and hanging flags of a UTF-16 code unit (all of these characters are in the BMP). */
export const charFlags = (unit: number): number => flags[unit]!;

/**
 * Characters between which LibreOffice (and Word, `w:autoSpaceDE`/`DN`) put the Asian–Latin gap:
 * a Latin letter or digit (1), or a Chinese character, kana, hangul or full-width letter or
 * digit (2). Punctuation and symbols on either side get no gap (measured: `1.汉`, `（1）`,
 * `%汉`, `★1` have none).
 */
export function spacingClass(code: number, script: Script): 0 | 1 | 2 {
  if (script === Script.Latin) {
    const latinAlnum = (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7);
    return latinAlnum ? 1 : 0;
  }
  if (script !== Script.Asian) return 0;
  const ideograph = (code >= 0x3400 && code < 0xa000) || (code >= 0xf900 && code < 0xfb00) || code >= 0x20000;
  const kanaOrHangul = (code >= 0x3040 && code < 0x3100) || (code >= 0xac00 && code < 0xd7b0) || (code >= 0x1100 && code < 0x1200);
  const fullwidthAlnum = (code >= 0xff10 && code <= 0xff19) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a);
  return ideograph || kanaOrHangul || fullwidthAlnum ? 2 : 0;
}

/** Letters, digits and the marks inside Latin words and numbers: ICU keeps a run of them on one line. */
export function isLatinWordChar(code: number): boolean {
  return code > 0x20 && code < 0x2000 && code !== 0xa0;
}
