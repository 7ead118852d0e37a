/** §5 items 1–3: paper, margins, 22 lines of 28 characters, and grid settings that break them in other programs. */
import type { DocxParagraph, DocxSection } from '../docx-read/docx-model.ts';
import { gbt9704 } from '../layout/gbt9704.ts';
import type { CheckContext } from './check-context.ts';
import { cellWidth, dominantRun, textBlockWidthOf } from './geometry.ts';
import type { Role } from './roles.ts';

/** ±1 mm, the standard's tolerance for the 版心. */
const marginTolerance = 57;
/** 2 mm left empty under the 22nd line is visible on the printed page. */
const unfilledTolerance = 113;
/** Roles laid out on the 22 × 28 grid. */
const flowRoles: Role[] = ['body', 'heading', 'addressee', 'attachmentNote', 'attachmentNoteItem', 'signature', 'date', 'note', 'minutesList'];

const mm = (twips: number) => (twips / 56.693).toFixed(1);
const sectionName = (ctx: CheckContext, index: number) => (ctx.model.sections.length > 1 ? `第 ${index + 1} 节` : '文档');

export function checkPageSetup(ctx: CheckContext): void {
  ctx.model.sections.forEach((section, index) => {
    const name = sectionName(ctx, index);
    const { width, height, landscape } = section.pageSize;
    const portrait = landscape ? { width: height, height: width } : { width, height };
    if (portrait.width === null || portrait.height === null || Math.abs(portrait.width - gbt9704.page.width) > marginTolerance || Math.abs(portrait.height - gbt9704.page.height) > marginTolerance) {
      ctx.report('page-size', null, `${name}纸张不是 A4：${width === null ? '未设纸张大小（Word 默认为 Letter）' : `${mm(width ?? 0)} mm × ${mm(height ?? 0)} mm`}`);
    }
    if (landscape) return;
    const expected = gbt9704.margin;
    const wrong = (['top', 'bottom', 'left', 'right'] as const).filter((side) => {
      const value = section.margin[side];
      return value === null || Math.abs(value - expected[side]) > marginTolerance;
    });
    if (wrong.length > 0) {
      const label = { top: '上', bottom: '下', left: '左', right: '右' };
      const details = wrong.map((side) => `${label[side]} ${section.margin[side] === null ? '未设' : `${mm(section.margin[side]!)} mm`}（应为 ${mm(expected[side])} mm）`);
      ctx.report('page-margins', null, `${name}页边距不符：${details.join('，')}`);
    }
    const grid = section.grid;
    if (grid.type === 'linesAndChars' || grid.type === 'snapToChars') {
      ctx.report('char-grid', null, `${name}使用了“文字对齐字符网格”，LibreOffice 和部分 WPS 版本会每行只排约 14 字；请改用固定行距 28.95 磅并紧缩字距`);
    }
  });

  const lineItems: { paragraph: DocxParagraph; message: string }[] = [];
  const shortItems: { paragraph: DocxParagraph; message: string }[] = [];
  const charItems: { paragraph: DocxParagraph; message: string }[] = [];
  const snapItems: { paragraph: DocxParagraph; message: string }[] = [];
  for (const paragraph of ctx.withRole(...flowRoles)) {
    const section = ctx.sectionOf(paragraph);
    if (!section || section.pageSize.landscape) continue;
    const lines = linesPerPage(paragraph, section);
    if (lines.count !== gbt9704.linesPerPage) lineItems.push({ paragraph, message: `每页约 ${lines.count} 行（${lines.reason}），应为 22 行：行距设为固定值 28.95 磅` });
    else if (textHeightOf(section) - gbt9704.linesPerPage * lines.pitch > unfilledTolerance && paragraph.props.lineRule !== 'auto') {
      shortItems.push({ paragraph, message: `固定行距 ${lines.pitch / 20} 磅，每页 22 行后版心下部空出约 ${mm(textHeightOf(section) - 22 * lines.pitch)} mm；应为 28.95 磅` });
    }
    const chars = charsPerLine(paragraph, section);
    if (chars !== null && chars !== gbt9704.charsPerLine) charItems.push({ paragraph, message: `每行约排 ${chars} 字，应为 28 字（3号字紧缩 0.25 磅或缩放至 98%）` });
  }
  for (const paragraph of ctx.model.paragraphs) {
    const section = ctx.sectionOf(paragraph);
    if (!section) continue;
    const gridPitch = section.grid.linePitch;
    if ((section.grid.type === 'lines' || section.grid.type === 'linesAndChars') && paragraph.props.lineRule === 'exact' && paragraph.props.snapToGrid && gridPitch !== null && paragraph.props.line !== gridPitch && paragraph.container !== 'textbox') {
      snapItems.push({ paragraph, message: `固定行距 ${(paragraph.props.line ?? 0) / 20} 磅与文档网格 ${gridPitch / 20} 磅不同，却未关闭“对齐到网格”：LibreOffice 会把它对齐到网格` });
    }
  }
  ctx.reportGrouped('line-pitch', lineItems);
  ctx.reportGrouped('line-pitch-short', shortItems);
  ctx.reportGrouped('chars-per-line', charItems);
  ctx.reportGrouped('grid-snap', snapItems);
}

function textHeightOf(section: DocxSection): number {
  return (section.pageSize.height ?? gbt9704.page.height) - (section.margin.top ?? 0) - (section.margin.bottom ?? 0);
}

/** A CJK line at single spacing is about 1.3 em tall in the fonts Word and WPS use for 公文. */
const naturalLineFactor = 1.3;

function linesPerPage(paragraph: DocxParagraph, section: DocxSection): { count: number; pitch: number; reason: string } {
  const height = textHeightOf(section);
  const { line, lineRule } = paragraph.props;
  const grid = section.grid;
  const gridded = (grid.type === 'lines' || grid.type === 'linesAndChars') && grid.linePitch !== null && paragraph.props.snapToGrid;
  if (lineRule !== 'auto' && line !== null) {
    const pitch = gridded && lineRule === 'atLeast' ? Math.max(line, grid.linePitch ?? 0) : line;
    return { count: Math.floor(height / pitch), pitch, reason: `${lineRule === 'exact' ? '固定值' : '最小值'} ${pitch / 20} 磅` };
  }
  const multiple = (line ?? 240) / 240;
  const natural = (dominantRun(paragraph).size ?? 21) * 10 * naturalLineFactor * multiple;
  const label = multiple === 1 ? '单倍行距' : `${multiple} 倍行距`;
  if (gridded && grid.linePitch) {
    const pitch = Math.ceil(natural / grid.linePitch - 0.01) * grid.linePitch;
    return { count: Math.floor(height / pitch), pitch, reason: `${label}，网格 ${grid.linePitch / 20} 磅` };
  }
  return { count: Math.floor(height / natural), pitch: natural, reason: `${label}，无网格时行高随字体而变` };
}

function charsPerLine(paragraph: DocxParagraph, section: DocxSection): number | null {
  const run = dominantRun(paragraph);
  if (run.size === null || run.size !== 32) return null;
  const grid = section.grid;
  const glyph = (cellWidth(run.size) * run.scale) / 100;
  const advance = grid.type === 'linesAndChars' && grid.charSpace !== null ? glyph + (grid.charSpace * 20) / 4096 + run.characterSpacing : glyph + run.characterSpacing;
  return Math.floor(textBlockWidthOf(section) / advance + 1e-6);
}
