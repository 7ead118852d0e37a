/**
 * Gaps left in the text (连续×年, 【单位名称】, XX月XX日, ＿＿＿) must be filled before a document goes
 * out. 某某 and 李×× may be names left anonymous on purpose, so they only warn.
 */
import { openGaps } from '../gaps/confirmed-names.ts';
import type { CheckContext } from './check-context.ts';

const shownPerParagraph = 3;

export function checkGaps(ctx: CheckContext): void {
  for (const paragraph of ctx.model.paragraphs) {
    const gaps = openGaps(paragraph.text, ctx.confirmedNames);
    const unfilled = gaps.filter((gap) => gap.kind !== 'name');
    const names = gaps.filter((gap) => gap.kind === 'name');
    if (unfilled.length > 0) ctx.report('gap', paragraph, `有${unfilled.length}处待填的空缺：${quoted(unfilled.map((gap) => gap.label))}`);
    if (names.length > 0) ctx.report('gap-name', paragraph, `“${names.map((gap) => gap.label).join('”“')}”像是未填写的人名或地名；如是有意隐去，可忽略`);
  }
}

function quoted(labels: string[]): string {
  const shown = labels.slice(0, shownPerParagraph).map((label) => `“${label}”`).join('');
  return labels.length > shownPerParagraph ? `${shown}等` : shown;
}
