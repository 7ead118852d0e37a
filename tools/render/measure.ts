/**
 * Measures one .docx or .pdf the way the render suite does and prints, per page, the line
 * count, the full-line character counts and the page number: a quick look while changing
 * the writer. Usage: npx tsx tools/render/measure.ts <file.docx|file.pdf> [--lines]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { measurePdf } from '../../tests/render/measure-pdf.ts';
import { contentLines, fullLine, lineSlots, pageNumber } from '../../tests/render/page-analysis.ts';
import { convertBatch } from '../../tests/render/soffice.ts';

async function main(): Promise<void> {
  const [file, ...flags] = process.argv.slice(2);
  if (!file || !['.docx', '.pdf'].includes(extname(file).toLowerCase())) throw new Error('用法：npx tsx tools/render/measure.ts <文件.docx|文件.pdf> [--lines]');
  const outDir = mkdtempSync(join(tmpdir(), 'gongwen-measure-'));
  try {
    const [pdf = ''] = extname(file).toLowerCase() === '.pdf' ? [resolve(file)] : await convertBatch([resolve(file)], { outDir });
    const measurement = await measurePdf(pdf);
    for (const page of measurement.pages) {
      const full = contentLines(page).flatMap((line) => fullLine(line)?.cells ?? []);
      const mark = pageNumber(page);
      console.log(`第 ${page.number} 页：${contentLines(page).length} 行文字，跨 ${lineSlots(page)} 行位；满行字数 ${full.length ? [...new Set(full)].join('/') : '—'}；页码 ${mark ? `${mark.value}（${mark.x0.toFixed(1)}–${mark.x1.toFixed(1)} mm）` : '无'}`);
      if (flags.includes('--lines')) for (const line of page.lines) console.log(`  ${line.top.toFixed(1).padStart(6)} ${line.x0.toFixed(1).padStart(6)}–${line.x1.toFixed(1).padEnd(6)} ${line.cjkPitch?.toFixed(2) ?? '  —  '}pt  ${line.text}`);
    }
    const ink = measurement.firstPage;
    if (ink.red) console.log(`首页红色：标志上边缘 ${ink.red.top.toFixed(2)} mm；分隔线 ${ink.red.rule ? `${ink.red.rule.top.toFixed(2)} mm（${ink.red.rule.x0.toFixed(1)}–${ink.red.rule.x1.toFixed(1)} mm）` : '无'}；文号墨迹下沿 ${ink.documentNumberInkBottom?.toFixed(2) ?? '—'} mm`);
    console.log(`字体：${measurement.fonts.map((font) => `${font.name}${font.embedded ? '' : '（未嵌入）'}`).join('、')}`);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
