/**
 * Global setup of the render suite: writes every corpus document with `writeDocx`, converts
 * them with LibreOffice (two processes, private profiles), measures the PDFs with poppler,
 * writes PNG previews, and stores everything in `.reports/render/` for the spec files.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeDocx } from '../../core/docx/write-docx.ts';
import { corpus } from './corpus/index.ts';
import { measurePdf, renderPreviews } from './measure-pdf.ts';
import { measurementsFile, reportDir, type RenderedEntry } from './rendered-corpus.ts';
import { convertBatch } from './soffice.ts';

const seconds = (start: number) => Math.round((performance.now() - start) / 10) / 100;
/** CI machines have 2 cores; more poppler processes at once only make each one slower. */
const workers = 2;

async function eachWithLimit<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await task(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export default async function renderCorpus(): Promise<void> {
  rmSync(reportDir, { recursive: true, force: true });
  const [docxDir, pdfDir, pngDir] = ['docx', 'pdf', 'png'].map((name) => join(reportDir, name)) as [string, string, string];
  for (const dir of [docxDir, pdfDir, pngDir]) mkdirSync(dir, { recursive: true });

  const entries: RenderedEntry[] = [];
  const written: { entry: RenderedEntry; docx: string }[] = [];
  for (const source of corpus) {
    const entry: RenderedEntry = { name: source.name, description: source.description, form: source.document.form, hasSeparator: source.document.form === 'file' && source.document.header.documentNumber !== null, hasRecord: source.document.form !== 'plain' && source.document.record.printer !== null && source.document.record.printDate !== null, fonts: source.fonts, docx: null, pdf: null, measurement: null, error: null, seconds: { write: 0, convert: 0, measure: 0 } };
    entries.push(entry);
    const start = performance.now();
    try {
      const docx = join(docxDir, `${source.name}.docx`);
      writeFileSync(docx, await writeDocx(source.document, source.options));
      entry.docx = docx;
      written.push({ entry, docx });
    } catch (error) {
      entry.error = `writeDocx 失败：${message(error)}`;
    }
    entry.seconds.write = seconds(start);
  }

  // Two soffice processes (2 cores); the 100-page report goes alone so the batches finish together.
  const big = written.filter(({ entry }) => entry.name.endsWith('-100'));
  const rest = written.filter((item) => !big.includes(item));
  await Promise.all(
    [big, rest].map(async (batch) => {
      const start = performance.now();
      try {
        const pdfs = await convertBatch(batch.map((item) => item.docx), { outDir: pdfDir });
        batch.forEach((item, index) => (item.entry.pdf = pdfs[index] ?? null));
      } catch (error) {
        for (const item of batch) item.entry.error = `LibreOffice 转换失败：${message(error)}`;
      }
      for (const item of batch) item.entry.seconds.convert = seconds(start);
    }),
  );

  await eachWithLimit(entries, workers, async (entry) => {
    if (!entry.pdf) return;
    const start = performance.now();
    try {
      entry.measurement = await measurePdf(entry.pdf);
      // Words are only needed to build the lines; dropping them keeps measurements.json small.
      for (const page of entry.measurement.pages) for (const line of page.lines) line.words = [];
      await renderPreviews(entry.pdf, join(pngDir, entry.name), entry.measurement.pages.length);
    } catch (error) {
      entry.error = `测量失败：${message(error)}`;
    }
    entry.seconds.measure = seconds(start);
  });
  writeFileSync(measurementsFile, JSON.stringify(entries, null, 1));
  console.log(`[render] 语料 ${entries.length} 份，输出在 ${reportDir}`);
  for (const entry of entries) {
    const pages = entry.measurement ? `${entry.measurement.pages.length} 页` : `失败：${entry.error ?? ''}`;
    console.log(`[render]   ${entry.name.padEnd(22)} ${pages}（写 ${entry.seconds.write} s，转换批次 ${entry.seconds.convert} s，测量 ${entry.seconds.measure} s）`);
  }
}
