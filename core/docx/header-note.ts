/**
 * The 送审稿 note of an export for review: 4号黑体 at the top right of every page, in the
 * header area above the 版心. It is a framed paragraph (w:framePr, placed from the paper's top
 * edge), so it takes no room in the header's flow: the body, the 信函 first-page header and
 * the line grid print exactly as without it.
 */
import type { FontProfile } from '../layout/font-profiles.ts';
import { gbt9704, textBlockWidth } from '../layout/gbt9704.ts';
import { runFontsXml } from './runs.ts';
import { exactSpacingXml } from './styles.ts';
import { escapeXml } from './xml-escape.ts';

/** A header note is a word or two (送审稿, 征求意见稿): it must fit the top right of the page on one line. */
export const maxHeaderNote = 10;

/** 4号 (half-points), one exact line a little taller, so the frame's height does not depend on the font's ascent. */
const noteSize = 28;
const noteLine = 320;
/**
 * Its top 15 mm below the paper's top edge, above the 版心 (37 mm) and the 信函 mark (30 mm).
 * LibreOffice keeps a header frame inside the header area, which on a 信函's later pages starts
 * at 30 mm: the 4号 line still ends above the 版心 there.
 */
const noteTop = 851;

export function headerNoteXml(text: string, fonts: FontProfile): string {
  const size = noteSize;
  return (
    `<w:p><w:pPr><w:framePr w:w="${textBlockWidth}" w:h="${noteLine}" w:hRule="exact" w:wrap="around" w:vAnchor="page" w:hAnchor="margin" w:x="0" w:y="${noteTop}"/>` +
    `${exactSpacingXml(noteLine)}<w:ind w:left="0" w:right="0" w:firstLine="0" w:firstLineChars="0"/><w:jc w:val="right"/></w:pPr>` +
    `<w:r><w:rPr>${runFontsXml(fonts.heiti, fonts.latin)}<w:color w:val="${gbt9704.colour.text}"/><w:sz w:val="${size}"/><w:szCs w:val="${size}"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`
  );
}
