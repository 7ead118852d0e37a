/** A measured PDF as `{ page, text }` lines, the shape the layout engine's predictions are compared in. */
import type { LayoutLine } from './line-compare.ts';
import type { PdfMeasurement } from './measure-pdf.ts';
import { contentLines } from './page-analysis.ts';

/** Lines inside the 版心, top to bottom; page numbers are left out because they are not laid out as text. */
export function measuredLayoutLines(measurement: PdfMeasurement): LayoutLine[] {
  return measurement.pages.flatMap((page) => contentLines(page).map((line) => ({ page: page.number, text: line.text })));
}
