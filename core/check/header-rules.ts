/** §5 items 9–10: 发文字号, 密级★保密期限, 份号, and the 成文日期/印发日期 forms. */
import type { DocxParagraph } from '../docx-read/docx-model.ts';
import type { CheckContext } from './check-context.ts';
import { compact, dateProblem, looseDate, strictDocumentNumber } from './text-patterns.ts';

function documentNumberProblem(text: string): string | null {
  if (strictDocumentNumber.test(text)) return null;
  const problems: string[] = [];
  const bracket = /[［[【（(﹝{]/.exec(text)?.[0];
  if (bracket || !text.includes('〔')) problems.push(`年份用了“${bracket ?? '其他括号'}”，应为六角括号〔〕`);
  const year = /[〔［[【（(﹝{]\s*((?:\d|[０-９])+)/.exec(text)?.[1];
  if (year && year.length !== 4) problems.push(`年份“${year}”应写全 4 位`);
  if (/[０-９]/.test(text)) problems.push('数字应为半角阿拉伯数字');
  if (/第\s*(?:\d|[０-９])+\s*号$/.test(text)) problems.push('序号前不加“第”');
  if (/[〕］\]】）)﹞}]\s*第?\s*0/.test(text)) problems.push('序号不编虚位（不写 01、001）');
  if (/\s/.test(text)) problems.push('不应含空格');
  return problems.length > 0 ? problems.join('；') : '不符合“机关代字〔年份〕序号号”的格式';
}

/** 纪要 are numbered by year and sequence alone (〔2024〕6号): they have no 机关代字. */
const minutesNumber = /^〔\d{4}〕[1-9]\d*号$/;

export function checkHeader(ctx: CheckContext): void {
  const isMinutes = ctx.withRole('mark').some((p) => compact(p.text).endsWith('纪要'));
  for (const paragraph of ctx.withRole('documentNumber')) {
    const number = paragraph.text.replace(/签发人[：:][\s\S]*$/, '').trim();
    if (!number || (isMinutes && minutesNumber.test(number))) continue;
    const problem = documentNumberProblem(number.replace(/^[\s\u3000]+|[\s\u3000]+$/g, ''));
    if (problem) ctx.report('document-number', paragraph, `发文字号“${number}”：${problem}`);
  }
  for (const paragraph of ctx.withRole('secrecy')) {
    const text = compact(paragraph.text);
    const match = /^(绝密|机密|秘密)(.?)(.*)$/.exec(text);
    if (!match || (!match[2] && !match[3])) continue;
    const [, , joiner, term = ''] = match;
    if (joiner !== '★') ctx.report('secrecy-mark', paragraph, `密级与保密期限之间用了“${joiner}”，应为“★”`);
    else if (/[〇一二三四五六七八九十]/.test(term) || !/^\d+(年|个月)$/.test(term)) ctx.report('secrecy-mark', paragraph, `保密期限“${term}”应用阿拉伯数字，如“1年”“6个月”`);
  }
  for (const paragraph of ctx.withRole('copyNumber')) {
    const text = compact(paragraph.text);
    if (!/^\d{6}$/.test(text)) ctx.report('copy-number', paragraph, `份号“${text}”应为 6 位半角阿拉伯数字，如“000001”`);
  }
  for (const paragraph of ctx.withRole('date', 'byline')) {
    const text = compact(paragraph.text).replace(/^[（(]|[）)]$/g, '');
    if (ctx.role(paragraph) === 'byline' && !looseDate.test(text)) continue;
    const problem = describeDateProblem(text);
    if (problem) ctx.report('date-form', paragraph, `${ctx.role(paragraph) === 'date' ? '成文日期' : '日期'}“${text}”${problem}`);
  }
  checkPrintDates(ctx, ctx.withRole('record'));
}

const dateAtEnd = /((?:\d|[０-９]|[〇○零一二三四五六七八九十]){2,4}\s*[年.．\-/／]\s*(?:\d|[０-９]|[〇○零一二三四五六七八九十]){1,3}\s*[月.．\-/／]\s*(?:\d|[０-９]|[〇○零一二三四五六七八九十]){1,3}\s*日?)\s*(印发)?$/;

function checkPrintDates(ctx: CheckContext, record: readonly DocxParagraph[]): void {
  for (const paragraph of record) {
    const text = compact(paragraph.text);
    if (/^(抄送|主送)/.test(text)) continue;
    const match = dateAtEnd.exec(text);
    if (!match) continue;
    const date = match[1]!;
    const problem = describeDateProblem(date);
    if (problem) ctx.report('date-form', paragraph, `印发日期“${date}”${problem}`);
    if (!match[2]) ctx.report('print-date-suffix', paragraph, `印发日期“${date}”后缺少“印发”二字`);
  }
}

function describeDateProblem(text: string): string | null {
  const problem = dateProblem(text);
  if (!problem) return null;
  if (problem === 'calendar') return '不是真实存在的日期';
  if (/[〇○零一二三四五六七八九十]/.test(text)) return '用了汉字数字，应使用阿拉伯数字，如“2024年3月5日”';
  if (/[０-９]/.test(text)) return '用了全角数字，应为半角阿拉伯数字';
  if (!/年/.test(text)) return '应写作“2024年3月5日”的形式，不用“.”“-”“/”分隔';
  if (/年0|月0|^\d{2}年/.test(text)) return '年份应写全，月、日不编虚位（不写 03 月、05 日）';
  return '应写作“2024年3月5日”的形式';
}
