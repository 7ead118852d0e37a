/** Odd/even footers with the page number `— N —` in 4号宋体, one character in from the outer edge (§7.5). */
import type { FontProfile } from '../layout/font-profiles.ts';
import { gbt9704 } from '../layout/gbt9704.ts';
import { runFontsXml } from './runs.ts';

function pageNumberFooter(fonts: FontProfile, side: 'odd' | 'even', raise: number): string {
  const inset = gbt9704.indent.pageNumber;
  const size = gbt9704.size.pageNumber;
  const run = (content: string) => `<w:r><w:rPr>${runFontsXml(fonts.songti, fonts.songti)}<w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr>${content}</w:r>`;
  const indent = side === 'odd' ? `w:right="${inset}"` : `w:left="${inset}"`;
  return (
    `<w:p><w:pPr><w:spacing w:after="${Math.floor(raise)}" w:before="0" w:line="${gbt9704.pageNumberLine}" w:lineRule="exact"/><w:ind ${indent} w:firstLine="0" w:firstLineChars="0"/><w:jc w:val="${side === 'odd' ? 'right' : 'left'}"/></w:pPr>` +
    run('<w:t xml:space="preserve">— </w:t>') +
    run('<w:fldChar w:fldCharType="begin"/>') +
    run('<w:instrText xml:space="preserve">PAGE</w:instrText>') +
    run('<w:fldChar w:fldCharType="separate"/>') +
    run('<w:fldChar w:fldCharType="end"/>') +
    run('<w:t xml:space="preserve"> —</w:t>') +
    '</w:p>'
  );
}

/**
 * The body of the default (odd) and even footers. `raise` lifts the number when the section's
 * footer distance is smaller than the standard one (信函式 needs 20 mm for the first page's
 * lower red line), so it still sits 7 mm under the 版心.
 */
export function pageNumberFooters(fonts: FontProfile, raise = 0): { default: string; even: string } {
  return { default: pageNumberFooter(fonts, 'odd', raise), even: pageNumberFooter(fonts, 'even', raise) };
}
