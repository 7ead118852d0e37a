/** §5 items 11–12: title punctuation and line shape, spacing under the red line and the title, 主送 colon, body on page one. */
import type { DocxParagraph } from '../docx-read/docx-model.ts';
import { gbt9704 } from '../layout/gbt9704.ts';
import { textWidth } from '../layout/text-width.ts';
import type { CheckContext } from './check-context.ts';
import { cellWidth, dominantRun, textBlockWidthOf } from './geometry.ts';
import { compact } from './text-patterns.ts';

const maxTitleLine = 20;
const allowedTitlePunctuation = /[《》“”‘’、（）〈〉—·]/;
const punctuation = /[\p{P}]/u;

export function checkTitle(ctx: CheckContext): void {
  const titles = ctx.withRole('title');
  if (titles.length === 0) return;
  const lines = titles.flatMap((p) => p.text.split('\n')).map(compact).filter(Boolean);
  const whole = lines.join('');
  const anchor = titles[0]!;
  const last = whole.at(-1) ?? '';
  if (punctuation.test(last) && !/[》）”]/.test(last)) ctx.report('title-punctuation', anchor, `标题末尾有标点“${last}”`);
  const inner = [...whole.slice(0, -1)].filter((ch) => punctuation.test(ch) && !allowedTitlePunctuation.test(ch));
  if (inner.length > 0) ctx.report('title-punctuation', anchor, `标题中有标点“${[...new Set(inner)].join('')}”，标题一般只用书名号、引号、顿号和括号`);

  const widths = lines.map((line) => textWidth(line) / gbt9704.char.body);
  const problems: string[] = [];
  if (lines.length === 1 && widths[0]! > maxTitleLine) problems.push(`标题 ${Math.ceil(widths[0]!)} 字却未手工分行，会在第 20 字处自动折行，可能拆开词语`);
  widths.forEach((width, i) => {
    if (lines.length > 1 && width > maxTitleLine) problems.push(`第 ${i + 1} 行 ${Math.ceil(width)} 字，超过 20 字`);
  });
  lines.forEach((line, i) => {
    if (i < lines.length - 1 && /[、，“《（]$/.test(line)) problems.push(`第 ${i + 1} 行以“${line.at(-1)}”结尾`);
    if (i > 0 && /^[”》、，。）]/.test(line)) problems.push(`第 ${i + 1} 行以“${line[0]}”开头`);
  });
  if (lines.length >= 3) {
    const middle = widths.slice(1, -1);
    if (Math.min(...middle) < Math.min(widths[0]!, widths.at(-1)!)) problems.push(`各行字数 ${widths.map((w) => Math.ceil(w)).join('/')} 成沙漏形（中间短、两头长），应排成梯形或菱形`);
  }
  if (problems.length > 0) ctx.report('title-lines', anchor, `标题分行：${problems.join('；')}`);

  checkSpacing(ctx, titles);
  checkAddressee(ctx);
  checkFirstPageBody(ctx);
}

/** Blank paragraphs directly before `paragraph` in the body flow. */
export function blanksBefore(ctx: CheckContext, paragraph: DocxParagraph): { count: number; previous: DocxParagraph | undefined } {
  const flow = ctx.model.paragraphs.filter((p) => p.container !== 'textbox');
  let i = flow.indexOf(paragraph) - 1;
  let count = 0;
  for (; i >= 0 && ctx.role(flow[i]!) === 'blank'; i--) count++;
  return { count, previous: flow[i] };
}

/** The red separator: a border under the 文号 paragraph, or a border or line shape on an empty paragraph of its own. */
const isSeparator = (ctx: CheckContext, p: DocxParagraph): boolean =>
  ctx.role(p) === 'documentNumber' || (ctx.role(p) === 'blank' && (p.props.borders.bottom !== null || p.props.borders.top !== null || p.hasDrawing));

function checkSpacing(ctx: CheckContext, titles: readonly DocxParagraph[]): void {
  const first = titles[0]!;
  const flow = ctx.model.paragraphs.filter((p) => p.container !== 'textbox');
  let count = 0;
  let i = flow.indexOf(first) - 1;
  for (; i >= 0 && ctx.role(flow[i]!) === 'blank' && !isSeparator(ctx, flow[i]!); i--) count++;
  const previous = flow[i];
  if (previous && isSeparator(ctx, previous) && count !== gbt9704.blankLinesBeforeTitle) {
    ctx.report('title-spacing', first, `标题与红色分隔线之间空 ${count} 行，应空二行`);
  }
  const addressee = ctx.withRole('addressee')[0];
  if (addressee) {
    const gap = blanksBefore(ctx, addressee);
    if (gap.count !== 1) ctx.report('addressee-spacing', addressee, `主送机关与标题之间空 ${gap.count} 行，应空一行`);
  }
}

function checkAddressee(ctx: CheckContext): void {
  for (const paragraph of ctx.withRole('addressee')) {
    const text = compact(paragraph.text);
    if (text.endsWith('：')) continue;
    ctx.report('addressee-colon', paragraph, text.endsWith(':') ? '主送机关后用了半角冒号“:”，应为全角“：”' : '主送机关后缺少全角冒号“：”');
  }
}

/** Estimated height of a paragraph in twips: wrapped lines times its line height. */
function heightOf(ctx: CheckContext, paragraph: DocxParagraph): number {
  const section = ctx.sectionOf(paragraph);
  const cell = cellWidth(dominantRun(paragraph).size);
  const width = Math.max(cell, textBlockWidthOf(section) - paragraph.props.indent.left - paragraph.props.indent.right);
  const lines = paragraph.text.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(textWidth(line, cell) / width)), 0);
  const line = paragraph.props.lineRule === 'auto' || paragraph.props.line === null ? gbt9704.linePitch : paragraph.props.line;
  return lines * line + paragraph.props.before + paragraph.props.after;
}

function checkFirstPageBody(ctx: CheckContext): void {
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
