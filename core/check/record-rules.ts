/** §5 item 16: 版记 rules as wide as the 版心 (thick, thin, thick), 4号仿宋, and the 抄送 form. */
import type { Border, DocxParagraph } from '../docx-read/docx-model.ts';
import { gbt9704 } from '../layout/gbt9704.ts';
import type { CheckContext } from './check-context.ts';
import { textBlockWidthOf } from './geometry.ts';
import { cjk, compact, fontFamilies, sizeName } from './text-patterns.ts';

const widthTolerance = 57;
/** Border sizes in eighths of a point: 0.35 mm ≈ 1 pt (8), 0.25 mm ≈ 0.75 pt (6). */
const thick = { min: 7, max: 9 };
const thin = { min: 5, max: 6 };

const within = (border: Border | null, range: { min: number; max: number }) => border !== null && border.size >= range.min && border.size <= range.max;
const mmOf = (border: Border | null) => (border ? `${((border.size / 8) * 0.3528).toFixed(2)} mm` : '无');

export function checkRecord(ctx: CheckContext): void {
  const record = ctx.withRole('record');
  if (record.length === 0) return;
  checkRules(ctx, record);
  const wrongFont: { paragraph: DocxParagraph; message: string }[] = [];
  for (const paragraph of record) {
    const run = paragraph.runs.find((r) => cjk.test(r.text) && (r.props.size !== gbt9704.size.record || !r.props.fonts.eastAsia || !fontFamilies.fangsong.test(r.props.fonts.eastAsia)));
    if (run) wrongFont.push({ paragraph, message: `版记用了“${run.props.fonts.eastAsia ?? '未指定字体'}”${sizeName(run.props.size)}，应为 4号仿宋` });
    const text = compact(paragraph.text);
    if (/^抄送/.test(text)) {
      if (!/^抄送：/.test(text)) ctx.report('record-cc', paragraph, '“抄送”后应为全角冒号“：”');
      if (!text.endsWith('。')) ctx.report('record-cc', paragraph, '抄送机关末尾应加句号“。”');
    }
  }
  ctx.reportGrouped('record-font', wrongFont);
}

function checkRules(ctx: CheckContext, record: readonly DocxParagraph[]): void {
  const first = record.find((p) => p.text.trim()) ?? record[0]!;
  const width = textBlockWidthOf(ctx.sectionOf(first));
  const tableIndex = ctx.roles.recordTable;
  if (tableIndex !== null) {
    const table = ctx.model.tables[tableIndex]!;
    const tableWidth = table.width ?? table.gridColumns.reduce((sum, w) => sum + w, 0);
    if (Math.abs(tableWidth - width) > widthTolerance) ctx.report('record-rules', first, `版记分隔线宽 ${(tableWidth / 56.693).toFixed(1)} mm，应与版心同宽（${(width / 56.693).toFixed(1)} mm）`);
    const { top, bottom, insideH } = table.borders;
    if (!within(top, thick) || !within(bottom, thick)) ctx.report('record-rules', first, `版记首条、末条分隔线应为 0.35 mm 粗线，此处为 ${mmOf(top)}、${mmOf(bottom)}`);
    if (table.rowCount > 1 && !within(insideH, thin)) ctx.report('record-rules', first, `版记中间分隔线应为 0.25 mm 细线，此处为 ${mmOf(insideH)}`);
    return;
  }
  const lines = record.flatMap((p) => [p.props.borders.top, p.props.borders.bottom]).filter((b): b is Border => b !== null);
  if (lines.length === 0) {
    ctx.report('record-rules', first, '版记没有分隔线（若用图形画线则无法检查，建议改用表格边框）');
    return;
  }
  const last = record.findLast((p) => p.text.trim()) ?? first;
  if (!within(first.props.borders.top, thick) || !within(last.props.borders.bottom, thick)) {
    ctx.report('record-rules', first, `版记首条、末条分隔线应为 0.35 mm 粗线，此处为 ${mmOf(first.props.borders.top)}、${mmOf(last.props.borders.bottom)}`);
  }
  const indented = record.find((p) => (p.props.borders.top || p.props.borders.bottom) && (p.props.indent.left !== 0 || p.props.indent.right !== 0));
  if (indented) ctx.report('record-rules', indented, '版记分隔线画在有左右缩进的段落上，比版心窄；应与版心同宽');
}
