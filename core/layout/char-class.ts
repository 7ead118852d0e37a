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
 * Space and the General Punctuation block (— … “ ” ‘ ’) are weak in LibreOffice: they take
 * the font of the preceding character, so “ after a Chinese character is a full-width glyph;
 * at the start of a paragraph they take the Latin font (measured: a leading “ is 0.44 em).
 */
export function scriptOf(code: number): Script {
  if (code === 0x20 || code === 0xa0 || (code >= 0x2000 && code <= 0x206f)) return Script.Weak;
  if (code < 0x2e80) return Script.Latin;
  // Halfwidth Katakana/Hangul forms are narrow but Asian; the project never prints them.
  return Script.Asian;
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
 * a Latin letter or digit, or an Asian character that is not punctuation. Full-width
 * punctuation, quotes and Latin marks such as . % get no gap.
 */
export function spacingClass(code: number, script: Script): 0 | 1 | 2 {
  if (script === Script.Latin) {
    const latinAlnum = (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7);
    return latinAlnum ? 1 : 0;
  }
  if (script !== Script.Asian) return 0;
  const punctuation = (code >= 0x3000 && code <= 0x303f) || (code >= 0xfe10 && code <= 0xfe6f) || (code >= 0xff01 && code <= 0xff0f) || (code >= 0xff1a && code <= 0xff20) || (code >= 0xff3b && code <= 0xff40) || (code >= 0xff5b && code <= 0xff65);
  return punctuation ? 0 : 2;
}

/** Letters, digits and the marks inside Latin words and numbers: ICU keeps a run of them on one line. */
export function isLatinWordChar(code: number): boolean {
  return code > 0x20 && code < 0x2000 && code !== 0xa0;
}
