/** Odd/even footers with the page number `— N —` in 4号宋体, one character in from the outer edge (§7.5). */
import { AlignmentType, Footer, LineRuleType, PageNumber, Paragraph, TextRun } from 'docx';
import type { FontProfile } from '../layout/font-profiles.ts';
import { gbt9704 } from '../layout/gbt9704.ts';
import { runFont } from './runs.ts';

function pageNumberFooter(fonts: FontProfile, side: 'odd' | 'even'): Footer {
  const inset = gbt9704.indent.pageNumber;
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: inset, firstLine: 0 } : { left: inset, firstLine: 0 },
        spacing: { line: gbt9704.pageNumberLine, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
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

export function pageNumberFooters(fonts: FontProfile): { default: Footer; even: Footer } {
  return { default: pageNumberFooter(fonts, 'odd'), even: pageNumberFooter(fonts, 'even') };
}
