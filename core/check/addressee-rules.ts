/** §5 items 11–12: the 主送机关 one blank line under the title, ending with a full-width colon. */
import type { CheckContext } from './check-context.ts';
import { compact } from './text-patterns.ts';

export function checkAddressee(ctx: CheckContext): void {
  for (const paragraph of ctx.withRole('addressee')) {
    const { count, previous } = ctx.blankLinesBefore(paragraph);
    const underTitle = previous !== undefined && ['title', 'subtitle', 'byline'].includes(ctx.role(previous));
    if (underTitle && count !== 1) ctx.report('addressee-spacing', paragraph, `主送机关与标题之间空 ${count} 行，应空一行`);
    const text = compact(paragraph.text);
    if (!text.endsWith('：')) ctx.report('addressee-colon', paragraph, text.endsWith(':') ? '主送机关后用了半角冒号“:”，应为全角“：”' : '主送机关后缺少全角冒号“：”');
  }
}
