/**
 * Reading a measured page the way GB/T 9704 talks about it: body lines (3号), the page-number
 * footer, blank and 版记-only pages, full body pages and full body lines. Sizes are told apart
 * by the advance of one CJK character (condensed 3号 15.75 pt, 2号 22 pt, 4号 14 pt), which
 * does not depend on the stand-in font's vertical metrics.
 */
import type { PdfLine, PdfPage } from './pdf-lines.ts';
import { pageMm } from './units.ts';

export const bodyPitchPt = { min: 15.3, max: 16.3 };
export const recordPitchPt = { min: 13.5, max: 14.5 };
/** One condensed 3号 cell (16 − 0.25 pt) in mm. */
export const bodyCellMm = (15.75 * 25.4) / 72;
/** The exact 579-twip line pitch in mm. */
export const linePitchMm = (579 / 20) * (25.4 / 72);

const pageNumberText = /^—(\d+)—$/;
const recordLine = /^(抄送|主送)：|印发$/;
const attachmentLabel = /^附件\d*$/;
const headingOrdinal = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.．]|（\d+）)/;
const latinOrDigit = /[0-9A-Za-z]/;
const trailingPunctuation = /[。，、；：？！”’）》」』]$/u;

export const isFooter = (line: PdfLine): boolean => line.top > pageMm.textBottom + 1;
export const isBodySize = (line: PdfLine): boolean => line.cjkPitch !== null && line.cjkPitch >= bodyPitchPt.min && line.cjkPitch <= bodyPitchPt.max;
export const isRecordSize = (line: PdfLine): boolean => line.cjkPitch !== null && line.cjkPitch >= recordPitchPt.min && line.cjkPitch <= recordPitchPt.max;

/** Lines inside the 版心 (everything but the footer). */
export const contentLines = (page: PdfPage): PdfLine[] => page.lines.filter((line) => !isFooter(line));

export interface PageNumberMark {
  value: number;
  x0: number;
  x1: number;
  top: number;
  bottom: number;
}

export function pageNumber(page: PdfPage): PageNumberMark | null {
  for (const line of page.lines.filter(isFooter)) {
    const match = pageNumberText.exec(line.text.replace(/\s/g, ''));
    if (match) return { value: Number(match[1]), x0: line.x0, x1: line.x1, top: line.top, bottom: line.bottom };
  }
  return null;
}

/** Any footer text at all, to catch a number in the wrong format on a page that must have none. */
export const footerText = (page: PdfPage): string => page.lines.filter(isFooter).map((line) => line.text).join(' ');

export const isBlankPage = (page: PdfPage): boolean => contentLines(page).length === 0;

/** A page whose content starts with the 版记: GB/T 9704 §7.5 gives it no page number. */
export function isRecordOnlyPage(page: PdfPage): boolean {
  const first = contentLines(page)[0];
  return first !== undefined && recordLine.test(first.text) && contentLines(page).every(isRecordSize);
}

/**
 * Line slots a page's text spans, first to last line, counting blank lines between them (the
 * one before a 署名, say): on a page the text fills, 22.
 */
export function lineSlots(page: PdfPage): number {
  const lines = contentLines(page);
  const first = lines[0];
  const last = lines[lines.length - 1];
  return first && last ? Math.round((last.top - first.top) / linePitchMm) + 1 : 0;
}

/** A heading on a line of its own (run-in headings continue to the right edge). */
export const isStandaloneHeading = (line: PdfLine): boolean => headingOrdinal.test(line.text) && line.x1 < pageMm.textRight - 1;

/**
 * A page the body text fills: not the first page, every line 3号, and the next page carries on
 * with 3号 text that is neither a new 附件 nor a heading that keep-with-next moved over (which
 * legitimately leaves 21 lines). These pages must hold exactly 22 lines.
 */
export function isFullBodyPage(pages: readonly PdfPage[], index: number): boolean {
  const page = pages[index];
  const next = pages[index + 1];
  if (index === 0 || !page || !next) return false;
  const lines = contentLines(page);
  const nextFirst = contentLines(next)[0];
  return lines.length > 0 && lines.every(isBodySize) && nextFirst !== undefined && isBodySize(nextFirst) && !attachmentLabel.test(nextFirst.text) && !isStandaloneHeading(nextFirst);
}

export interface FullLine {
  line: PdfLine;
  /** Characters inside the 版心 plus the indent in whole cells: 28 on a full line. */
  cells: number;
  indentCells: number;
  hanging: boolean;
}

/**
 * A full body line: 3号, only CJK characters and full-width punctuation (Latin and digits
 * are narrower), indented by whole cells and reaching the right edge of the 版心. A final
 * 。 or ，that LibreOffice hangs past the edge is not counted (research/docx-poc.md gotcha 7).
 */
export function fullLine(line: PdfLine): FullLine | null {
  if (!isBodySize(line) || latinOrDigit.test(line.text)) return null;
  if (line.x1 < pageMm.textRight - 1) return null;
  const indent = (line.x0 - pageMm.textLeft) / bodyCellMm;
  const indentCells = Math.round(indent);
  if (indentCells < 0 || Math.abs(indent - indentCells) > 0.15) return null;
  const hanging = line.x1 > pageMm.textRight + 1 && trailingPunctuation.test(line.text);
  const chars = [...line.text.replace(/\s/g, '')].length - (hanging ? 1 : 0);
  return { line, cells: chars + indentCells, indentCells, hanging };
}
