/**
 * Everything the render specs assert, measured from one PDF with poppler: text lines per
 * page, the embedded fonts, and on page 1 the red ink (mark top, separator) against the
 * 文号's dark ink. PNG previews at 60 dpi go into the report folder for people to look at.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parsePdffonts, type PdfFont } from './pdf-fonts.ts';
import { parseBboxLayout, type PdfPage } from './pdf-lines.ts';
import { pageNumber } from './page-analysis.ts';
import { darkInkBottom, darkInkTop, findRedInk, inkLevel, parsePpm, type RedInk } from './page-ink.ts';
import { runTool } from './run-tool.ts';

export interface FirstPageInk {
  red: RedInk | null;
  /** Bottom of the 文号 line's dark ink, mm from the paper top. */
  documentNumberInkBottom: number | null;
  /** Top edge of the page number's first 一字线 (—), mm from the paper top; null without a page number. */
  pageNumberDashTop: number | null;
}

export interface PdfMeasurement {
  pages: PdfPage[];
  fonts: PdfFont[];
  firstPage: FirstPageInk;
}

/** Fine enough to read a 0.5 mm tolerance (0.17 mm per pixel). */
const rasterDpi = 150;
const toolTimeoutMs = 60_000;
const previewPages = { first: 8, last: 4 };
export const documentNumberPattern = /〔\d{4}〕\d+号/;

async function measureFirstPage(pdf: string, pages: readonly PdfPage[]): Promise<FirstPageInk> {
  const { stdout } = await runTool('pdftoppm', ['-r', String(rasterDpi), '-f', '1', '-l', '1', pdf], { timeoutMs: toolTimeoutMs, subject: pdf });
  const raster = parsePpm(new Uint8Array(stdout), rasterDpi);
  const red = findRedInk(raster);
  const numberLine = pages[0]?.lines.find((line) => documentNumberPattern.test(line.text));
  // Look a little below the text box: brackets and descenders may reach past poppler's font box; the red rule is not dark ink.
  const documentNumberInkBottom = numberLine ? darkInkBottom(raster, { x0: numberLine.x0, x1: numberLine.x1, top: numberLine.top, bottom: numberLine.bottom + 1 }) : null;
  const mark = pages[0] ? pageNumber(pages[0]) : null;
  // The first dash fills most of one 4号 em (4.9 mm) from the left end of `— 1 —`.
  const pageNumberDashTop = mark ? darkInkTop(raster, { x0: mark.x0 + 0.5, x1: mark.x0 + 3.5, top: mark.top, bottom: mark.bottom }, inkLevel.hairline) : null;
  return { red, documentNumberInkBottom, pageNumberDashTop };
}

export async function measurePdf(pdf: string): Promise<PdfMeasurement> {
  const [layout, fonts] = await Promise.all([
    runTool('pdftotext', ['-bbox-layout', pdf, '-'], { timeoutMs: toolTimeoutMs, subject: pdf }),
    runTool('pdffonts', [pdf], { timeoutMs: toolTimeoutMs, subject: pdf }),
  ]);
  const pages = parseBboxLayout(layout.stdout.toString('utf8'));
  if (pages.length === 0) throw new Error(`${pdf} 没有可读的页面`);
  return { pages, fonts: parsePdffonts(fonts.stdout.toString('utf8')), firstPage: await measureFirstPage(pdf, pages) };
}

/**
 * Writes page PNGs (`pdftoppm -png -r 60`) as <dir>/p-01.png …, the report a person opens:
 * the first and the last pages, where the 版头, 版记 and page breaks differ; the middle of a
 * 100-page report costs seconds of CPU and looks like its neighbours (the PDF is kept beside).
 */
export async function renderPreviews(pdf: string, dir: string, pageCount: number): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const ranges: [number, number][] = pageCount <= previewPages.first + previewPages.last ? [[1, pageCount]] : [[1, previewPages.first], [pageCount - previewPages.last + 1, pageCount]];
  for (const [from, to] of ranges) await runTool('pdftoppm', ['-png', '-r', '60', '-f', String(from), '-l', String(to), pdf, join(dir, 'p')], { timeoutMs: toolTimeoutMs, subject: pdf });
}
