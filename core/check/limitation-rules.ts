/** What the checker reads differently from what will print: automatic numbering and unresolved tracked changes. */
import type { CheckContext } from './check-context.ts';

export function checkLimitations(ctx: CheckContext): void {
  const numbered = ctx.withRole('body', 'heading').filter((p) => p.props.numbered);
  ctx.reportGrouped(
    'auto-numbering',
    numbered.map((paragraph) => ({ paragraph, message: '此段用 Word 自动编号，序数不在文字中，未检查层次序数；建议取消自动编号，直接输入“一、”“（一）”等序数' })),
  );
  if (ctx.model.revisions > 0) {
    ctx.report('revisions', null, `文档中有 ${ctx.model.revisions} 处修订尚未接受或拒绝；检查按接受全部修订后的文字进行，请处理修订后再检查一次`);
  }
}
