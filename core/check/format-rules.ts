/** §5 items 6–8: black text, the eastAsia hint on shared punctuation, indents made with w:ind rather than spaces. */
import type { DocxParagraph } from '../docx-read/docx-model.ts';
import type { CheckContext } from './check-context.ts';
import { firstLineChars } from './geometry.ts';
import { hasRedText, type Role } from './roles.ts';
import { isBlank } from './text-patterns.ts';

type Item = { paragraph: DocxParagraph; message: string };

/** Characters Word draws with the hAnsi font unless the run says hint=eastAsia. */
const sharedPunctuation = /[“”‘’—…·]/;
const indentedRoles: Role[] = ['body', 'heading'];

export function checkFormatting(ctx: CheckContext): void {
  const colour: Item[] = [];
  const hint: Item[] = [];
  const spaces: Item[] = [];
  const indent: Item[] = [];
  for (const paragraph of ctx.model.paragraphs) {
    const role = ctx.role(paragraph);
    if (role === 'blank') continue;
    const coloured = paragraph.runs.find((run) => run.text.trim() && run.props.color !== null && run.props.color !== '000000');
    if (coloured && role !== 'mark' && !(role === 'textbox' && hasRedText(paragraph))) {
      colour.push({ paragraph, message: `文字颜色为 #${coloured.props.color}${hasRedText(paragraph) ? '（红色）' : ''}，除发文机关标志外应为黑色` });
    }
    const unhinted = paragraph.runs.find((run) => sharedPunctuation.test(run.text) && run.props.fonts.hint !== 'eastAsia' && run.props.fonts.hAnsi !== run.props.fonts.eastAsia);
    if (unhinted) hint.push({ paragraph, message: `含中文标点“${sharedPunctuation.exec(unhinted.text)?.[0]}”的文字未设 w:hint="eastAsia"，Word 会用西文字体“${unhinted.props.fonts.hAnsi ?? '默认'}”显示，符号变窄` });
    // A leading tab aligns to a tab stop, which is proper formatting; spaces are not.
    const leading = /^[ \u3000\u00A0]+/.exec(paragraph.text)?.[0];
    if (leading && !isBlank(paragraph.text) && role !== 'tableCell') {
      spaces.push({ paragraph, message: `段首用 ${[...leading].length} 个${leading.includes('\u3000') ? '全角' : ''}空格排出缩进，应改用段落缩进（首行缩进 2 字符）或对齐方式` });
      continue;
    }
    const aligned = paragraph.props.align === 'center' || paragraph.props.align === 'right';
    if (indentedRoles.includes(role) && paragraph.container === 'body' && !aligned) {
      const chars = firstLineChars(paragraph);
      const { left, leftChars } = paragraph.props.indent;
      if (Math.abs(chars - 2) > 0.15) indent.push({ paragraph, message: `${role === 'heading' ? '标题' : '正文段落'}首行缩进 ${Number(chars.toFixed(1))} 字，应为 2 字` });
      else if (left !== 0 || leftChars) indent.push({ paragraph, message: `${role === 'heading' ? '标题' : '正文段落'}有左缩进，回行未顶格` });
    }
  }
  ctx.reportGrouped('text-colour', colour);
  ctx.reportGrouped('east-asia-hint', hint);
  ctx.reportGrouped('space-indent', spaces);
  ctx.reportGrouped('first-line-indent', indent);
}
