/** §5 item 11: title punctuation and line shape, two blank lines under the red line. */
import type { DocxParagraph } from '../docx-read/docx-model.ts';
import { gbt9704 } from '../layout/gbt9704.ts';
import { textWidth } from '../layout/text-width.ts';
import type { CheckContext } from './check-context.ts';
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
}
