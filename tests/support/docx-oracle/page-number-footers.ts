/** Odd/even footers with the page number `— N —` in 4号宋体, one character in from the outer edge (§7.5). */
import { AlignmentType, Footer, LineRuleType, PageNumber, Paragraph, TextRun } from 'docx';
import type { FontProfile } from '../../../core/layout/font-profiles.ts';
import { gbt9704 } from '../../../core/layout/gbt9704.ts';
import { runFont } from './runs.ts';

function pageNumberFooter(fonts: FontProfile, side: 'odd' | 'even', raise: number): Footer {
  const inset = gbt9704.indent.pageNumber;
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: inset, firstLine: 0, firstLineChars: 0 } : { left: inset, firstLine: 0, firstLineChars: 0 },
        spacing: { line: gbt9704.pageNumberLine, lineRule: LineRuleType.EXACT, before: 0, after: raise },
        children: [
          new TextRun({
            children: ['— ', PageNumber.CURRENT, ' —'],
            font: runFont(fonts.songti, fonts.songti),
            size: gbt9704.size.pageNumber,
            characterSpacing: 0,
          }),
        ],
      }),
    ],
  });
}

/**
 * `raise` lifts the number when the section's footer distance is smaller than the standard
 * one (信函式 needs 20 mm for the first page's lower red line), so it still sits 7 mm under the 版心.
 */
export function pageNumberFooters(fonts: FontProfile, raise = 0): { default: Footer; even: Footer } {
  return { default: pageNumberFooter(fonts, 'odd', raise), even: pageNumberFooter(fonts, 'even', raise) };
}
