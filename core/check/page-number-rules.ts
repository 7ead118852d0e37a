/** §5 item 4: page numbers `— N —` in 4号宋体, odd right and even left one character in, continuous. */
import type { DocxFooter, DocxParagraph } from '../docx-read/docx-model.ts';
import { gbt9704 } from '../layout/gbt9704.ts';
import type { CheckContext } from './check-context.ts';
import { cellWidth, firstLineChars } from './geometry.ts';
import { fontFamilies, isBlank } from './text-patterns.ts';

const footerDistance = { min: 1390, max: 1500 };
/** One 4号 character, with room for a 3号 reading of “空一字”. */
const inset = { min: 240, max: 340 };

function pageParagraph(footer: DocxFooter | undefined): DocxParagraph | undefined {
  return footer?.paragraphs.find((p) => p.fieldText.includes('{PAGE}'));
}

function formProblem(fieldText: string): string | null {
  const text = fieldText.trim();
  if (/^— ?\{PAGE\} ?—$/.test(text)) return null;
  if (/\{NUMPAGES\}|\{SECTIONPAGES\}/.test(text)) return `页码写成了“${text.replace(/\{\w+\}/g, 'N')}”（含总页数），应为“— N —”`;
  if (/第.*页/.test(text)) return `页码写成了“${text.replace('{PAGE}', 'N')}”，应为“— N —”`;
  if (/^[-－‐–]/.test(text)) return `页码两侧用了连字符或短横（${text.replace('{PAGE}', 'N')}），应为一字线“— N —”`;
  if (text === '{PAGE}') return '页码只有数字，两侧应各加一字线：“— N —”';
  return `页码形式“${text.replace('{PAGE}', 'N')}”不符，应为“— N —”`;
}

export function checkPageNumbers(ctx: CheckContext): void {
  const { model } = ctx;
  const seen = new Set<string>();
  model.sections.forEach((section, index) => {
    const name = model.sections.length > 1 ? `第 ${index + 1} 节` : '文档';
    const odd = pageParagraph(section.footers.default ? model.footers.get(section.footers.default) : undefined);
    const even = pageParagraph(section.footers.even ? model.footers.get(section.footers.even) : undefined);
    // Blank pages and the 版记 page after them carry no number (§7.5): a section holding only those must have none.
    if (!model.paragraphs.some((p) => p.section === index && !isBlank(p.text) && ctx.role(p) !== 'record')) {
      if (odd || even) ctx.report('page-number-blank-page', null, `${name}只有空白页或版记页，却编排了页码`);
      return;
    }
    if (!odd && !even) {
      ctx.report('page-number-missing', null, `${name}的页脚没有页码（PAGE 域）`);
      return;
    }
    if (index > 0 && section.pageNumberStart !== null) {
      ctx.report('page-number-restart', null, `${name}的页码从 ${section.pageNumberStart} 重新开始；与正文装订在一起的附件应连续编页码`);
    }
    const distance = section.margin.footer;
    if (distance !== null && (distance < footerDistance.min || distance > footerDistance.max)) {
      ctx.report('footer-distance', null, `${name}页脚距边界 ${(distance / 56.693).toFixed(1)} mm，页码一字线不在版心下边缘之下 7 mm（约 25.5 mm）`);
    }
    if (!model.settings.evenAndOddHeaders) {
      if (index === 0) ctx.report('page-number-sides', null, '未设置“奇偶页不同”，双页页码无法居左');
    } else if (!even) ctx.report('page-number-sides', null, `${name}没有带页码的偶数页页脚，双页页码无法居左`);
    for (const [paragraph, side] of [
      [odd, 'odd'],
      [model.settings.evenAndOddHeaders ? even : undefined, 'even'],
    ] as const) {
      if (!paragraph || seen.has(paragraph.part)) continue;
      seen.add(paragraph.part);
      checkPageParagraph(ctx, paragraph, side);
    }
  });
}

function checkPageParagraph(ctx: CheckContext, paragraph: DocxParagraph, side: 'odd' | 'even'): void {
  const label = side === 'odd' ? '单页' : '双页';
  const problem = formProblem(paragraph.fieldText);
  if (problem) ctx.report('page-number-form', paragraph, `${label}${problem}`);
  const runs = paragraph.runs.filter((run) => run.text.trim());
  const wrongFont = runs.find((run) => run.props.size !== gbt9704.size.pageNumber || ![run.props.fonts.eastAsia, run.props.fonts.ascii].every((font) => font !== null && fontFamilies.songti.test(font)));
  if (wrongFont) {
    const { fonts, size } = wrongFont.props;
    ctx.report('page-number-font', paragraph, `${label}页码为 ${size === null ? '未设字号' : `${size / 2} 磅`}、中文字体“${fonts.eastAsia ?? '未设'}”、数字字体“${fonts.ascii ?? '未设'}”，应为 4号（14 磅）宋体`);
  }
  const expected = side === 'odd' ? 'right' : 'left';
  const align = paragraph.props.align === 'both' ? 'left' : paragraph.props.align;
  if (align !== expected) {
    ctx.report('page-number-sides', paragraph, `${label}页码${align === 'center' ? '居中' : align === 'right' ? '居右' : '居左'}，应${side === 'odd' ? '居右' : '居左'}`);
    return;
  }
  const cell = cellWidth(gbt9704.size.pageNumber);
  const space = side === 'odd' ? paragraph.props.indent.right : paragraph.props.indent.left + firstLineChars(paragraph) * cell;
  if (space < inset.min || space > inset.max) {
    ctx.report('page-number-inset', paragraph, `${label}页码距版心${side === 'odd' ? '右' : '左'}边缘 ${(space / cell).toFixed(1)} 字，应空一字${side === 'even' && firstLineChars(paragraph) ? '（段落继承了首行缩进）' : ''}`);
  }
}
