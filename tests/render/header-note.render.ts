/**
 * The 送审稿 note of an export for review changes nothing else on the page: rendered by
 * LibreOffice with and without it, every text line sits where it sat (±0.1 mm) on the same
 * page, the red mark and separator do not move, and the note stands on every page at the top
 * right, above the 版心.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeDocx } from '../../core/docx/write-docx.ts';
import type { GongwenDocument } from '../../core/model/document.ts';
import { longReport } from '../support/long-document.ts';
import { sampleRedHeadNotice } from '../support/sample-document.ts';
import { measurePdf, renderPreviews } from './measure-pdf.ts';
import type { PdfPage } from './pdf-lines.ts';
import { reportDir } from './rendered-corpus.ts';
import { convertBatch } from './soffice.ts';
import { pageMm } from './units.ts';

const note = '送审稿';
const documents: Array<[string, GongwenDocument]> = [
  ['红头通知', sampleRedHeadNotice()],
  ['信函', sampleRedHeadNotice({ form: 'letter' })],
  ['长篇报告', longReport(3)],
];

const isNote = (text: string) => text.replace(/\s/g, '') === note;
const toleranceMm = 0.1;
const lines = (page: PdfPage) => page.lines.filter((line) => !isNote(line.text));

/** Lines that moved more than the tolerance, or are not on both pages, as 'page: text (dx, dy)'. */
function moved(before: readonly PdfPage[], after: readonly PdfPage[]): string[] {
  return before.flatMap((page, p) => {
    const now = after[p] ? lines(after[p]) : [];
    const was = lines(page);
    if (now.length !== was.length) return [`第 ${page.number} 页行数 ${was.length} → ${now.length}`];
    return was.flatMap((line, i) => {
      const other = now[i]!;
      const dx = other.x0 - line.x0;
      const dy = other.top - line.top;
      return other.text !== line.text || Math.abs(dx) > toleranceMm || Math.abs(dy) > toleranceMm ? [`第 ${page.number} 页“${line.text}”→“${other.text}”（${dx.toFixed(2)}, ${dy.toFixed(2)} mm）`] : [];
    });
  });
}

describe('送审稿 header note', () => {
  it.each(documents)('%s：加注前后各页文字位置不变，每页右上角有“送审稿”', async (name, document) => {
    const dir = mkdtempSync(join(tmpdir(), 'gongwen-note-'));
    const plainFile = join(dir, `${name}.docx`);
    const notedFile = join(dir, `${name}-送审稿.docx`);
    writeFileSync(plainFile, await writeDocx(document));
    writeFileSync(notedFile, await writeDocx(document, { headerNote: note }));
    const [plainPdf, notedPdf] = await convertBatch([plainFile, notedFile], { outDir: dir });
    const [plain, noted] = await Promise.all([measurePdf(plainPdf!), measurePdf(notedPdf!)]);
    await renderPreviews(notedPdf!, join(reportDir, '送审稿', name), noted.pages.length);

    expect(noted.pages.length).toBe(plain.pages.length);
    expect(moved(plain.pages, noted.pages)).toEqual([]);
    expect(noted.firstPage.red).toEqual(plain.firstPage.red);
    for (const page of noted.pages) {
      const mark = page.lines.find((line) => isNote(line.text));
      expect(mark, `第 ${page.number} 页没有“送审稿”`).toBeDefined();
      expect(mark!.bottom, `第 ${page.number} 页“送审稿”伸进版心`).toBeLessThan(pageMm.textTop);
      expect(Math.abs(mark!.x1 - pageMm.textRight), `第 ${page.number} 页“送审稿”右端 ${mark!.x1.toFixed(1)} mm`).toBeLessThanOrEqual(1);
    }
  }, 120_000);
});
