/**
 * Removes what XML 1.0 cannot carry (C0 controls other than tab/newline/CR, U+FFFE, U+FFFF,
 * unpaired surrogates), so a stray control character pasted from another program never
 * produces a .docx that Word refuses to open.
 */
const invalidXmlChars = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function stripXmlInvalid(text: string): string {
  return text.replace(invalidXmlChars, '');
}
