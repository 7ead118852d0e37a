/**
 * §5 item 12: the first page must show body text. Heights are estimated from each
 * paragraph's wrapped lines and its line height, which is exact in a GB/T 9704 layout.
 */
import type { DocxParagraph } from '../docx-read/docx-model.ts';
import { gbt9704 } from '../layout/gbt9704.ts';
import { textWidth } from '../layout/text-width.ts';
import type { CheckContext } from './check-context.ts';
import { cellWidth, dominantRun, textBlockWidthOf } from './geometry.ts';

function heightOf(ctx: CheckContext, paragraph: DocxParagraph): number {
  const section = ctx.sectionOf(paragraph);
  const cell = cellWidth(dominantRun(paragraph).size);
  const width = Math.max(cell, textBlockWidthOf(section) - paragraph.props.indent.left - paragraph.props.indent.right);
  const lines = paragraph.text.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(textWidth(line, cell) / width)), 0);
  const line = paragraph.props.lineRule === 'auto' || paragraph.props.line === null ? gbt9704.linePitch : paragraph.props.line;
  return lines * line + paragraph.props.before + paragraph.props.after;
}

export function checkFirstPageBody(ctx: CheckContext): void {
  const flow = ctx.model.paragraphs.filter((p) => p.container !== 'textbox');
  const firstBody = flow.findIndex((p) => ctx.role(p) === 'body' || ctx.role(p) === 'heading');
  if (firstBody <= 0) return;
  const body = flow[firstBody]!;
  const section = ctx.sectionOf(body);
  const textHeight = (section?.pageSize.height ?? gbt9704.page.height) - (section?.margin.top ?? gbt9704.margin.top) - (section?.margin.bottom ?? gbt9704.margin.bottom);
  let height = 0;
  for (let i = 0; i < firstBody; i++) height += heightOf(ctx, flow[i]!);
  const brokenBefore = flow.slice(1, firstBody + 1).find((p) => p.startsPage);
  if (brokenBefore || height + gbt9704.linePitch > textHeight) {
    ctx.report('first-page-body', body, brokenBefore ? '正文前有分页符，首页不显示正文' : '版头、标题和主送机关占满了首页，首页不显示正文；可将主送机关移至版记');
  }
}
