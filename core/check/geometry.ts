/**
 * Where a paragraph's text sits on the line, from its resolved indents and alignment, in
 * twips from the left edge of the 版心. Widths use the character cell of the paragraph's size:
 * full-width characters one cell, digits and Latin half a cell, as the layout module does.
 */
import type { DocxParagraph, DocxSection, RunProps } from '../docx-read/docx-model.ts';
import { gbt9704 } from '../layout/gbt9704.ts';
import { textWidth } from '../layout/text-width.ts';

/** The run whose text holds most characters: its size stands for the paragraph's. */
export function dominantRun(paragraph: DocxParagraph): RunProps {
  let best: RunProps = paragraph.styleRunProps;
  let bestLength = -1;
  for (const run of paragraph.runs) {
    const length = run.text.trim().length;
    if (length > bestLength) {
      best = run.props;
      bestLength = length;
    }
  }
  return best;
}

/** Width of one full-width character at this size, in twips (Word's default 10.5 pt when unset). */
export function cellWidth(size: number | null): number {
  return (size ?? 21) * 10;
}

export function textBlockWidthOf(section: DocxSection | undefined): number {
  const page = section?.pageSize.width ?? gbt9704.page.width;
  return page - (section?.margin.left ?? gbt9704.margin.left) - (section?.margin.right ?? gbt9704.margin.right);
}

/** The effective first-line indent in characters: Word lets the *Chars form win when it is non-zero. */
export function firstLineChars(paragraph: DocxParagraph): number {
  const { indent } = paragraph.props;
  if (indent.firstLineChars) return indent.firstLineChars / 100;
  return indent.firstLine / cellWidth(dominantRun(paragraph).size);
}

function leftIndent(paragraph: DocxParagraph, cell: number): number {
  const { indent } = paragraph.props;
  return indent.leftChars ? (indent.leftChars / 100) * cell : indent.left;
}

function rightIndent(paragraph: DocxParagraph, cell: number): number {
  const { indent } = paragraph.props;
  return indent.rightChars ? (indent.rightChars / 100) * cell : indent.right;
}

export interface LineExtent {
  left: number;
  right: number;
  /** Distance from the right edge of the 版心 to the end of the text. */
  rightSpace: number;
}

/**
 * Horizontal extent of a one-line paragraph's visible text; spaces typed before the text
 * count as width. Null for text with tabs, whose position depends on tab stops.
 */
export function lineExtent(paragraph: DocxParagraph, blockWidth: number): LineExtent | null {
  const text = paragraph.text.replace(/\s+$/, '');
  if (text.includes('\t') || text.includes('\n')) return null;
  const cell = cellWidth(dominantRun(paragraph).size);
  const leading = /^[ \u3000\u00A0]*/.exec(text)?.[0] ?? '';
  const visibleWidth = textWidth(text.slice(leading.length), cell);
  const leadingWidth = textWidth(leading, cell);
  const left = leftIndent(paragraph, cell);
  const right = blockWidth - rightIndent(paragraph, cell);
  const firstLine = firstLineChars(paragraph) * cell;
  let start: number;
  switch (paragraph.props.align) {
    case 'right':
      start = right - visibleWidth;
      break;
    case 'center':
      start = (left + firstLine + right) / 2 - (leadingWidth + visibleWidth) / 2 + leadingWidth;
      break;
    default:
      start = left + firstLine + leadingWidth;
  }
  return { left: start, right: start + visibleWidth, rightSpace: blockWidth - (start + visibleWidth) };
}
